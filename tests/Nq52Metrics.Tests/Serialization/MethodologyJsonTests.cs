using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

public sealed class MethodologyJsonTests
{
    /// <summary>The single-period imputation methods, in their former declaration order.</summary>
    private static readonly ImputationMethod[] ImputationsWithoutPanel =
        [ImputationMethod.None, ImputationMethod.Mean, ImputationMethod.Median, ImputationMethod.GroupMean("G"), ImputationMethod.GroupMedian("Region 2")];

    /// <summary>The example method file of the issue, verbatim.</summary>
    private const string IssueExample =
        """{"denominate": true, "impute": {"method": "groupMean", "group": "EurAsia_group"}, "screen": {"minDataAvailability": 0.9}, "outliers": {"method": "skewKurtosis", "skew": 2, "kurtosis": 3.5, "maxWinsorised": 5, "log": "ct"}, "normalise": {"method": "minMax", "lower": 0, "upper": 100}, "aggregate": {"method": "arithmetic"}, "ranking": {"ties": "competition"}}""";

    private static readonly Methodology Everything = new()
    {
        Denomination = new DenominationSpec(true, 1000),
        Imputation = new ImputationSpec(ImputationMethod.GroupMedian("Region")),
        Screening = new ScreeningSpec(0.75),
        OutlierTreatment = OutlierTreatmentSpec.Gii with
        {
            MaxWinsorised = 3,
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty
                .Add("LPI", OutlierTreatmentSpec.None)
                .Add("Flights", OutlierTreatmentSpec.Coinr with { Log = LogTransform.None, KurtosisThreshold = 4.25 }),
        },
        Normalisation = NormalisationMethod.ZScore(10, 2),
        Aggregation = new AggregationSpec(AggregationMethod.Geometric)
        {
            ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, AggregationMethod.Harmonic).Add(4, AggregationMethod.Arithmetic),
            MinDataAvailability = 0.5,
        },
        Ranking = TieMethod.Average,
    };

    [Fact]
    public void The_issue_example_parses_to_the_methodology_it_describes()
    {
        var expected = new Methodology
        {
            Denomination = new DenominationSpec(Enabled: true, ScaleFactor: 1),
            Imputation = new ImputationSpec(ImputationMethod.GroupMean("EurAsia_group")),
            Screening = new ScreeningSpec(0.9),
            OutlierTreatment = new OutlierTreatmentSpec
            {
                Method = OutlierMethod.SkewKurtosis,
                SkewThreshold = 2,
                KurtosisThreshold = 3.5,
                MaxWinsorised = 5,
                Log = LogTransform.CoinToolModified,
            },
            Normalisation = NormalisationMethod.MinMax(0, 100),
            Aggregation = new AggregationSpec(AggregationMethod.Arithmetic),
            Ranking = TieMethod.Competition,
        };

        var parsed = MethodologyJson.Parse(IssueExample);

        MethodologyAssert.Equal(expected, parsed);
        MethodologyAssert.Equal(Methodology.CoinrAsemExample, parsed);
    }

    [Fact]
    public void An_empty_object_is_the_general_default()
    {
        Assert.Equal(Methodology.Default, MethodologyJson.Parse("{}"));
    }

    public static TheoryData<string> Methodologies => ["CoinrAsemExample", "Gii", "Everything", "NoStepsAtAll"];

    private static Methodology Named(string name) => name switch
    {
        "CoinrAsemExample" => Methodology.CoinrAsemExample,
        "Gii" => Methodology.Gii,
        "Everything" => Everything,
        _ => new Methodology
        {
            Denomination = DenominationSpec.None,
            Imputation = new ImputationSpec(ImputationMethod.Mean),
            Screening = ScreeningSpec.None,
            OutlierTreatment = OutlierTreatmentSpec.None,
            Normalisation = NormalisationMethod.None,
        },
    };

    [Theory]
    [MemberData(nameof(Methodologies))]
    public void Serialize_then_parse_gives_an_equal_methodology(string name)
    {
        var methodology = Named(name);

        var json = MethodologyJson.Serialize(methodology);

        MethodologyAssert.Equal(methodology, MethodologyJson.Parse(json));
        Assert.Equal(json, MethodologyJson.Serialize(MethodologyJson.Parse(json)));
    }

    [Property(MaxTest = 300)]
    public Property Any_combination_of_choices_round_trips(
        byte imputation, byte outliers, byte log, byte normalisation, byte aggregation, byte ties, bool strict, bool denominate, NonNegativeInt winsorised)
    {
        NormalisationMethod[] normalisations =
        [
            NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2), NormalisationMethod.Rank, NormalisationMethod.PercentileRank,
            NormalisationMethod.Goalposts(1, false), NormalisationMethod.DistanceToTarget(true), NormalisationMethod.None,
        ];
        AggregationMethod[] aggregations =
        [
            AggregationMethod.Arithmetic, AggregationMethod.Geometric, AggregationMethod.Harmonic, AggregationMethod.GeneralisedMean(0.5),
            AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Positive), AggregationMethod.Copeland, AggregationMethod.Median,
            AggregationMethod.Minimum,
        ];
        var methodology = new Methodology
        {
            Denomination = new DenominationSpec(denominate, denominate ? 1 : 100),
            Imputation = new ImputationSpec(ImputationsWithoutPanel[imputation % 5]),
            OutlierTreatment = new OutlierTreatmentSpec
            {
                Method = Enum.GetValues<OutlierMethod>()[outliers % 2],
                Log = Enum.GetValues<LogTransform>()[log % 3],
                Strict = strict,
                MaxWinsorised = winsorised.Get,
            },
            Normalisation = normalisations[normalisation % normalisations.Length],
            Aggregation = new AggregationSpec(aggregations[aggregation % aggregations.Length])
            {
                ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, aggregations[(aggregation / 8) % aggregations.Length]),
                ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("P1", aggregations[(aggregation / 64) % aggregations.Length]),
            },
            Ranking = Enum.GetValues<TieMethod>()[ties % 4],
        };
        return (MethodologyJson.Parse(MethodologyJson.Serialize(methodology)) == methodology).Label(MethodologyJson.Serialize(methodology));
    }

    [Fact]
    public void A_partial_step_object_takes_the_general_default_for_its_other_fields()
    {
        var parsed = MethodologyJson.Parse("""{"outliers": {"maxWinsorised": 3}, "impute": {"method": "median"}, "screen": {}}""");

        Assert.Equal(Methodology.Default.OutlierTreatment with { MaxWinsorised = 3 }, parsed.OutlierTreatment);
        Assert.Equal(new ImputationSpec(ImputationMethod.Median), parsed.Imputation);
        Assert.Equal(Methodology.Default.Screening, parsed.Screening);
        Assert.Equal(Methodology.Default.Normalisation, parsed.Normalisation);
    }

    [Theory]
    [InlineData("""{"normalise": {"method": "zScore", "mean": 10, "sd": 2}}""", "zScore 10 2")]
    [InlineData("""{"normalise": {"method": "zScore"}}""", "zScore 0 1")]
    [InlineData("""{"normalise": {"lower": 1}}""", "minMax 1 100")]
    [InlineData("""{"normalise": {"method": "goalposts", "truncate": false}}""", "goalposts 100 False")]
    [InlineData("""{"normalise": {"method": "distanceToTarget", "capAtOne": true}}""", "distanceToTarget True")]
    [InlineData("""{"normalise": {"method": "rank"}}""", "rank")]
    [InlineData("""{"normalise": {"method": "percentileRank"}}""", "percentileRank")]
    [InlineData("""{"normalise": {"method": "none"}}""", "none")]
    public void Normalise_settings_take_the_method_defaults(string json, string expected)
    {
        var method = MethodologyJson.Parse(json).Normalisation;

        var described = method switch
        {
            MinMaxNormalisation m => FormattableString.Invariant($"minMax {m.Lower} {m.Upper}"),
            ZScoreNormalisation z => FormattableString.Invariant($"zScore {z.Mean} {z.Sd}"),
            GoalpostsNormalisation g => FormattableString.Invariant($"goalposts {g.Scale} {g.Truncate}"),
            DistanceToTargetNormalisation d => $"distanceToTarget {d.CapAtOne}",
            RankNormalisation => "rank",
            PercentileRankNormalisation => "percentileRank",
            NoNormalisation => "none",
            _ => method.ToString(),
        };
        Assert.Equal(expected, described);
    }

    [Theory]
    [InlineData("""{"denominate": false}""", false, 1.0)]
    [InlineData("""{"denominate": true}""", true, 1.0)]
    [InlineData("""{"denominate": {"scaleFactor": 1000}}""", true, 1000.0)]
    [InlineData("""{"denominate": {"enabled": false}}""", false, 1.0)]
    [InlineData("""{"denominate": {}}""", true, 1.0)]
    public void Denominate_is_a_boolean_or_an_object(string json, bool enabled, double scaleFactor)
    {
        Assert.Equal(new DenominationSpec(enabled, scaleFactor), MethodologyJson.Parse(json).Denomination);
    }

    [Fact]
    public void Impute_group_null_means_no_group_column()
    {
        Assert.Equal(new ImputationSpec(ImputationMethod.Mean), MethodologyJson.Parse("""{"impute": {"method": "mean", "group": null}}""").Imputation);
    }

    [Fact]
    public void Outlier_overrides_start_from_the_settings_around_them()
    {
        var spec = MethodologyJson.Parse("""{"outliers": {"skew": 2.25, "strict": true, "overrides": {"LPI": {"maxWinsorised": 1}, "Ship": {"method": "none"}}}}""").OutlierTreatment;

        var around = OutlierTreatmentSpec.Coinr with { SkewThreshold = 2.25, Strict = true };
        Assert.Equal(around, spec with { Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty });
        Assert.Equal(around with { MaxWinsorised = 1 }, spec.For("LPI"));
        Assert.Equal(around with { Method = OutlierMethod.None }, spec.For("Ship"));
        Assert.Same(spec, spec.For("Other"));
    }

    [Fact]
    public void Aggregation_methods_can_differ_by_level()
    {
        var spec = MethodologyJson.Parse("""{"aggregate": {"method": "geometric", "byLevel": {"2": "arithmetic", "3": "harmonic"}, "minDataAvailability": 0.5}}""").Aggregation;

        Assert.Equal(AggregationMethod.Arithmetic, spec.MethodFor(2));
        Assert.Equal(AggregationMethod.Harmonic, spec.MethodFor(3));
        Assert.Equal(AggregationMethod.Geometric, spec.MethodFor(4));
        Assert.Equal(0.5, spec.MinDataAvailability);
    }

    [Fact]
    public void An_unknown_method_name_names_the_path_and_the_valid_names()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("{\n  \"normalise\": {\"method\": \"minmax2\"}\n}", "method.json"));

        Assert.Equal(
            "method.json line 2, normalise.method: \"minmax2\" is not one of minMax, zScore, rank, percentileRank, goalposts, distanceToTarget, ratio, relativeDifference, aboveBelowMean, scaled, proportion, borda, none.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void A_name_in_the_wrong_case_gets_a_suggestion()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("""{"ranking": {"ties": "Dense"}}""", "m.json"));

        Assert.Equal("\"Dense\" is not one of competition, dense, average, ordinal; did you mean \"dense\"?", Assert.Single(e.Problems).Message);
    }

    [Theory]
    [InlineData("""{"normalize": {}}""", "m.json line 1, normalize", "unknown property \"normalize\"; the properties allowed here are denominate, transform, impute, screen, outliers, normalise, aggregate, ranking.")]
    [InlineData("""{"outliers": {"winmax": 3}}""", "m.json line 1, outliers.winmax", "unknown property \"winmax\"; the properties allowed here are method, skew, kurtosis, strict, maxWinsorised, log, overrides.")]
    [InlineData("""{"outliers": {"overrides": {"LPI": {"skw": 1}}}}""", "m.json line 1, outliers.overrides.LPI.skw", "unknown property \"skw\"; the properties allowed here are method, skew, kurtosis, strict, maxWinsorised, log.")]
    [InlineData("""{"denominate": {"scale": 10}}""", "m.json line 1, denominate.scale", "unknown property \"scale\"; the properties allowed here are enabled, scaleFactor.")]
    [InlineData("""{"denominate": "yes"}""", "m.json line 1, denominate", "expected true or false or an object, found the string \"yes\".")]
    [InlineData("""{"impute": {"method": "hotDeck"}}""", "m.json line 1, impute.method", "\"hotDeck\" is not one of none, mean, median, groupMean, groupMedian, latestEarlier.")]
    [InlineData("""{"impute": {"method": "groupMean", "group": null}}""", "m.json line 1, impute.group", "the method groupMean needs a group column.")]
    [InlineData("""{"impute": {"method": "groupMedian", "group": ""}}""", "m.json line 1, impute.group", "the text is empty.")]
    [InlineData("""{"impute": {"method": "groupMedian", "group": "  "}}""", "m.json line 1, impute.group", "the group column name is empty.")]
    [InlineData("""{"impute": {"method": "groupMean"}}""", "m.json line 1, impute.group", "the method groupMean needs a group column.")]
    [InlineData("""{"impute": {"method": "mean", "group": "Zone"}}""", "m.json line 1, impute.group", "this setting does not apply to the method mean (it takes no settings).")]
    [InlineData("""{"impute": {"group": "Zone"}}""", "m.json line 1, impute.group", "this setting does not apply to the method none (it takes no settings).")]
    [InlineData("""{"impute": {"group": ["A"]}}""", "m.json line 1, impute.group", "expected a string or null, found an array.")]
    [InlineData("""{"screen": {"minDataAvailability": 1.5}}""", "m.json line 1, screen.minDataAvailability", "1.5 is outside the allowed range: the value must be from 0 to 1.")]
    [InlineData("""{"screen": {"minDataAvailability": "90%"}}""", "m.json line 1, screen.minDataAvailability", "expected a number, found the string \"90%\".")]
    [InlineData("""{"outliers": {"method": "iqr"}}""", "m.json line 1, outliers.method", "\"iqr\" is not one of skewKurtosis, none.")]
    [InlineData("""{"outliers": {"log": "log10"}}""", "m.json line 1, outliers.log", "\"log10\" is not one of ct, gii, none.")]
    [InlineData("""{"outliers": {"skew": 0}}""", "m.json line 1, outliers.skew", "0 is too small: the value must be greater than 0.")]
    [InlineData("""{"outliers": {"maxWinsorised": -1}}""", "m.json line 1, outliers.maxWinsorised", "-1 is below the minimum 0.")]
    [InlineData("""{"outliers": {"maxWinsorised": 2.5}}""", "m.json line 1, outliers.maxWinsorised", "expected a whole number, found 2.5.")]
    [InlineData("""{"outliers": {"strict": "yes"}}""", "m.json line 1, outliers.strict", "expected true or false, found the string \"yes\".")]
    [InlineData("""{"outliers": {"overrides": {"LPI": {"overrides": {}}}}}""", "m.json line 1, outliers.overrides.LPI.overrides", "unknown property \"overrides\"; the properties allowed here are method, skew, kurtosis, strict, maxWinsorised, log.")]
    [InlineData("""{"normalise": {"method": "zScore", "lower": 1}}""", "m.json line 1, normalise.lower", "this setting does not apply to the method zScore (its settings are mean, sd).")]
    [InlineData("""{"normalise": {"method": "rank", "capAtOne": true}}""", "m.json line 1, normalise.capAtOne", "this setting does not apply to the method rank (it takes no settings).")]
    [InlineData("""{"normalise": {"method": "zScore", "sd": 0}}""", "m.json line 1, normalise.sd", "0 is too small: the value must be greater than 0.")]
    [InlineData("""{"normalise": {"lower": 100, "upper": 0}}""", "m.json line 1, normalise", "min-max bounds [100, 0] must be finite with lower < upper.")]
    [InlineData("""{"aggregate": {"method": "mean"}}""", "m.json line 1, aggregate.method", "\"mean\" is not one of arithmetic, geometric, harmonic, generalisedMean, mazziottaPareto, copeland, median, minimum.")]
    [InlineData("""{"aggregate": {"byLevel": {"1": "geometric"}}}""", "m.json line 1, aggregate.byLevel.1", "\"1\" is not a level here; use a whole number from 2 up (1 = indicators, 2 = the first aggregate level).")]
    [InlineData("""{"aggregate": {"byLevel": {"2": "geo"}}}""", "m.json line 1, aggregate.byLevel.2", "\"geo\" is not allowed here; use \"arithmetic\", \"geometric\", \"harmonic\", \"generalisedMean\", \"mazziottaPareto\", \"copeland\", \"median\", \"minimum\" or {\"method\": …}.")]
    [InlineData("""{"aggregate": {"method": "generalisedMean"}}""", "m.json line 1, aggregate", "generalisedMean needs a power: a finite number such as 0.5 (1 = arithmetic, 0 = geometric, −1 = harmonic).")]
    [InlineData("""{"aggregate": {"byLevel": {"2": {"method": "generalisedMean"}}}}""", "m.json line 1, aggregate.byLevel.2", "generalisedMean needs a power: a finite number such as 0.5 (1 = arithmetic, 0 = geometric, −1 = harmonic).")]
    [InlineData("""{"aggregate": {"method": "generalisedMean", "power": "x"}}""", "m.json line 1, aggregate.power", "expected a number, found the string \"x\".")]
    [InlineData("""{"aggregate": {"method": "arithmetic", "power": 2}}""", "m.json line 1, aggregate.power", "this setting does not apply to the method arithmetic (it takes no settings).")]
    [InlineData("""{"aggregate": {"method": "mazziottaPareto", "penalty": "both"}}""", "m.json line 1, aggregate.penalty", "\"both\" is not one of negative, positive.")]
    [InlineData("""{"aggregate": {"byNode": {"P1": {"method": "copeland", "power": 2}}}}""", "m.json line 1, aggregate.byNode.P1.power", "this setting does not apply to the method copeland (it takes no settings).")]
    [InlineData("""{"aggregate": {"byNode": {"P1": 3}}}""", "m.json line 1, aggregate.byNode.P1", "3 is not allowed here; use \"arithmetic\", \"geometric\", \"harmonic\", \"generalisedMean\", \"mazziottaPareto\", \"copeland\", \"median\", \"minimum\" or {\"method\": …}.")]
    [InlineData("""{"aggregate": {"minDataAvailability": 0}}""", "m.json line 1, aggregate.minDataAvailability", "0 is outside the allowed range: the value must be greater than 0 and at most 1.")]
    [InlineData("""{"ranking": {"ties": "random"}}""", "m.json line 1, ranking.ties", "\"random\" is not one of competition, dense, average, ordinal.")]
    [InlineData("""{"ranking": null}""", "m.json line 1, ranking", "null is not allowed here (leave the property out to use its default).")]
    [InlineData("""{"ranking": {"ties": "dense"}, "ranking": {"ties": "dense"}}""", "m.json line 1, ranking", "this property is given more than once.")]
    [InlineData("""{"denominate": {"scaleFactor": 0}}""", "m.json line 1, denominate.scaleFactor", "the value must not be 0.")]
    public void Every_invalid_value_is_located_by_line_and_path(string json, string location, string message)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json, "m.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(location, problem.Location);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("""
            {
              "impute": {"method": "groupmean"},
              "screen": {"minDataAvailability": 2},
              "normalise": {"method": "minmax2"},
              "ranking": {"ties": "x"}
            }
            """, "m.json"));

        Assert.Equal(
            ["m.json line 2, impute.method", "m.json line 3, screen.minDataAvailability", "m.json line 4, normalise.method", "m.json line 5, ranking.ties"],
            e.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Malformed_json_names_the_line_and_column()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse("{\"normalise\": {\"method\": \"minMax\"\n \"lower\": 1}}", "m.json"));

        var location = Assert.Single(e.Problems).Location;
        Assert.StartsWith("m.json line 2, column ", location, StringComparison.Ordinal);
        Assert.EndsWith(", in normalise", location, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_reads_a_file_and_names_a_missing_one()
    {
        using var folder = new TempFolder();
        var path = folder.Write("method.json", """{"ranking": {"ties": "dense"}}""");

        Assert.Equal(TieMethod.Dense, MethodologyJson.Load(path).Ranking);
        var missing = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Load(folder.PathOf("none.json")));
        Assert.Equal("the file does not exist.", Assert.Single(missing.Problems).Message);
    }

    [Fact]
    public void Save_writes_a_file_that_loads_back()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("method.json");

        MethodologyJson.Save(Everything, path);

        MethodologyAssert.Equal(Everything, MethodologyJson.Load(path));
        Assert.Equal(["method.json"], folder.FileNames());
    }

    [Fact]
    public void Serialize_uses_the_documented_names()
    {
        var json = MethodologyJson.Serialize(Everything);

        foreach (var fragment in new[]
        {
            "\"denominate\": {", "\"scaleFactor\": 1000", "\"method\": \"groupMedian\"", "\"group\": \"Region\"", "\"minDataAvailability\": 0.75",
            "\"skew\": 2.25", "\"strict\": true", "\"maxWinsorised\": 3", "\"log\": \"gii\"", "\"LPI\": {", "\"method\": \"zScore\"", "\"mean\": 10",
            "\"sd\": 2", "\"method\": \"geometric\"", "\"2\": \"harmonic\"", "\"ties\": \"average\"",
        })
        {
            Assert.Contains(fragment, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Serialize_rejects_an_enum_value_that_has_no_name()
    {
        var invalid = Methodology.CoinrAsemExample with { Ranking = (TieMethod)42 };

        Assert.Throws<ArgumentOutOfRangeException>(() => MethodologyJson.Serialize(invalid));
    }

    [Fact]
    public void Serialize_rejects_a_number_json_cannot_hold()
    {
        var invalid = Methodology.CoinrAsemExample with { Screening = new ScreeningSpec(double.NaN) };

        Assert.ThrowsAny<ArgumentException>(() => MethodologyJson.Serialize(invalid));
    }
}
