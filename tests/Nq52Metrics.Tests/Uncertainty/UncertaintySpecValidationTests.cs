using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// An invalid spec is refused when the analysis is compiled, with a <see cref="Nq52ValidationException"/> whose
/// problems name the offending key; several problems are reported together.
/// </summary>
public sealed class UncertaintySpecValidationTests
{
    private static readonly UncertaintySpec Valid = new(runs: 10);

    public static TheoryData<string, string, string> InvalidSpecs => new()
    {
        { "too few runs", "runs", "at least 2" },
        { "noise of 1", "weights.noise.2", "[0, 1)" },
        { "negative noise", "weights.noise.2", "[0, 1)" },
        { "noise at an unknown level", "weights.noise.4", "no level 4" },
        { "unknown node in a weight set", "weights.sets[1].Nope", "no node" },
        { "negative weight in a weight set", "weights.sets[0].P1", "0 or more" },
        { "every child weighing 0 in a weight set", "weights.sets[0]", "every child of \"Index\" has weight 0" },
        { "noise and weight sets", "weights", "not both" },
        { "unknown node in an exclusion", "alternatives.exclude[1]", "\"Nope\" is not a node" },
        { "excluding the index", "alternatives.exclude[0]", "cannot be left out" },
        { "min-max with lower = upper", "alternatives.normalise[1]", "lower < upper" },
        { "z-score with sd 0", "alternatives.normalise[0]", "sd > 0" },
        { "negative winmax", "alternatives.outliers.maxWinsorised", "negative" },
        { "aggregation at an unknown level", "alternatives.aggregate[0].aggregate.byLevel.5", "no aggregate level 5" },
        { "unknown target", "target", "not a node" },
        { "imputation without a method", "alternatives.impute[1]", "no imputation method" },
        { "zero threads", "threads", "at least 1" },
        { "no weight sets", "weights.sets", "at least 1" },
        { "negative bootstrap", "bootstrap", "negative" },
    };

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void An_invalid_spec_is_refused_with_its_key(string @case, string location, string fragment)
    {
        var spec = Invalid(@case);
        var nominal = UncertaintyIndexes.Small();
        var compile = Assert.Throws<Nq52ValidationException>(() => UncertaintyModel.Compile(nominal, spec));
        Assert.True(compile.Problems.Length == 1, $"{@case}: expected one problem, got:{Environment.NewLine}{compile.Message}");
        Assert.Equal(location, compile.Problems[0].Location);
        Assert.Contains(fragment, compile.Problems[0].Message, StringComparison.Ordinal);

        // Running the analysis refuses it the same way.
        var run = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken));
        Assert.Equal(compile.Problems, run.Problems);
    }

    [Fact]
    public void Every_problem_of_a_spec_is_reported_at_once()
    {
        var spec = new UncertaintySpec(runs: 1)
        {
            Exclusions = [["Index"]],
            Normalisation = [NormalisationMethod.MinMax(5, 5)],
        }
        .WithWeightNoise(2, 1.5);
        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintyModel.Compile(UncertaintyIndexes.Small(), spec));
        Assert.Equal(
            ["runs", "weights.noise.2", "alternatives.normalise[0]", "alternatives.exclude[0]"],
            e.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Problems_carry_the_key_as_a_structured_json_path()
    {
        var spec = new UncertaintySpec(runs: 1).WithWeightNoise(2, 1.5);

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintyModel.Compile(UncertaintyIndexes.Small(), spec));

        Assert.Equal(["runs", "weights.noise.2"], e.Problems.Select(p => p.Where.JsonPath));
        Assert.All(e.Problems, p => Assert.Null(p.Where.Parameter));
    }

    [Fact]
    public void A_valid_spec_compiles()
    {
        var model = UncertaintyModel.Compile(UncertaintyIndexes.Small(), Valid.WithWeightNoise(2, 0.99).WithWeightNoise(3, 0));
        Assert.Equal(UncertaintyIndexes.Index, model.Target);
        Assert.Single(model.Inputs);
    }

    private static UncertaintySpec Invalid(string @case) => @case switch
    {
        "too few runs" => Valid with { Runs = 1 },
        "noise of 1" => Valid.WithWeightNoise(2, 1),
        "negative noise" => Valid.WithWeightNoise(2, -0.1),
        "noise at an unknown level" => Valid.WithWeightNoise(4, 0.2),
        "unknown node in a weight set" => Valid with { WeightSets = [Set(("P1", 2)), Set(("Nope", 1))] },
        "negative weight in a weight set" => Valid with { WeightSets = [Set(("P1", -0.5))] },
        "every child weighing 0 in a weight set" => Valid with { WeightSets = [Set(("P1", 0), ("P2", 0), ("P3", 0))] },
        "noise and weight sets" => Valid.WithWeightNoise(2, 0.2) with { WeightSets = [Set(("P1", 2))] },
        "unknown node in an exclusion" => Valid with { Exclusions = [["P1"], ["Nope"]] },
        "excluding the index" => Valid with { Exclusions = [["Index"]] },
        "min-max with lower = upper" => Valid.WithNormalisations(NormalisationMethod.MinMax(0, 100), NormalisationMethod.MinMax(100, 100)),
        "z-score with sd 0" => Valid.WithNormalisations(NormalisationMethod.ZScore(10, 0)),
        "negative winmax" => Valid.WithMaxWinsorised(1, -2),
        "aggregation at an unknown level" => Valid.WithAggregations(new AggregationSpec { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(5, AggregationMethod.Geometric) }),
        "unknown target" => Valid with { Target = "Nope" },
        "imputation without a method" => Valid.WithImputations(ImputationSpec.None, new ImputationSpec(ImputationMethod.Mean) with { Method = null! }),
        "zero threads" => Valid with { MaxDegreeOfParallelism = 0 },
        "no weight sets" => Valid.WithWeightNoise(2, 0.2) with { WeightSetCount = 0 },
        "negative bootstrap" => Valid with { BootstrapSamples = -1 },
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
    };

    private static ImmutableDictionary<string, double> Set(params (string Code, double Weight)[] weights) =>
        weights.ToImmutableDictionary(w => w.Code, w => w.Weight, StringComparer.Ordinal);
}
