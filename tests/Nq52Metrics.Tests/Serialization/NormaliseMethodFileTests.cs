using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// The method file's forms of the ratio-type, band, scaled, proportion and Borda normalisations, of references and of
/// per-indicator overrides: read, written and read again to an equal methodology, and every invalid value located.
/// </summary>
public sealed class NormaliseMethodFileTests
{
    private static NormalisationMethod Read(string normalise) => MethodologyJson.Parse($$"""{"normalise": {{normalise}}}""", "m.json").Normalisation;

    [Fact]
    public void Each_form_of_reference_reads_as_its_reference()
    {
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.Max), Read("""{"method": "ratio", "reference": "max"}"""));
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.Min), Read("""{"method": "ratio", "reference": "min"}"""));
        Assert.Equal(NormalisationMethod.RelativeDifference(NormalisationReference.Mean), Read("""{"method": "relativeDifference", "reference": "mean"}"""));
        Assert.Equal(NormalisationMethod.RelativeDifference(NormalisationReference.Median), Read("""{"method": "relativeDifference", "reference": "median"}"""));
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.OfUnit("VNM")), Read("""{"method": "ratio", "reference": {"unit": "VNM"}}"""));
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.Fixed(2.5)), Read("""{"method": "ratio", "reference": 2.5}"""));
    }

    [Fact]
    public void Settings_left_out_take_the_method_s_defaults()
    {
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.Max), Read("""{"method": "ratio"}"""));
        Assert.Equal(NormalisationMethod.RelativeDifference(NormalisationReference.Mean), Read("""{"method": "relativeDifference"}"""));
        Assert.Equal(NormalisationMethod.AboveBelowMean(0.2), Read("""{"method": "aboveBelowMean"}"""));
        Assert.Equal(NormalisationMethod.AboveBelowMean(0.1), Read("""{"method": "aboveBelowMean", "threshold": 0.1}"""));
        Assert.Equal(NormalisationMethod.Scaled(0, 1), Read("""{"method": "scaled"}"""));
        Assert.Equal(NormalisationMethod.Scaled(50, 10), Read("""{"method": "scaled", "centre": 50, "scale": 10}"""));
        Assert.Equal(NormalisationMethod.Proportion, Read("""{"method": "proportion"}"""));
        Assert.Equal(NormalisationMethod.Borda, Read("""{"method": "borda"}"""));
    }

    [Fact]
    public void Overrides_start_from_the_surrounding_method_when_it_is_the_same_and_from_defaults_otherwise()
    {
        var method = Read("""{"method": "minMax", "lower": 1, "upper": 100, "overrides": {"A": {"upper": 10}, "B": {"method": "ratio", "reference": "mean"}, "C": {"method": "zScore"}}}""");

        Assert.Equal(NormalisationMethod.MinMax(1, 100), method with { Overrides = method.Overrides.Clear() });
        Assert.Equal(NormalisationMethod.MinMax(1, 10), method.For("A"));
        Assert.Equal(NormalisationMethod.Ratio(NormalisationReference.Mean), method.For("B"));
        Assert.Equal(NormalisationMethod.ZScore(0, 1), method.For("C"));
        Assert.Same(method, method.For("D"));
    }

    [Fact]
    public void A_methodology_with_every_new_method_and_overrides_round_trips_through_the_file()
    {
        var normalisation = NormalisationMethod.Ratio(NormalisationReference.OfUnit("U\"1")).WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["A1"] = NormalisationMethod.RelativeDifference(NormalisationReference.Fixed(0.125)),
            ["A2"] = NormalisationMethod.AboveBelowMean(0.3),
            ["A3"] = NormalisationMethod.Scaled(-4, 0.5),
            ["B1"] = NormalisationMethod.Proportion,
            ["B2"] = NormalisationMethod.Borda,
            ["a name"] = NormalisationMethod.Ratio(NormalisationReference.Median),
        });
        var methodology = Methodology.Default with { Normalisation = normalisation with { Pooled = true } };

        using var folder = new TempFolder();
        var path = folder.PathOf("method.json");
        MethodologyJson.Save(methodology, path);
        var read = MethodologyJson.Load(path);
        var again = MethodologyJson.Parse(MethodologyJson.Serialize(read));

        Assert.Equal(methodology.Normalisation, read.Normalisation);
        Assert.Equal(methodology, read);
        Assert.Equal(methodology, again);
        Assert.Equal(MethodologyJson.Serialize(methodology), MethodologyJson.Serialize(again));
        Assert.Contains("\"reference\": {", MethodologyJson.Serialize(methodology), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"method": "ratio", "reference": "maximum"}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "ratio", "reference": 0}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "ratio", "reference": -2}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "relativeDifference", "reference": {"unit": ""}}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "relativeDifference", "reference": {"code": "VNM"}}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "ratio", "reference": true}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"method": "aboveBelowMean", "threshold": -0.2}""", "m.json line 1, normalise")]
    [InlineData("""{"method": "scaled", "scale": -1}""", "m.json line 1, normalise")]
    [InlineData("""{"method": "minMax", "threshold": 0.2}""", "m.json line 1, normalise.threshold")]
    [InlineData("""{"method": "borda", "reference": "max"}""", "m.json line 1, normalise.reference")]
    [InlineData("""{"overrides": {"A": {"method": "ratio", "reference": 0}}}""", "m.json line 1, normalise.overrides.A.reference")]
    [InlineData("""{"overrides": {"A": {"pooled": true}}}""", "m.json line 1, normalise.overrides.A.pooled")]
    [InlineData("""{"overrides": {"A": {"overrides": {}}}}""", "m.json line 1, normalise.overrides.A.overrides")]
    [InlineData("""{"overrides": {"A": {"method": "ranking"}}}""", "m.json line 1, normalise.overrides.A.method")]
    public void Every_invalid_value_is_located_by_line_and_path(string normalise, string location)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => Read(normalise));

        Assert.All(e.Problems, p => Assert.StartsWith(location, p.Location, StringComparison.Ordinal));
        Assert.All(e.Problems, p => Assert.DoesNotContain("NaN", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"normalise": {"method": "scaled", "scale": 1e-30}}""")]
    [InlineData("""{"normalise": {"method": "goalposts", "scale": -1e-300}}""")]
    [InlineData("""{"normalise": {"method": "goalposts", "scale": 1e-30}}""")]
    [InlineData("""{"denominate": {"scaleFactor": 1e-30}}""")]
    public void A_tiny_non_zero_scale_is_not_taken_for_zero(string json)
    {
        var methodology = MethodologyJson.Parse(json, "m.json");

        Assert.NotEqual(Methodology.Default, methodology);
    }

    [Fact]
    public void A_tiny_scale_survives_the_round_trip_through_the_file()
    {
        var methodology = Methodology.Default with
        {
            Normalisation = NormalisationMethod.Scaled(0, 1e-30),
            Denomination = DenominationSpec.ByFramework with { ScaleFactor = 1e-30 },
        };

        Assert.Equal(methodology, MethodologyJson.Parse(MethodologyJson.Serialize(methodology)));
    }

    [Theory]
    [InlineData("""{"normalise": {"method": "goalposts", "scale": 0}}""", "m.json line 1, normalise")]
    [InlineData("""{"denominate": {"scaleFactor": 0}}""", "m.json line 1, denominate")]
    [InlineData("""{"denominate": {"scaleFactor": -0.0}}""", "m.json line 1, denominate")]
    public void A_zero_scale_is_still_refused_and_located(string json, string location)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json, "m.json"));

        Assert.All(e.Problems, p => Assert.StartsWith(location, p.Location, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_problem_says_which_forms_are_accepted()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => Read("""{"method": "ratio", "reference": "maximum"}"""));

        Assert.Contains(e.Problems, p => p.Message.Contains("\"max\"", StringComparison.Ordinal) && p.Message.Contains("{\"unit\": …}", StringComparison.Ordinal));
    }
}
