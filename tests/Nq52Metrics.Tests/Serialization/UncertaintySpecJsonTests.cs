using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

public sealed class UncertaintySpecJsonTests
{
    /// <summary>The example spec file of the issue, verbatim.</summary>
    internal const string IssueExample =
        """{"runs": 500, "seed": 1, "type": "UA", "weights": {"noise": {"2": 0.25, "3": 0.25}}, "alternatives": {"outliers.maxWinsorised": [1,2,3,4,5], "normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"zScore","mean":10,"sd":2}], "aggregate": [{"method":"arithmetic"}, {"method":"geometric"}]}}""";

    /// <summary>The spec the issue example describes.</summary>
    internal static UncertaintySpec IssueSpec { get; } = new UncertaintySpec(runs: 500, seed: 1)
    {
        Type = AnalysisType.Uncertainty,
        WeightNoise = ImmutableDictionary<int, double>.Empty.Add(2, 0.25).Add(3, 0.25),
        MaxWinsorised = [1, 2, 3, 4, 5],
        Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)],
        Aggregation = [new AggregationSpec(AggregationMethod.Arithmetic), new AggregationSpec(AggregationMethod.Geometric)],
    };

    /// <summary>A sensitivity analysis setting every key, with weight noise.</summary>
    private static readonly UncertaintySpec Everything = new UncertaintySpec(runs: 250, seed: ulong.MaxValue)
    {
        Type = AnalysisType.Sensitivity,
        Target = "P1",
        WeightNoise = ImmutableDictionary<int, double>.Empty.Add(1, 0.1).Add(2, 0.3),
        WeightSetCount = 40,
        MaxWinsorised = [0, 3, 5],
        OutlierTreatment = [true, false],
        Imputation = [ImputationSpec.None, new ImputationSpec(ImputationMethod.Mean), new ImputationSpec(ImputationMethod.GroupMedian("Zone"))],
        Normalisation =
        [
            NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2), NormalisationMethod.Rank, NormalisationMethod.PercentileRank,
            NormalisationMethod.Goalposts(10, truncate: false), NormalisationMethod.DistanceToTarget(capAtOne: true), NormalisationMethod.None,
        ],
        Aggregation =
        [
            AggregationSpec.Arithmetic,
            new AggregationSpec(AggregationMethod.Geometric)
            {
                ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, AggregationMethod.Harmonic),
                MinDataAvailability = 0.5,
            },
        ],
        Exclusions = [[], ["A1", "B2"]],
        BootstrapSamples = 0,
        QuasiRandom = true,
        MaxDegreeOfParallelism = 3,
    };

    /// <summary>An uncertainty analysis with explicit weight sets (one of them empty: the nominal weights).</summary>
    private static readonly UncertaintySpec ExplicitWeights = new UncertaintySpec(runs: 20, seed: 0)
    {
        WeightSets = [ImmutableDictionary<string, double>.Empty.Add("P1", 2).Add("A2", 0.5), ImmutableDictionary<string, double>.Empty],
    };

    public static TheoryData<string> RoundTripSpecs => ["everything", "explicit", "defaults", "issue"];

    private static UncertaintySpec Named(string name) => name switch
    {
        "everything" => Everything,
        "explicit" => ExplicitWeights,
        "defaults" => new UncertaintySpec(),
        _ => IssueSpec,
    };

    private static List<string> Problems(string json)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(json));
        return e.Problems.Select(p => p.ToString()).ToList();
    }

    [Fact]
    public void The_issue_example_parses_to_the_spec_it_describes()
    {
        UncertaintySpecAssert.Equal(IssueSpec, UncertaintySpecJson.Parse(IssueExample));
    }

    [Fact]
    public void An_empty_object_is_the_default_spec()
    {
        UncertaintySpecAssert.Equal(new UncertaintySpec(), UncertaintySpecJson.Parse("{}"));
    }

    [Fact]
    public void Step_alternatives_follow_the_method_file_defaults()
    {
        var spec = UncertaintySpecJson.Parse("""
            {"alternatives": {"normalise": [{}, {"method": "zScore"}, {"method": "goalposts", "scale": 1}],
                              "impute": [{"method": "groupMean", "group": "EurAsia_group"}, {"method": "median", "group": null}],
                              "aggregate": [{}, {"byLevel": {"2": "geometric"}, "minDataAvailability": null}],
                              "outliers": ["on", false, "off", true]}}
            """);

        Assert.Equal([Methodology.Default.Normalisation, NormalisationMethod.ZScore(0, 1), NormalisationMethod.Goalposts(1, truncate: true)], spec.Normalisation);
        Assert.Equal([new ImputationSpec(ImputationMethod.GroupMean("EurAsia_group")), new ImputationSpec(ImputationMethod.Median)], spec.Imputation);
        Assert.Equal(AggregationMethod.Arithmetic, spec.Aggregation[0].Method);
        Assert.Equal(AggregationMethod.Geometric, spec.Aggregation[1].ByLevel[2]);
        Assert.Null(spec.Aggregation[1].MinDataAvailability);
        Assert.Equal([true, false, false, true], spec.OutlierTreatment);
    }

    [Theory]
    [MemberData(nameof(RoundTripSpecs))]
    public void Serialize_then_parse_gives_back_an_equal_spec(string name)
    {
        var spec = Named(name);

        var json = UncertaintySpecJson.Serialize(spec);
        var parsed = UncertaintySpecJson.Parse(json);

        UncertaintySpecAssert.Equal(spec, parsed);
        Assert.Equal(json, UncertaintySpecJson.Serialize(parsed));
    }

    [Property(MaxTest = 200)]
    public Property Numbers_survive_a_round_trip_exactly(ulong seed, PositiveInt runs, NormalFloat noise, PositiveInt level)
    {
        var phi = Math.Abs(noise.Get) % 1;
        var spec = new UncertaintySpec(runs: runs.Get + 1, seed: seed) { WeightNoise = ImmutableDictionary<int, double>.Empty.Add(level.Get, phi) };

        var parsed = UncertaintySpecJson.Parse(UncertaintySpecJson.Serialize(spec));

        return (parsed.Seed == seed && parsed.Runs == spec.Runs && parsed.WeightNoise[level.Get].Equals(phi)).ToProperty();
    }

    [Fact]
    public void Serialize_states_the_main_keys_and_leaves_unset_ones_out()
    {
        var json = UncertaintySpecJson.Serialize(new UncertaintySpec(runs: 30, seed: 4));

        Assert.Contains("\"runs\": 30", json, StringComparison.Ordinal);
        Assert.Contains("\"seed\": 4", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"UA\"", json, StringComparison.Ordinal);
        Assert.Contains("\"bootstrap\": 1000", json, StringComparison.Ordinal);
        Assert.Contains("\"quasiRandom\": false", json, StringComparison.Ordinal);
        foreach (var absent in new[] { "target", "weights", "alternatives", "threads" })
        {
            Assert.DoesNotContain($"\"{absent}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Serialize_rejects_a_missing_normalisation_alternative()
    {
        var spec = new UncertaintySpec { Normalisation = [NormalisationMethod.Rank, null!] };

        Assert.Throws<ArgumentException>(() => UncertaintySpecJson.Serialize(spec));
    }

    [Theory]
    [InlineData("""{"runs": 1}""", "spec line 1, runs: 1 is outside the allowed range: the value must be from 2 to 2147483647 (2³¹ − 1).")]
    [InlineData("""{"runs": "many"}""", "spec line 1, runs: expected a whole number, found the string \"many\".")]
    [InlineData("""{"seed": -1}""", "spec line 1, seed: -1 is outside the allowed range: the value must be from 0 to 18446744073709551615.")]
    [InlineData("""{"seed": 1.5}""", "spec line 1, seed: expected a whole number, found 1.5.")]
    [InlineData("""{"seed": 18446744073709551616}""", "spec line 1, seed: 18446744073709551616 is outside the allowed range: the value must be from 0 to 18446744073709551615.")]
    [InlineData("""{"seed": "7"}""", "spec line 1, seed: expected a whole number, found the string \"7\".")]
    [InlineData("""{"type": "sa"}""", "spec line 1, type: \"sa\" is not one of UA, SA; did you mean \"SA\"?")]
    [InlineData("""{"type": "MC"}""", "spec line 1, type: \"MC\" is not one of UA, SA.")]
    [InlineData("""{"target": " "}""", "spec line 1, target: the text is empty or only white space.")]
    [InlineData("""{"target": null}""", "spec line 1, target: null is not allowed here (leave the property out to use its default).")]
    [InlineData("""{"weights": {"noise": {"0": 0.1}}}""", "spec line 1, weights.noise.0: \"0\" is not a level here; use a whole number from 1 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("""{"weights": {"noise": {"2": 1}}}""", "spec line 1, weights.noise.2: 1 is outside the allowed range: the value must be at least 0 and less than 1.")]
    [InlineData("""{"weights": {"noise": {"2": "big"}}}""", "spec line 1, weights.noise.2: expected a number, found the string \"big\".")]
    [InlineData("""{"weights": {"noise": {"2": 0.1}, "sets": 0}}""", "spec line 1, weights.sets: 0 is below the minimum 1.")]
    [InlineData("""{"weights": {"sets": 5}}""", "spec line 1, weights.sets: the number of noisy weight sets needs weights.noise (explicit sets are counted by themselves).")]
    [InlineData("""{"weights": {"noise": {"2": 0.1}, "explicit": [{"P1": 2}]}}""", "spec line 1, weights: give either weight noise or explicit weight sets, not both.")]
    [InlineData("""{"weights": {"explicit": []}}""", "spec line 1, weights.explicit: the array is empty; it needs at least one item.")]
    [InlineData("""{"weights": {"explicit": [{"P1": -1}]}}""", "spec line 1, weights.explicit[0].P1: -1 is below the minimum 0.")]
    [InlineData("""{"weights": {"explicit": [{"": 1}]}}""", "spec line 1, weights.explicit[0]['']: the name is empty or only white space.")]
    [InlineData("""{"weights": {"colour": 1}}""", "spec line 1, weights.colour: unknown property \"colour\"; the properties allowed here are noise, sets, explicit.")]
    [InlineData("""{"alternatives": {"outliers.maxWinsorised": []}}""", "spec line 1, alternatives['outliers.maxWinsorised']: the array is empty; it needs at least one item.")]
    [InlineData("""{"alternatives": {"outliers.maxWinsorised": [2, -1]}}""", "spec line 1, alternatives['outliers.maxWinsorised'][1]: -1 is below the minimum 0.")]
    [InlineData("""{"alternatives": {"outliers.maxWinsorised": [2.5]}}""", "spec line 1, alternatives['outliers.maxWinsorised'][0]: expected a whole number, found 2.5.")]
    [InlineData("""{"alternatives": {"outliers": ["On"]}}""", "spec line 1, alternatives.outliers[0]: \"On\" is not allowed here; use true, false, \"on\" or \"off\"; did you mean \"on\"?")]
    [InlineData("""{"alternatives": {"outliers": [1]}}""", "spec line 1, alternatives.outliers[0]: 1 is not allowed here; use true, false, \"on\" or \"off\".")]
    [InlineData("""{"alternatives": {"normalise": [{"method": "minMax"}, {"method": "zscore"}]}}""", "spec line 1, alternatives.normalise[1].method: \"zscore\" is not one of minMax, zScore, rank, percentileRank, goalposts, distanceToTarget, ratio, relativeDifference, aboveBelowMean, scaled, proportion, borda, none; did you mean \"zScore\"?")]
    [InlineData("""{"alternatives": {"normalise": [{"method": "rank", "lower": 1}]}}""", "spec line 1, alternatives.normalise[0].lower: this setting does not apply to the method rank (it takes no settings).")]
    [InlineData("""{"alternatives": {"normalise": [{"lower": 5, "upper": 5}]}}""", "spec line 1, alternatives.normalise[0]: min-max bounds [5, 5] must be finite with lower < upper.")]
    [InlineData("""{"alternatives": {"normalise": [{"method": "minMax", "min": 1}]}}""", "spec line 1, alternatives.normalise[0].min: unknown property \"min\"; the properties allowed here are method, lower, upper, mean, sd, scale, centre, reference, threshold, truncate, capAtOne, pooled, overrides.")]
    [InlineData("""{"alternatives": {"normalise": [null]}}""", "spec line 1, alternatives.normalise[0]: null is not allowed here (leave the property out to use its default).")]
    [InlineData("""{"alternatives": {"impute": [{"method": "groupMedian", "group": null}]}}""", "spec line 1, alternatives.impute[0].group: the method groupMedian needs a group column.")]
    [InlineData("""{"alternatives": {"impute": [{"method": "mean", "group": 3}]}}""", "spec line 1, alternatives.impute[0].group: expected a string or null, found 3.")]
    [InlineData("""{"alternatives": {"aggregate": [{"byLevel": {"1": "geometric"}}]}}""", "spec line 1, alternatives.aggregate[0].byLevel.1: \"1\" is not a level here; use a whole number from 2 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("""{"alternatives": {"aggregate": [{"method": "mean"}]}}""", "spec line 1, alternatives.aggregate[0].method: \"mean\" is not one of arithmetic, geometric, harmonic, generalisedMean, mazziottaPareto, copeland, median, minimum.")]
    [InlineData("""{"alternatives": {"aggregate": [{"minDataAvailability": 0}]}}""", "spec line 1, alternatives.aggregate[0].minDataAvailability: 0 is outside the allowed range: the value must be greater than 0 and at most 1.")]
    [InlineData("""{"alternatives": {"exclude": []}}""", "spec line 1, alternatives.exclude: the array is empty; it needs at least one item.")]
    [InlineData("""{"alternatives": {"exclude": [[], [" "]]}}""", "spec line 1, alternatives.exclude[1][0]: the text is empty or only white space.")]
    [InlineData("""{"alternatives": {"exclude": [["A1", 3]]}}""", "spec line 1, alternatives.exclude[0][1]: expected a string, found 3.")]
    [InlineData("""{"alternatives": {"colour": [1]}}""", "spec line 1, alternatives.colour: unknown property \"colour\"; the properties allowed here are outliers.maxWinsorised, outliers, impute, normalise, aggregate, exclude, denominate, transform, screen, ranking.")]
    [InlineData("""{"bootstrap": -5}""", "spec line 1, bootstrap: -5 is below the minimum 0.")]
    [InlineData("""{"quasiRandom": "yes"}""", "spec line 1, quasiRandom: expected true or false, found the string \"yes\".")]
    [InlineData("""{"threads": 0}""", "spec line 1, threads: 0 is below the minimum 1.")]
    [InlineData("""{"run": 10}""", "spec line 1, run: unknown property \"run\"; the properties allowed here are runs, seed, type, target, weights, alternatives, bootstrap, quasiRandom, threads.")]
    [InlineData("""{"runs": 10, "runs": 20}""", "spec line 1, runs: this property is given more than once.")]
    [InlineData("""[]""", "spec line 1: the file must hold a JSON object, not an array.")]
    [InlineData("""  """, "spec: the file is empty.")]
    public void Every_problem_names_the_line_and_the_json_path(string json, string expected)
    {
        Assert.Equal([expected], Problems(json));
    }

    [Fact]
    public void A_tiny_non_zero_scale_in_an_alternative_is_not_taken_for_zero()
    {
        var spec = UncertaintySpecJson.Parse("""{"alternatives": {"normalise": [{"method": "scaled", "scale": 1e-30}, {"method": "goalposts", "scale": -1e-29}]}}""");

        Assert.Equal([NormalisationMethod.Scaled(0, 1e-30), NormalisationMethod.Goalposts(-1e-29)], spec.Normalisation);
    }

    [Fact]
    public void Malformed_json_stops_at_the_first_syntax_error_with_line_and_column()
    {
        var problem = Assert.Single(Problems("{\n  \"runs\": 10,\n  \"seed\": }"));

        Assert.StartsWith("spec line 3, column 11: the text is not valid JSON: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        const string json = """
            {
              "runs": 1,
              "type": "ua",
              "weights": {"noise": {"x": 0.3, "7": 1.5}},
              "alternatives": {
                "outliers": [true, "maybe"],
                "normalise": [{"method": "minmax"}, {"method": "zScore", "sd": 0}],
                "impute": [{"method": "groupMean", "group": null}]
              },
              "threads": 0
            }
            """;

        var locations = Problems(json).Select(p => p[..p.IndexOf(": ", StringComparison.Ordinal)]).ToList();

        Assert.Equal(
            [
                "spec line 2, runs",
                "spec line 3, type",
                "spec line 4, weights.noise.x",
                "spec line 4, weights.noise.7",
                "spec line 6, alternatives.outliers[1]",
                "spec line 7, alternatives.normalise[0].method",
                "spec line 7, alternatives.normalise[1].sd",
                "spec line 8, alternatives.impute[0].group",
                "spec line 10, threads",
            ],
            locations);
    }

    [Fact]
    public void With_a_framework_unknown_nodes_and_levels_are_located_in_the_file()
    {
        const string json = """
            {
              "target": "P9",
              "weights": {"noise": {"4": 0.2}},
              "alternatives": {
                "aggregate": [{"method": "arithmetic"}, {"method": "geometric", "byLevel": {"4": "harmonic"}}],
                "exclude": [[], ["Q1"], ["Index"]]
              }
            }
            """;

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(json, "spec.json", SampleIndex.Framework()));

        Assert.Equal(
            [
                "spec.json line 2, target: \"P9\" is not a node of the framework.",
                "spec.json line 3, weights.noise.4: the framework has no level 4 (levels 1 to 3).",
                "spec.json line 5, alternatives.aggregate[1].byLevel.4: the framework has no aggregate level 4 (levels 2 to 3).",
                "spec.json line 6, alternatives.exclude[1]: \"Q1\" is not a node of the framework.",
                "spec.json line 6, alternatives.exclude[2]: \"Index\" is the analysed node or the top of the index; it cannot be left out.",
            ],
            e.Problems.Select(p => p.ToString()));
        Assert.Equal("P9", UncertaintySpecJson.Parse(json, "spec.json").Target);
    }

    [Fact]
    public void With_a_framework_an_explicit_weight_set_that_weighs_every_child_0_is_located_at_the_set()
    {
        var e = Assert.Throws<Nq52ValidationException>(() =>
            UncertaintySpecJson.Parse("""{"weights": {"explicit": [{"P1": 2}, {"P1": 0, "P2": 0}]}}""", "spec", SampleIndex.Framework()));

        Assert.Equal(
            "spec line 1, weights.explicit[1]: every child of \"Index\" has weight 0 in this set, so it would have no value; give at least one child a weight above 0.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void With_a_framework_an_unknown_code_of_an_explicit_weight_set_is_located()
    {
        var e = Assert.Throws<Nq52ValidationException>(() =>
            UncertaintySpecJson.Parse("""{"weights": {"explicit": [{"P1": 2}, {"Q": 1}]}}""", "spec", SampleIndex.Framework()));

        Assert.Equal("spec line 1, weights.explicit[1].Q: no node of the framework has this code.", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void With_a_framework_a_valid_spec_reads_as_without()
    {
        UncertaintySpecAssert.Equal(IssueSpec, UncertaintySpecJson.Parse(IssueExample, "spec", SampleIndex.Framework()));
    }

    [Fact]
    public void Load_names_the_file_in_every_location()
    {
        using var folder = new TempFolder();
        var path = folder.Write("my-spec.json", "{\n  \"runs\": 0\n}");

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Load(path));

        Assert.Equal("my-spec.json line 2, runs: 0 is outside the allowed range: the value must be from 2 to 2147483647 (2³¹ − 1).", Assert.Single(e.Problems).ToString());
        UncertaintySpecAssert.Equal(IssueSpec, UncertaintySpecJson.Load(folder.Write("issue.json", IssueExample), SampleIndex.Framework()));
    }

    [Fact]
    public void Load_reports_a_missing_file()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("absent.json");

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Load(path));

        Assert.Equal($"{path}: the file does not exist.", Assert.Single(e.Problems).ToString());
    }
}
