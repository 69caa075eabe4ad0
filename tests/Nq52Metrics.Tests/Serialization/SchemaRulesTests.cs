using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Every rule on a single value of a method or uncertainty file lives in the shipped schema: read from a file it is the
/// schema's problem (JSON path, line, translated message), and built in code the same rule is still enforced by the
/// library's own checks.
/// </summary>
public sealed class SchemaRulesTests
{
    private static ValidationProblem SingleMethodProblem(string json) =>
        Assert.Single(Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json, "m.json")).Problems);

    private static ValidationProblem SingleSpecProblem(string json) =>
        Assert.Single(Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(json, "u.json")).Problems);

    /// <summary>The value sits on line 3, so the line in the location is the value's own.</summary>
    private static string OnLine3(string step, string body) => $"{{\n  \"{step}\":\n    {body}\n}}";

    [Theory]
    [InlineData("screen", """{"minDataAvailability": 1.5}""", "screen.minDataAvailability", "SchemaOutsideClosedRange", "1.5 is outside the allowed range: the value must be from 0 to 1.")]
    [InlineData("outliers", """{"skew": 0}""", "outliers.skew", "SchemaNotAboveMinimum", "0 is too small: the value must be greater than 0.")]
    [InlineData("outliers", """{"maxWinsorised": -1}""", "outliers.maxWinsorised", "SchemaBelowMinimum", "-1 is below the minimum 0.")]
    [InlineData("outliers", """{"overrides": {"A1": {"skew": -2}}}""", "outliers.overrides.A1.skew", "SchemaNotAboveMinimum", "-2 is too small: the value must be greater than 0.")]
    [InlineData("outliers", """{"overrides": {" ": {"skew": 2}}}""", "outliers.overrides[' ']", "SchemaNameBlank", "the name is empty or only white space.")]
    [InlineData("denominate", """{"scaleFactor": 0}""", "denominate.scaleFactor", "SchemaValueForbidden", "the value must not be 0.")]
    [InlineData("denominate", """{"scaleFactor": -0.0}""", "denominate.scaleFactor", "SchemaValueForbidden", "the value must not be 0.")]
    [InlineData("normalise", """{"method": "goalposts", "scale": 0}""", "normalise.scale", "SchemaValueForbidden", "the value must not be 0.")]
    [InlineData("normalise", """{"method": "zScore", "sd": -1}""", "normalise.sd", "SchemaNotAboveMinimum", "-1 is too small: the value must be greater than 0.")]
    [InlineData("normalise", """{"overrides": {"": {"method": "rank"}}}""", "normalise.overrides['']", "SchemaNameBlank", "the name is empty or only white space.")]
    [InlineData("aggregate", """{"minDataAvailability": 1.25}""", "aggregate.minDataAvailability", "SchemaOutsideLowerOpenRange", "1.25 is outside the allowed range: the value must be greater than 0 and at most 1.")]
    [InlineData("aggregate", """{"byLevel": {"1": "geometric"}}""", "aggregate.byLevel.1", "SchemaNameNotLevel", "\"1\" is not a level here; use a whole number from 2 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("aggregate", """{"byLevel": {"9999999999": "geometric"}}""", "aggregate.byLevel.9999999999", "SchemaNameNotLevel", "\"9999999999\" is not a level here; use a whole number from 2 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("aggregate", """{"byNode": {" ": "geometric"}}""", "aggregate.byNode[' ']", "SchemaNameBlank", "the name is empty or only white space.")]
    [InlineData("aggregate", """{"method": "mazziottaPareto", "penalty": "both"}""", "aggregate.penalty", "SchemaNotOneOf", "\"both\" is not one of negative, positive.")]
    [InlineData("ranking", """{"ties": "Dense"}""", "ranking.ties", "SchemaNotOneOfSuggestion", "\"Dense\" is not one of competition, dense, average, ordinal; did you mean \"dense\"?")]
    [InlineData("normalise", """{"method": "ratio", "reference": "Max"}""", "normalise.reference", "SchemaNotAnyFormSuggestion", "\"Max\" is not allowed here; use \"max\", \"min\", \"mean\", \"median\", {\"unit\": …} or a number; did you mean \"max\"?")]
    [InlineData("normalise", """{"method": "ratio", "reference": 0}""", "normalise.reference", "SchemaNotAboveMinimum", "0 is too small: the value must be greater than 0.")]
    [InlineData("ranking", """{"decimals": 13}""", "ranking.decimals", "SchemaOutsideClosedRange", "13 is outside the allowed range: the value must be from 0 to 12.")]
    public void A_method_file_value_out_of_its_rule_is_the_schemas_problem(string step, string body, string path, string key, string message)
    {
        var problem = SingleMethodProblem(OnLine3(step, body));

        Assert.Equal($"m.json line 3, {path}", problem.Location);
        Assert.Equal(key, problem.MessageKey);
        Assert.Equal(message, problem.Message);
        Assert.NotEqual(problem.Message, problem.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Theory]
    [InlineData("runs", "1", "runs", "SchemaOutsideClosedRange", "1 is outside the allowed range: the value must be from 2 to 2147483647 (2³¹ − 1).")]
    [InlineData("runs", "2147483648", "runs", "SchemaOutsideClosedRange", "2147483648 is outside the allowed range: the value must be from 2 to 2147483647 (2³¹ − 1).")]
    [InlineData("seed", "-1", "seed", "SchemaOutsideClosedRange", "-1 is outside the allowed range: the value must be from 0 to 18446744073709551615.")]
    [InlineData("bootstrap", "-1", "bootstrap", "SchemaBelowMinimum", "-1 is below the minimum 0.")]
    [InlineData("threads", "0", "threads", "SchemaBelowMinimum", "0 is below the minimum 1.")]
    [InlineData("type", "\"ua\"", "type", "SchemaNotOneOfSuggestion", "\"ua\" is not one of UA, SA; did you mean \"UA\"?")]
    [InlineData("target", "\" \"", "target", "SchemaTextBlank", "the text is empty or only white space.")]
    [InlineData("weights", """{"noise": {"2": 1}}""", "weights.noise.2", "SchemaOutsideUpperOpenRange", "1 is outside the allowed range: the value must be at least 0 and less than 1.")]
    [InlineData("weights", """{"noise": {"0": 0.1}}""", "weights.noise.0", "SchemaNameNotLevel", "\"0\" is not a level here; use a whole number from 1 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("weights", """{"noise": {"2": 0.1}, "sets": 0}""", "weights.sets", "SchemaBelowMinimum", "0 is below the minimum 1.")]
    [InlineData("weights", """{"explicit": []}""", "weights.explicit", "SchemaArrayEmpty", "the array is empty; it needs at least one item.")]
    [InlineData("weights", """{"explicit": [{"P1": -0.5}]}""", "weights.explicit[0].P1", "SchemaBelowMinimum", "-0.5 is below the minimum 0.")]
    [InlineData("weights", """{"explicit": [{" ": 1}]}""", "weights.explicit[0][' ']", "SchemaNameBlank", "the name is empty or only white space.")]
    [InlineData("alternatives", """{"exclude": [[" "]]}""", "alternatives.exclude[0][0]", "SchemaTextBlank", "the text is empty or only white space.")]
    [InlineData("alternatives", """{"outliers.maxWinsorised": [-1]}""", "alternatives['outliers.maxWinsorised'][0]", "SchemaBelowMinimum", "-1 is below the minimum 0.")]
    [InlineData("alternatives", """{"screen": [{"minDataAvailability": 2}]}""", "alternatives.screen[0].minDataAvailability", "SchemaOutsideClosedRange", "2 is outside the allowed range: the value must be from 0 to 1.")]
    [InlineData("alternatives", """{"denominate": [{"scaleFactor": 0}]}""", "alternatives.denominate[0].scaleFactor", "SchemaValueForbidden", "the value must not be 0.")]
    [InlineData("alternatives", """{"normalise": []}""", "alternatives.normalise", "SchemaArrayEmpty", "the array is empty; it needs at least one item.")]
    public void An_uncertainty_file_value_out_of_its_rule_is_the_schemas_problem(string key, string value, string path, string messageKey, string message)
    {
        var problem = SingleSpecProblem(OnLine3(key, value));

        // A member's line is the line of its name: a top-level key's own line, or the line inside the object below it.
        Assert.Equal($"u.json line {(path == key ? 2 : 3)}, {path}", problem.Location);
        Assert.Equal(messageKey, problem.MessageKey);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("screen", "screen.minDataAvailability")]
    [InlineData("skew", "outliers.skew")]
    [InlineData("maxWinsorised", "outliers.maxWinsorised")]
    [InlineData("overrideSkew", "outliers.overrides.A1.skew")]
    [InlineData("scaleFactor", "denominate.scaleFactor")]
    [InlineData("goalpostScale", "normalise")]
    [InlineData("sd", "normalise")]
    [InlineData("aggregateThreshold", "aggregate.minDataAvailability")]
    [InlineData("aggregateLevel", "aggregate.byLevel.1")]
    [InlineData("blankNode", "aggregate.byNode[' ']")]
    [InlineData("blankNormaliseOverride", "normalise.overrides['']")]
    [InlineData("decimals", "ranking.decimals")]
    public void The_same_rules_hold_for_a_methodology_built_in_code(string rule, string location)
    {
        var methodology = rule switch
        {
            "screen" => Methodology.Default with { Screening = new ScreeningSpec(1.5) },
            "skew" => Methodology.Default with { OutlierTreatment = OutlierTreatmentSpec.Coinr with { SkewThreshold = 0 } },
            "maxWinsorised" => Methodology.Default with { OutlierTreatment = OutlierTreatmentSpec.Coinr with { MaxWinsorised = -1 } },
            "overrideSkew" => Methodology.Default with
            {
                OutlierTreatment = OutlierTreatmentSpec.Coinr with { Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty.Add("A1", OutlierTreatmentSpec.Coinr with { SkewThreshold = -2 }) },
            },
            "scaleFactor" => Methodology.Default with { Denomination = new DenominationSpec(true, 0) },
            "goalpostScale" => Methodology.Default with { Normalisation = NormalisationMethod.Goalposts(scale: 0) },
            "sd" => Methodology.Default with { Normalisation = NormalisationMethod.ZScore(sd: -1) },
            "aggregateThreshold" => Methodology.Default with { Aggregation = AggregationSpec.Arithmetic with { MinDataAvailability = 1.25 } },
            "aggregateLevel" => Methodology.Default with { Aggregation = AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(1, AggregationMethod.Geometric) } },
            "blankNode" => Methodology.Default with { Aggregation = AggregationSpec.Arithmetic with { ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add(" ", AggregationMethod.Geometric) } },
            "blankNormaliseOverride" => Methodology.Default with
            {
                Normalisation = NormalisationMethod.MinMax() with { Overrides = ImmutableDictionary<string, NormalisationMethod>.Empty.Add("", NormalisationMethod.Rank) },
            },
            _ => Methodology.Default with { Ranking = new RankingSpec(decimals: 13) },
        };

        var e = Assert.Throws<Nq52ValidationException>(() => SampleIndex.Build(methodology));

        Assert.Contains(e.Problems, p => p.Location == location);
    }

    [Theory]
    [InlineData("runs", "runs", "UncertaintyRunsTooFew")]
    [InlineData("bootstrap", "bootstrap", "UncertaintyBootstrapNegative")]
    [InlineData("threads", "threads", "UncertaintyThreadsTooFew")]
    [InlineData("noiseFactor", "weights.noise.2", "UncertaintyNoiseFactor")]
    [InlineData("noiseLevel", "weights.noise.0", "UncertaintyNoiseLevelMissing")]
    [InlineData("sets", "weights.sets", "UncertaintyWeightSetsTooFew")]
    [InlineData("weight", "weights.sets[0].P1", "UncertaintyWeightInvalid")]
    [InlineData("blankWeightCode", "weights.sets[0][' ']", "FrameworkUnknownWeight")]
    [InlineData("maxWinsorised", "alternatives.outliers.maxWinsorised", "MethodMaxWinsorisedNegative")]
    [InlineData("blankTarget", "target", "UncertaintyNodeUnknown")]
    [InlineData("blankExclusion", "alternatives.exclude[0]", "UncertaintyNodeUnknown")]
    [InlineData("both", "weights", "UncertaintyNoiseOrExplicit")]
    public void The_same_rules_hold_for_an_uncertainty_spec_built_in_code(string rule, string location, string key)
    {
        var spec = new UncertaintySpec(runs: 10);
        spec = rule switch
        {
            "runs" => spec with { Runs = 1 },
            "bootstrap" => spec with { BootstrapSamples = -1 },
            "threads" => spec with { MaxDegreeOfParallelism = 0 },
            "noiseFactor" => spec.WithWeightNoise(2, 1.5),
            "noiseLevel" => spec.WithWeightNoise(0, 0.1),
            "sets" => spec.WithWeightNoise(2, 0.1) with { WeightSetCount = 0 },
            "weight" => spec with { WeightSets = [ImmutableDictionary<string, double>.Empty.Add("P1", -0.5)] },
            "blankWeightCode" => spec with { WeightSets = [ImmutableDictionary<string, double>.Empty.Add(" ", 1)] },
            "maxWinsorised" => spec.WithMaxWinsorised(2, -1),
            "blankTarget" => spec with { Target = " " },
            "blankExclusion" => spec with { Exclusions = [[" "]] },
            _ => spec.WithWeightNoise(2, 0.1) with { WeightSets = [ImmutableDictionary<string, double>.Empty.Add("P1", 2)] },
        };

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintyModel.Compile(SampleIndex.Build(), spec));

        var problem = Assert.Single(e.Problems, p => p.Location == location);
        Assert.Equal(key, problem.MessageKey);
        Assert.NotEqual(problem.Message, problem.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Rules_that_span_fields_stay_with_the_reader_and_are_reported_beside_the_schemas()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(
            """{"runs": 1, "weights": {"noise": {"2": 0.1, "02": 0.2, "3": 1}, "explicit": [{"P1": 2}]}}""", "u.json"));

        Assert.Equal(
            [
                ("runs", "SchemaOutsideClosedRange"),
                ("weights", "UncertaintyNoiseOrExplicit"),
                ("weights.noise.02", "UncertaintyNoiseLevelRepeated"),
                ("weights.noise.3", "SchemaOutsideUpperOpenRange"),
            ],
            e.Problems.Select(p => (p.Where.JsonPath!, p.MessageKey!)).OrderBy(p => p.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void A_schema_problem_reads_in_vietnamese_with_the_location_and_the_value_literal()
    {
        var range = SingleMethodProblem("""{"screen": {"minDataAvailability": 1.5}}""");
        var type = SingleMethodProblem("""{"screen": {"minDataAvailability": "a"}}""");
        var types = SingleMethodProblem("""{"denominate": "yes"}""");
        var unknown = SingleMethodProblem("""{"screen": {"colour": 1}}""");
        var forms = SingleMethodProblem("""{"aggregate": {"byLevel": {"2": 3}}}""");

        Assert.Equal("m.json line 1, screen.minDataAvailability: 1.5 nằm ngoài khoảng cho phép: giá trị phải từ 0 đến 1.", range.ToString(DisplayLanguage.Vietnamese));
        Assert.Equal("expected a number, found the string \"a\".", type.Message);
        Assert.Equal("kỳ vọng một số, nhận được chuỗi \"a\".", type.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal("expected true or false or an object, found the string \"yes\".", types.Message);
        Assert.Equal("kỳ vọng true hoặc false hoặc một đối tượng, nhận được chuỗi \"yes\".", types.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal("thuộc tính không xác định \"colour\"; các thuộc tính được phép ở đây là minDataAvailability.", unknown.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal(
            "3 không được phép ở đây; hãy dùng \"arithmetic\", \"geometric\", \"harmonic\", \"generalisedMean\", \"mazziottaPareto\", \"copeland\", \"median\", \"minimum\" hoặc {\"method\": …}.",
            forms.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Reader_and_spec_messages_read_in_both_languages()
    {
        var notObject = Assert.Single(Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("[1]", "m.json")).Problems);
        var both = SingleSpecProblem("""{"weights": {"noise": {"2": 0.1}, "explicit": [{"P1": 2}]}}""");
        var factor = Assert.Single(Assert.Throws<Nq52ValidationException>(() => UncertaintyModel.Compile(SampleIndex.Build(), new UncertaintySpec(10).WithWeightNoise(2, 1.5))).Problems);

        Assert.Equal("m.json line 1: the file must hold a JSON object, not an array.", notObject.ToString());
        Assert.Equal("m.json line 1: tệp phải chứa một đối tượng JSON, không phải một mảng.", notObject.ToString(DisplayLanguage.Vietnamese));
        Assert.Equal("u.json line 1, weights: give either weight noise or explicit weight sets, not both.", both.ToString());
        Assert.Equal("u.json line 1, weights: chỉ dùng nhiễu trọng số hoặc các bộ trọng số cho sẵn, không dùng cả hai.", both.ToString(DisplayLanguage.Vietnamese));
        Assert.Equal("the noise factor 1.5 must be in [0, 1), so weights stay positive.", factor.Message);
        Assert.Equal("hệ số nhiễu 1,5 phải thuộc nửa khoảng [0; 1) để trọng số luôn dương.", factor.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Too_many_values_and_a_syntax_error_read_in_both_languages()
    {
        var syntax = Assert.Single(Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("{\"screen\": }", "m.json")).Problems);
        var many = Assert.Single(Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(
            "{\"x\": [" + string.Join(",", Enumerable.Repeat("0", 200_001)) + "]}", "m.json")).Problems);

        Assert.Equal("JsonSyntax", syntax.MessageKey);
        Assert.StartsWith("văn bản không phải là JSON hợp lệ: ", syntax.MessageIn(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Equal("the file holds more than 200,000 values; inputs are limited to 200,000 values.", many.Message);
        Assert.Equal("tệp chứa hơn 200.000 giá trị; tệp đầu vào tối đa 200.000 giá trị.", many.MessageIn(DisplayLanguage.Vietnamese));
    }
}
