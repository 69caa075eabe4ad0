using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

public sealed class ImputationMethodTests
{
    /// <summary>One method of every family, as a method file's <c>impute</c> object states it, and its notation.</summary>
    private static readonly (string Impute, string Notation)[] Forms =
    [
        ("""{"method": "none"}""", "none"),
        ("""{"method": "mean"}""", "mean"),
        ("""{"method": "median"}""", "median"),
        ("""{"method": "groupMean", "group": "Zone"}""", "groupMean(Zone)"),
        ("""{"method": "groupMedian", "group": "Eur Asia group"}""", "groupMedian(Eur Asia group)"),
        ("""{"method": "latestEarlier"}""", "latestEarlier"),
    ];

    public static TheoryData<string, string> MethodFileForms => new(Forms);

    [Theory]
    [MemberData(nameof(MethodFileForms))]
    public void Each_method_round_trips_through_the_method_file(string impute, string notation)
    {
        var read = MethodologyJson.Parse($$"""{"impute": {{impute}}}""");
        var written = MethodologyJson.Serialize(read);
        var again = MethodologyJson.Parse(written);

        Assert.Equal(notation, read.Imputation.Method.ToString());
        Assert.Equal(read, again);
        Assert.Equal(written, MethodologyJson.Serialize(again));
        using var document = JsonDocument.Parse(written);
        using var stated = JsonDocument.Parse(impute);
        Assert.Equal(Properties(stated.RootElement), Properties(document.RootElement.GetProperty("impute")));
    }

    private static Dictionary<string, string> Properties(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);

    [Fact]
    public void The_round_trip_cases_cover_every_method_family()
    {
        var covered = Forms.Select(form => MethodologyJson.Parse($$"""{"impute": {{form.Impute}}}""").Imputation.Method.Name);

        Assert.Equal(ImputationMethod.Families.Select(f => f.Name), covered);
    }

    [Fact]
    public void The_group_methods_carry_their_group_column()
    {
        var method = ImputationMethod.GroupMedian("Region");

        Assert.Equal("Region", method.GroupColumn);
        Assert.True(method.UsesMedian);
        Assert.Equal("groupMedian", method.Name);
        Assert.Null(ImputationMethod.Mean.GroupColumn);
        Assert.Equal(ImputationMethod.GroupMean("Region"), ImputationMethod.GroupMean("Region"));
        Assert.NotEqual(ImputationMethod.GroupMean("Region"), ImputationMethod.GroupMean("Zone"));
        Assert.NotEqual(ImputationMethod.GroupMean("Region"), ImputationMethod.GroupMedian("Region"));
    }

    [Theory]
    [InlineData("""{"method": "groupMean"}""", "impute.group", "the method groupMean needs a group column.")]
    [InlineData("""{"method": "groupMedian", "group": null}""", "impute.group", "the method groupMedian needs a group column.")]
    [InlineData("""{"method": "groupMedian", "group": ""}""", "impute.group", "the text is empty.")]
    [InlineData("""{"method": "groupMean", "group": " "}""", "impute.group", "the group column name is empty.")]
    [InlineData("""{"method": "latestEarlier", "group": "Zone"}""", "impute.group", "this setting does not apply to the method latestEarlier (it takes no settings).")]
    [InlineData("""{"method": "grpMean", "group": "Zone"}""", "impute.method", "\"grpMean\" is not one of none, mean, median, groupMean, groupMedian, latestEarlier.")]
    public void A_method_file_group_that_is_missing_empty_or_not_taken_is_a_located_problem(string impute, string path, string message)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse($$"""{"impute": {{impute}}}""", "m.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(path, problem.Where.JsonPath);
        Assert.Equal(1, problem.Where.Line);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void A_null_group_is_accepted_for_a_method_without_one()
    {
        Assert.Equal(new ImputationSpec(ImputationMethod.Median), MethodologyJson.Parse("""{"impute": {"method": "median", "group": null}}""").Imputation);
    }

    [Fact]
    public void Each_method_says_whose_values_an_imputed_value_is_computed_from()
    {
        var (north, alsoNorth, south) = (Build.Unit("N1", ("Region", "North")), Build.Unit("N2", ("Region", "North")), Build.Unit("S1", ("Region", "South")));

        Assert.True(ImputationMethod.Mean.FillsFrom(north, south));
        Assert.True(ImputationMethod.Median.FillsFrom(north, south));
        Assert.True(ImputationMethod.GroupMean("Region").FillsFrom(north, alsoNorth));
        Assert.False(ImputationMethod.GroupMedian("Region").FillsFrom(north, south));
        Assert.False(ImputationMethod.LatestEarlierValue.FillsFrom(north, alsoNorth));
        Assert.False(ImputationMethod.None.FillsFrom(north, alsoNorth));
    }

    [Fact]
    public void Methods_are_compared_by_value()
    {
        Assert.Equal(ImputationMethod.Mean, ImputationMethod.Mean);
        Assert.NotEqual<ImputationMethod>(ImputationMethod.Mean, ImputationMethod.Median);
        Assert.NotEqual<ImputationMethod>(ImputationMethod.GroupMean("Zone"), ImputationMethod.Mean);
    }

    [Fact]
    public void A_spec_without_a_method_imputes_nothing()
    {
        Assert.Equal(ImputationMethod.None, new ImputationSpec().Method);
        Assert.Equal(ImputationSpec.None, new ImputationSpec());
    }

    [Fact]
    public void Every_method_is_listed_once_for_file_names()
    {
        Assert.Equal(["none", "mean", "median", "groupMean", "groupMedian", "latestEarlier"], ImputationMethod.Families.Select(f => f.Name));
    }

    [Fact]
    public void The_presets_keep_their_imputation()
    {
        Assert.Equal(ImputationSpec.None, Methodology.Default.Imputation);
        Assert.Equal(new ImputationSpec(ImputationMethod.GroupMean("EurAsia_group")), Methodology.CoinrAsemExample.Imputation);
        Assert.Equal(ImputationSpec.None, Methodology.Gii.Imputation);
    }

    public static TheoryData<string, string> Labels => new()
    {
        { """{"method": "mean"}""", "mean" },
        { """{"method": "groupMedian", "group": "Zone"}""", "groupMedian(Zone)" },
        { """{"method": "latestEarlier"}""", "latestEarlierValue" },
        { """{"method": "none"}""", "none" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Uncertainty_labels_name_the_method_and_its_group(string impute, string label) =>
        Assert.Equal(label, Nq52Metrics.Uncertainty.UncertaintyModel.Label(MethodologyJson.Parse($$"""{"impute": {{impute}}}""").Imputation));
}
