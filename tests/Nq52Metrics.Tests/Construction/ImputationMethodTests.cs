using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Construction;

public sealed class ImputationMethodTests
{
    public static TheoryData<string, bool> Names => new()
    {
        { "none", false },
        { "mean", false },
        { "median", false },
        { "groupMean", true },
        { "groupMedian", true },
        { "latestEarlier", false },
    };

    private static ImputationMethod ByName(string name) => name switch
    {
        "none" => ImputationMethod.None,
        "mean" => ImputationMethod.Mean,
        "median" => ImputationMethod.Median,
        "groupMean" => ImputationMethod.GroupMean,
        "groupMedian" => ImputationMethod.GroupMedian,
        "latestEarlier" => ImputationMethod.LatestEarlierValue,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_method_is_named_as_in_method_files(string name, bool usesGroups)
    {
        var method = ByName(name);
        Assert.Equal(name, method.Name);
        Assert.Equal(name, method.ToString());
        Assert.Equal(usesGroups, method.UsesGroups);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_method_round_trips_through_the_method_file(string name, bool usesGroups)
    {
        var spec = new ImputationSpec(ByName(name), usesGroups ? "Zone" : null);
        var methodology = Methodology.Default with { Imputation = spec };
        var json = MethodologyJson.Serialize(methodology);
        Assert.Contains($"\"method\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.Equal(spec, MethodologyJson.Parse(json).Imputation);
    }

    [Fact]
    public void Methods_are_singletons_compared_by_value()
    {
        Assert.Equal(ImputationMethod.Mean, ImputationMethod.Mean);
        Assert.NotEqual<ImputationMethod>(ImputationMethod.Mean, ImputationMethod.Median);
        Assert.NotEqual<ImputationMethod>(ImputationMethod.GroupMean, ImputationMethod.Mean);
    }

    [Fact]
    public void A_spec_without_a_method_imputes_nothing()
    {
        Assert.Equal(ImputationMethod.None, new ImputationSpec().Method);
        Assert.Equal(ImputationMethod.None, new ImputationSpec(null, "Zone").Method);
        Assert.Equal(ImputationSpec.None, new ImputationSpec());
    }

    [Fact]
    public void Every_method_is_listed_once_for_file_names()
    {
        Assert.Equal(["none", "mean", "median", "groupMean", "groupMedian", "latestEarlier"], ImputationMethod.Families.Select(f => f.Name));
    }

    [Theory]
    [InlineData("mean", null, "mean")]
    [InlineData("mean", "Zone", "mean")]
    [InlineData("groupMedian", "Zone", "groupMedian(Zone)")]
    [InlineData("latestEarlier", null, "latestEarlierValue")]
    [InlineData("none", null, "none")]
    public void Uncertainty_labels_name_the_method_and_its_group(string name, string? group, string label) =>
        Assert.Equal(label, Nq52Metrics.Uncertainty.UncertaintyModel.Label(new ImputationSpec(ByName(name), group)));
}
