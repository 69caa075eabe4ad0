using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Data;

/// <summary>The sample marker rule: every unit has DataStatus = SAMPLE, whatever the file is called.</summary>
public sealed class SampleDataTests
{
    private static Unit Marked(string code, string? status) =>
        new(code, code, status is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add(SampleData.MarkerColumn, status));

    [Fact]
    public void The_shipped_sample_is_sample_data()
    {
        Assert.True(SampleData.IsSample(PiiSample.Dataset()));
        Assert.True(SampleData.IsSample(Nq52Metrics.Construction.IndexBuilder.Build(PiiSample.Framework(), PiiSample.Dataset(), PiiMethodology.Default)));
    }

    [Theory]
    [InlineData(new[] { "SAMPLE", "SAMPLE" }, true)]
    [InlineData(new[] { " sample ", "Sample" }, true)]
    [InlineData(new[] { "SAMPLE", "real" }, false)]
    [InlineData(new[] { "SAMPLE", null }, false)]
    [InlineData(new string?[0], false)]
    public void Data_are_sample_data_only_when_every_unit_carries_the_marker(string?[] statuses, bool expected)
    {
        var units = statuses.Select((s, i) => Marked($"u{i}", s)).ToList();

        Assert.Equal(expected, SampleData.IsSample(units));
    }
}
