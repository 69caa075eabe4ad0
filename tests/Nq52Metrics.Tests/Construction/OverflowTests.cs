using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// Arithmetic overflow is a located error or is computed right, never a silent ∞, NaN or the same rank for all:
/// weights and values near the largest double, min-max bounds and goalposts too far apart, denomination, means.
/// </summary>
public sealed class OverflowTests
{
    private const double Huge = 1.5e308;
    private const double Tolerance = 1e-9;

    private static readonly Methodology Plain = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    private static IndexFramework TwoIndicators(double weightA, double weightB) =>
        IndexFramework.Create([Nodes.Indicator("A", Nodes.Top, weightA), Nodes.Indicator("B", Nodes.Top, weightB), Nodes.Aggregate(Nodes.Top, 2, null)]);

    private static Dataset Data(params double[][] rows) => Dataset.Create(Build.Table(["A", "B"], rows));

    [Fact]
    public void Weights_near_the_largest_double_weigh_like_their_ratio()
    {
        var data = Data([1, 9], [5, 2], [9, 1], [3, 3]);

        var huge = IndexBuilder.Build(TwoIndicators(1.6e308, 0.8e308), data, Plain);
        var small = IndexBuilder.Build(TwoIndicators(2, 1), data, Plain);

        Assert.Equal(Build.ColumnOf(small.Scores, Nodes.Top), Build.ColumnOf(huge.Scores, Nodes.Top), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal(Build.ColumnOf(small.Ranks, Nodes.Top), Build.ColumnOf(huge.Ranks, Nodes.Top));
        Assert.Equal(2.0 / 3, TwoIndicators(1.6e308, 0.8e308).EffectiveWeights()["A"], Tolerance);
        Assert.Equal(1.0 / 3, TwoIndicators(1.6e308, 0.8e308).EffectiveWeights()["B"], Tolerance);
    }

    [Fact]
    public void Min_max_bounds_whose_range_overflows_are_refused()
    {
        var e = Problems.Thrown(() => IndexBuilder.Build(TwoIndicators(1, 1), Data([1, 2], [2, 1]), Plain with { Normalisation = NormalisationMethod.MinMax(-1e308, 1e308) }));

        Problems.AssertHas(e, "normalise", "too far apart");
    }

    [Fact]
    public void Values_whose_range_overflows_min_max_name_the_indicator()
    {
        var e = Problems.Thrown(() => IndexBuilder.Build(TwoIndicators(1, 1), Data([-Huge, 1], [Huge, 2], [0, 3]), Plain));

        Problems.AssertHas(e, "indicator \"A\"", "range of the values is too large");
    }

    [Fact]
    public void Z_scores_of_values_near_the_largest_double_equal_those_of_the_scaled_values()
    {
        var method = Plain with { Normalisation = NormalisationMethod.ZScore(10, 2) };
        var huge = IndexBuilder.Build(TwoIndicators(1, 1), Data([Huge, 1], [-Huge, 2], [Huge / 3, 3], [0, 4]), method);
        var small = IndexBuilder.Build(TwoIndicators(1, 1), Data([1.5, 1], [-1.5, 2], [0.5, 3], [0, 4]), method);

        Assert.Equal(Build.ColumnOf(small.Normalised, "A"), Build.ColumnOf(huge.Normalised, "A"), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal([1.0, 4, 2, 3], Build.ColumnOf(huge.Ranks, "A"));
    }

    [Fact]
    public void A_denomination_that_overflows_names_the_indicator_and_unit()
    {
        var framework = IndexFramework.Create(
            [Nodes.Indicator("A", Nodes.Top) with { Denominator = "Pop" }, Nodes.Indicator("B", Nodes.Top), Nodes.Aggregate(Nodes.Top, 2, null)],
            denominatorColumns: ["Pop"]);
        var units = Build.Units(3);
        var data = Dataset.Create(
            UnitTable.FromRows(units, ["A", "B"], [[1, 1], [Huge, 2], [3, 3]]),
            UnitTable.FromRows(units, ["Pop"], [[2], [1e-10], [4]]));

        var e = Problems.Thrown(() => IndexBuilder.Build(framework, data, Plain with { Denomination = new DenominationSpec(true) }));

        Problems.AssertSingle(() => IndexBuilder.Build(framework, data, Plain with { Denomination = new DenominationSpec(true) }), "indicator \"A\", unit \"U2\"", "denomination overflows");
        Assert.Single(e.Problems);
    }

    [Fact]
    public void An_arithmetic_mean_that_overflows_names_the_node_and_unit()
    {
        var method = Plain with { Normalisation = NormalisationMethod.None };

        var e = Problems.Thrown(() => IndexBuilder.Build(TwoIndicators(1, 1), Data([Huge, Huge], [1, 2], [Huge, Huge]), method));

        Problems.AssertSingle(
            () => IndexBuilder.Build(TwoIndicators(1, 1), Data([Huge, Huge], [1, 2], [Huge, Huge]), method),
            $"node \"{Nodes.Top}\", unit \"U1\"",
            "aggregation overflows a double here (and 1 other unit)");
        Assert.Single(e.Problems);
    }

    [Fact]
    public void Goalposts_too_far_apart_are_a_framework_problem()
    {
        var node = Nodes.Indicator("A", Nodes.Top) with { Goalposts = new Goalposts(-1e308, 1e308) };

        Problems.AssertSingle(() => IndexFramework.Create([node, Nodes.Aggregate(Nodes.Top, 2, null)]), "node \"A\"", "too far apart");
    }

    [Fact]
    public void The_mean_of_values_near_the_largest_double_is_finite_and_right()
    {
        Assert.Equal(Huge, ColumnStatistics.Mean([Huge, Huge, double.NaN, Huge]));
        Assert.Equal(1.25e308, ColumnStatistics.Mean([Huge, 1e308]), 1e294);
    }

    [Fact]
    public void Mean_imputation_of_values_near_the_largest_double_fills_a_finite_value()
    {
        var (table, _) = Imputation.Apply(Build.Column("X", Huge, Huge, double.NaN), new ImputationSpec(ImputationMethod.Mean));

        Assert.Equal(Huge, table["U3", "X"]);
    }

    [Fact]
    public void Skewness_and_kurtosis_do_not_change_with_the_scale_even_near_the_limits()
    {
        double[] values = [1, 2, 2, 3, 9, 4, 2];
        var expected = ColumnStatistics.SkewnessAndKurtosis(values);

        foreach (var scale in new[] { 1e300, 1e-300 })
        {
            var (skew, kurtosis) = ColumnStatistics.SkewnessAndKurtosis(values.Select(v => v * scale).ToArray());
            Assert.Equal(expected.Skew, skew, 1e-9);
            Assert.Equal(expected.Kurtosis, kurtosis, 1e-9);
        }
    }

    private static readonly double[] Pool = [0, 1, -1, 2.5, 1e-300, -1e-300, 1e300, -1e300, 1e308, -1e308, Huge, -Huge, double.MaxValue, -double.MaxValue, double.Epsilon];

    private static readonly double[] WeightPool = [1, 2, 0.5, 1e-300, 1e300, Huge, double.MaxValue];

    private static readonly Methodology[] Methods =
    [
        Methodology.CoinrAsemExample,
        Plain,
        Plain with { Normalisation = NormalisationMethod.ZScore(10, 2) },
        Plain with { Normalisation = NormalisationMethod.None },
        Plain with { Normalisation = NormalisationMethod.Rank },
        Plain with { Normalisation = NormalisationMethod.MinMax(1, 100), Aggregation = new AggregationSpec(AggregationMethod.Geometric) },
    ];

    [Property(MaxTest = 200)]
    public Property For_any_finite_inputs_a_build_gives_finite_scores_or_located_problems(byte[] picks, byte method)
    {
        var next = 0;
        double Pick(double[] pool) => pool[picks.Length == 0 ? 0 : picks[next++ % picks.Length] % pool.Length];
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("A1", "P1", Pick(WeightPool)), Nodes.Indicator("A2", "P1", Pick(WeightPool)),
            Nodes.Indicator("B1", "P2", Pick(WeightPool)), Nodes.Indicator("B2", "P2", Pick(WeightPool)),
            Nodes.Aggregate("P1", 2, "Index", Pick(WeightPool)), Nodes.Aggregate("P2", 2, "Index", Pick(WeightPool)),
            Nodes.Aggregate("Index", 3, null),
        ]);
        var rows = Enumerable.Range(0, 6).Select(_ => new[] { Pick(Pool), Pick(Pool), Pick(Pool), Pick(Pool) }).ToArray();
        var data = Dataset.Create(Build.Table(["A1", "A2", "B1", "B2"], rows));
        var methodology = Methods[method % Methods.Length];

        try
        {
            var result = IndexBuilder.Build(framework, data, methodology);
            var all = Enumerable.Range(0, result.Scores.ColumnCount).SelectMany(j => result.Scores.Column(j).ToArray()).ToList();
            return all.All(double.IsFinite).Label($"non-finite score: {string.Join(", ", all)}");
        }
        catch (Nq52ValidationException e)
        {
            return e.Problems.All(p => p.Location.Length > 0 && p.Message.Length > 0).Label(e.Message);
        }
    }
}
