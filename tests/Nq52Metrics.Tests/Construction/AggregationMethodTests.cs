using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The aggregation methods beyond the weighted means: generalised mean, Mazziotta–Pareto, Copeland, weighted median
/// and minimum, worked by hand on the tiny index (P1 = I1 (weight 1) + I2 (weight 2), P2 = I3 + I4, Index = P1 + P2),
/// per-node methods, and every error.
/// </summary>
public sealed class AggregationMethodTests
{
    private const double Tolerance = 1e-12;
    private static readonly double Nan = double.NaN;

    private static UnitTable Aggregate(UnitTable table, AggregationSpec spec) => Aggregation.Apply(table, TinyIndex.Framework(), spec);

    private static AggregationSpec AtLevel2(AggregationMethod method) =>
        AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, method) };

    /// <summary>The method's own kernel over one aggregate whose children are the columns of <paramref name="columns"/>.</summary>
    private static double[] OwnKernel(AggregationMethod method, double[][] columns, double[] weights)
    {
        var n = columns[0].Length;
        var k = columns.Length;
        var values = columns.SelectMany(c => c).ToArray();
        var input = new AggregationInput(values, [], k, n, [.. Enumerable.Range(0, k)], weights, needed: 0);
        var destination = new double[n];
        Assert.Null(method.Aggregate(input, destination, new AggregationScratch(n, k, aggregateCount: 0)));
        return destination;
    }

    [Fact]
    public void Powers_one_zero_and_minus_one_are_the_named_means()
    {
        Assert.Same(AggregationMethod.Arithmetic, AggregationMethod.GeneralisedMean(1));
        Assert.Same(AggregationMethod.Geometric, AggregationMethod.GeneralisedMean(0));
        Assert.Same(AggregationMethod.Geometric, AggregationMethod.GeneralisedMean(-0.0));
        Assert.Same(AggregationMethod.Harmonic, AggregationMethod.GeneralisedMean(-1));
        Assert.Equal("generalisedMean(0.5)", AggregationMethod.GeneralisedMean(0.5).ToString());
        Assert.Equal("geometric", AggregationMethod.Geometric.ToString());
    }

    [Property(MaxTest = 200)]
    public Property The_generalised_mean_kernel_at_one_zero_and_minus_one_equals_the_arithmetic_geometric_and_harmonic_means(int seed)
    {
        var random = new Random(seed);
        var k = random.Next(1, 6);
        var n = random.Next(1, 8);
        var columns = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, n).Select(_ => 0.01 + (random.NextDouble() * 100)).ToArray()).ToArray();
        var weights = Enumerable.Range(0, k).Select(_ => 0.1 + (random.NextDouble() * 5)).ToArray();
        var arithmetic = OwnKernel(new GeneralisedMeanAggregation(1), columns, weights);
        var geometric = OwnKernel(new GeneralisedMeanAggregation(0), columns, weights);
        var harmonic = OwnKernel(new GeneralisedMeanAggregation(-1), columns, weights);
        var nearZero = OwnKernel(new GeneralisedMeanAggregation(1e-10), columns, weights);
        var total = weights.Sum();
        var ok = true;
        for (var i = 0; i < n; i++)
        {
            var a = Enumerable.Range(0, k).Sum(j => weights[j] * columns[j][i]) / total;
            var g = Math.Exp(Enumerable.Range(0, k).Sum(j => weights[j] * Math.Log(columns[j][i])) / total);
            var h = total / Enumerable.Range(0, k).Sum(j => weights[j] / columns[j][i]);
            ok &= Close(a, arithmetic[i], 1e-12) && Close(g, geometric[i], 1e-12) && Close(h, harmonic[i], 1e-12) && Close(g, nearZero[i], 1e-8);
        }

        return ok.Label($"k={k}, n={n}");
    }

    [Fact]
    public void A_generalised_mean_with_power_two_is_the_weighted_quadratic_mean()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [3, 6, 2, 4]);

        var scores = Aggregate(table, AtLevel2(AggregationMethod.GeneralisedMean(2)));

        Assert.Equal(Math.Sqrt((9 + (2 * 36)) / 3.0), scores["U1", "P1"], Tolerance);
        Assert.Equal(Math.Sqrt(10.0), scores["U1", "P2"], Tolerance);
    }

    [Fact]
    public void A_generalised_mean_is_never_overflowed_by_large_values()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [1e300, 1e300, 1e-300, 1e-300]);

        var scores = Aggregate(table, AtLevel2(AggregationMethod.GeneralisedMean(3)));
        var low = Aggregate(table, AtLevel2(AggregationMethod.GeneralisedMean(-3)));

        Assert.Equal(1e300, scores["U1", "P1"], 1e288);
        Assert.Equal(1e-300, low["U1", "P2"], 1e-312);
    }

    /// <summary>
    /// I1 = (1, 3, 1, 3), I3 = (1, 3, 1, 3): mean 2, population sd 1, so z = 90, 110, 90, 110; I2 = (5, 5, 7, 7) and
    /// I4 = (2, 2, 4, 4): z = 90, 90, 110, 110. P2 (equal weights) for U2: z = (110, 90), M = 100, S² = 100, MPI− = 99,
    /// MPI+ = 101. P1 (weights 1, 2) for U2: z = (110, 90), M = 290/3, S² = (1·(40/3)² + 2·(20/3)²)/3 = 800/9, so
    /// MPI− = 290/3 − (800/9)/(290/3) = 290/3 − 80/87.
    /// </summary>
    [Fact]
    public void The_mazziotta_pareto_index_matches_values_worked_by_hand()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [1, 5, 1, 2], [3, 5, 3, 2], [1, 7, 1, 4], [3, 7, 3, 4]);

        var negative = Aggregate(table, AtLevel2(AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Negative)));
        var positive = Aggregate(table, AtLevel2(AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Positive)));

        AssertClose([90, 99, 99, 110], Build.ColumnOf(negative, "P2"));
        AssertClose([90, 101, 101, 110], Build.ColumnOf(positive, "P2"));
        Assert.Equal((290.0 / 3) - (80.0 / 87), negative["U2", "P1"], 1e-12);
        Assert.Equal((290.0 / 3) + (80.0 / 87), positive["U2", "P1"], 1e-12);
        Assert.Equal(90, negative["U1", "P1"], Tolerance);
    }

    [Fact]
    public void The_mazziotta_pareto_index_of_a_unit_with_one_available_child_is_that_childs_standardised_value()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [1, 5, 1, 2], [3, 5, 3, Nan], [1, 7, 1, 4], [3, 7, 3, 4]);

        var scores = Aggregate(table, AtLevel2(AggregationMethod.MazziottaPareto()));

        // I4 over U1, U3, U4 = (2, 4, 4): mean 10/3, population sd √(8/9) = 2√2/3; U2 keeps only I3 (z = 110).
        Assert.Equal(110, scores["U2", "P2"], Tolerance);
    }

    [Fact]
    public void A_constant_child_cannot_be_standardised_and_is_named()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [1, 5, 7, 2], [3, 5, 7, 2], [1, 7, 7, 4]);

        var exception = Problems.Thrown(() => Aggregate(table, AtLevel2(AggregationMethod.MazziottaPareto())));

        Problems.AssertHas(exception, "node \"I3\"", "Mazziotta–Pareto index for \"P2\" standardises every child across units, and this child's available values are all 7");
    }

    /// <summary>
    /// P1 over I1 = (3, 1, 2) with weight 1/3 and I2 = (1, 3, 3) with weight 2/3: U2 beats U1 (e = 2/3 against 1/3),
    /// U3 beats U1 (2/3), U3 beats U2 (I1 for U3, I2 tied: e_32 = 1/3 + ½·2/3 = 2/3). Scores: U1 −2, U2 0, U3 2.
    /// P2 over I3 = (3, 1, 2), I4 = (1, 3, 3) with equal weights: U1–U2 and U1–U3 tie (½ each way), U3 beats U2
    /// (e_32 = ½ + ½·½ = ¾). Scores: U1 0, U2 −1, U3 1.
    /// </summary>
    [Fact]
    public void Copeland_scores_and_outranking_matrix_match_values_worked_by_hand()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [3, 1, 3, 1], [1, 3, 1, 3], [2, 3, 2, 3]);

        var scores = Aggregate(table, AtLevel2(AggregationMethod.Copeland));
        var p1 = OutrankingMatrix.Of(table, ["I1", "I2"], [1, 2]);
        var p2 = OutrankingMatrix.Of(table, ["I3", "I4"], [1, 1]);

        Assert.Equal([-2, 0, 2], Build.ColumnOf(scores, "P1"));
        Assert.Equal([0, -1, 1], Build.ColumnOf(scores, "P2"));
        Assert.Equal([-1, -0.5, 1.5], Build.ColumnOf(scores, "Index"));
        Assert.Equal(["U1", "U2", "U3"], p1.Units);
        Assert.Equal([-2, 0, 2], p1.Scores);
        Assert.Equal(1.0 / 3, p1[0, 1], Tolerance);
        Assert.Equal(2.0 / 3, p1[1, 0], Tolerance);
        Assert.Equal(2.0 / 3, p1[2, 1], Tolerance);
        Assert.Equal(0.5, p1[1, 1]);
        Assert.Equal(0.5, p2[0, 1]);
        Assert.Equal(0.5, p2[0, 2]);
        Assert.Equal(0.75, p2[2, 1]);
        Assert.Equal(0.25, p2[1, 2]);
        Assert.Equal([0, -1, 1], p2.Scores);
    }

    [Fact]
    public void The_outranking_matrix_of_a_build_uses_its_aggregate_and_leaves_out_units_without_data()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [3, 1, 3, 1], [1, 3, 1, 3], [2, 3, 2, 3], [Nan, Nan, 1, 1]);
        var copeland = AtLevel2(AggregationMethod.Copeland);

        var scores = Aggregate(table, copeland);
        var matrix = OutrankingMatrix.Of(scores, ["I1", "I2"], [1, 2]);

        Assert.Equal(["U1", "U2", "U3"], matrix.Units);
        Assert.True(double.IsNaN(scores["U4", "P1"]));
        Assert.Equal([-2, 0, 2], matrix.Scores);
        Problems.AssertHas(Problems.Thrown(() => OutrankingMatrix.Of(table, ["I1", "IX"], [1, 2])), "column \"IX\"", "no such column");
        Problems.AssertHas(Problems.Thrown(() => OutrankingMatrix.Of(table, ["I1"], [1, 2])), "weights", "2 weight(s) for 1 column(s)");
    }

    /// <summary>
    /// U1 = (10, 40, 60, 80): P1 over 10 (weight 1) and 40 (weight 2) passes half the total weight (1.5) at 40; P2 over
    /// 60 and 80 with equal weights reaches exactly half at 60, so the median is (60 + 80)/2 = 70. U2 lacks I1: P1 = 40.
    /// </summary>
    [Fact]
    public void The_weighted_median_matches_values_worked_by_hand()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [10, 40, 60, 80], [Nan, 40, 80, 60], [50, 20, 70, 70]);

        var scores = Aggregate(table, AtLevel2(AggregationMethod.Median));

        Assert.Equal([40, 40, 20], Build.ColumnOf(scores, "P1"));
        Assert.Equal([70, 70, 70], Build.ColumnOf(scores, "P2"));
        Assert.Equal(55, scores["U1", "Index"], Tolerance);
    }

    [Fact]
    public void The_weighted_median_of_odd_and_uneven_weights_is_the_value_passing_half()
    {
        Span<double> values = [5, 1, 3, 9];
        Span<double> weights = [1, 1, 1, 4];

        Assert.Equal(9, WeightedMedianAggregation.Of(values, weights));
        Assert.Equal(2, WeightedMedianAggregation.Of([1, 3], [1, 1]));
        Assert.Equal(3, WeightedMedianAggregation.Of([3, 1, 5], [1, 1, 1]));
        Assert.Equal(4, WeightedMedianAggregation.Of([2, 4, 6], [1, 2, 1]));
    }

    [Fact]
    public void The_minimum_takes_the_weakest_available_child()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [10, 40, 60, -5], [Nan, 40, Nan, Nan]);

        var scores = Aggregate(table, new AggregationSpec(AggregationMethod.Minimum));

        Assert.Equal([10, 40], Build.ColumnOf(scores, "P1"));
        Assert.Equal(-5, scores["U1", "P2"]);
        Assert.True(double.IsNaN(scores["U2", "P2"]));
        Assert.Equal(-5, scores["U1", "Index"]);
        Assert.Equal(40, scores["U2", "Index"]);
    }

    [Fact]
    public void A_node_method_overrides_its_level_method()
    {
        var spec = AtLevel2(AggregationMethod.Minimum) with
        {
            ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("P2", AggregationMethod.Median),
        };

        var scores = Aggregate(Build.Table(TinyIndex.IndicatorCodes, [10, 40, 60, 80]), spec);

        Assert.Equal(10, scores["U1", "P1"]);
        Assert.Equal(70, scores["U1", "P2"]);
        Assert.Equal(40, scores["U1", "Index"]);
        Assert.Equal(AggregationMethod.Median, spec.MethodFor("P2", 2));
        Assert.Equal(AggregationMethod.Minimum, spec.MethodFor("P1", 2));
    }

    [Fact]
    public void An_unknown_node_or_an_indicator_in_by_node_is_located()
    {
        var spec = AggregationSpec.Arithmetic with
        {
            ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("PX", AggregationMethod.Median).Add("I1", AggregationMethod.Minimum),
        };

        var exception = Problems.Thrown(() => Aggregate(Build.Table(TinyIndex.IndicatorCodes, [10, 40, 60, 80]), spec));

        Problems.AssertHas(exception, "aggregate.byNode.PX", "the framework has no node \"PX\"");
        Problems.AssertHas(exception, "aggregate.byNode.I1", "\"I1\" is an indicator; only aggregates have a method");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_power_that_is_not_finite_is_refused_when_the_method_is_built(double power)
    {
        Problems.AssertSingle(() => AggregationMethod.GeneralisedMean(power), "aggregation method generalisedMean", "finite");
    }

    [Fact]
    public void An_undefined_penalty_is_refused_when_the_method_is_built()
    {
        Problems.AssertSingle(() => AggregationMethod.MazziottaPareto((MazziottaParetoPenalty)7), "aggregation method mazziottaPareto", "negative (MPI−) or positive (MPI+)");
    }

    [Theory]
    [InlineData(-0.5, "greater than 0")]
    [InlineData(2, "of 0 or more")]
    public void A_value_outside_the_generalised_means_domain_names_unit_and_child(double power, string needs)
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [10, 40, 0, 80], [10, 40, -1, 80]);
        var at = power < 0 ? "U1" : "U2";

        var exception = Problems.Thrown(() => Aggregate(table, AtLevel2(AggregationMethod.GeneralisedMean(power))));

        Problems.AssertHas(exception, $"unit \"{at}\", node \"I3\"", $"for \"P2\" needs values {needs}");
    }

    [Fact]
    public void By_node_and_parameterised_methods_are_read_from_a_method_file()
    {
        var methodology = MethodologyJson.Parse("""
            {"aggregate": {"method": "generalisedMean", "power": 0.5,
                           "byLevel": {"2": "median", "3": {"method": "mazziottaPareto", "penalty": "positive"}},
                           "byNode": {"P1": {"method": "copeland"}, "P2": "minimum"}}}
            """);

        var spec = methodology.Aggregation;
        Assert.Equal(AggregationMethod.GeneralisedMean(0.5), spec.Method);
        Assert.Equal(AggregationMethod.Median, spec.ByLevel[2]);
        Assert.Equal(AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Positive), spec.ByLevel[3]);
        Assert.Equal(AggregationMethod.Copeland, spec.ByNode["P1"]);
        Assert.Equal(AggregationMethod.Minimum, spec.ByNode["P2"]);
        Assert.Equal(methodology, MethodologyJson.Parse(MethodologyJson.Serialize(methodology)));
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], Tolerance);
        }
    }

    private static bool Close(double expected, double actual, double relative) =>
        Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected));
}
