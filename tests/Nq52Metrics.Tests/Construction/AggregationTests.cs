using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The aggregation step: weighted means level by level, re-weighting around missing children, the data-availability
/// threshold, per-level methods, the geometric and harmonic formulas and every error.
/// </summary>
public sealed class AggregationTests
{
    private const double Tolerance = 1e-9;
    private static readonly double Nan = double.NaN;

    /// <summary>
    /// Normalised values for the tiny index (P1 = (I1 + 2·I2)/3, P2 = (I3 + I4)/2, Index = (P1 + P2)/2):
    /// U1 complete, U2 missing I1, U3 missing all of P1, U4 missing everything.
    /// </summary>
    private static UnitTable Normalised() => Build.Table(
        TinyIndex.IndicatorCodes,
        [10, 40, 60, 80],
        [Nan, 40, 60, 80],
        [Nan, Nan, 60, 80],
        [Nan, Nan, Nan, Nan]);

    [Fact]
    public void Arithmetic_means_are_weighted_and_computed_level_by_level()
    {
        var scores = Aggregation.Apply(Normalised(), TinyIndex.Framework(), AggregationSpec.Arithmetic);

        Assert.Equal(["I1", "I2", "I3", "I4", "P1", "P2", "Index"], scores.Columns);
        Assert.Equal(30.0, scores["U1", "P1"], Tolerance);
        Assert.Equal(70.0, scores["U1", "P2"], Tolerance);
        Assert.Equal(50.0, scores["U1", "Index"], Tolerance);
        Assert.Equal(10.0, scores["U1", "I1"]);
    }

    [Fact]
    public void Missing_children_are_dropped_and_the_rest_reweighted()
    {
        var scores = Aggregation.Apply(Normalised(), TinyIndex.Framework(), AggregationSpec.Arithmetic);

        Assert.Equal(40.0, scores["U2", "P1"], Tolerance);
        Assert.Equal(55.0, scores["U2", "Index"], Tolerance);
        Assert.True(double.IsNaN(scores["U3", "P1"]));
        Assert.Equal(70.0, scores["U3", "Index"], Tolerance);
    }

    [Fact]
    public void An_aggregate_with_every_child_missing_is_missing()
    {
        var scores = Aggregation.Apply(Normalised(), TinyIndex.Framework(), AggregationSpec.Arithmetic);

        Assert.All(["P1", "P2", "Index"], code => Assert.True(double.IsNaN(scores["U4", code])));
    }

    [Fact]
    public void The_weighted_arithmetic_mean_matches_the_golden_value()
    {
        // a_amean((50, NA, 80), w = (1, 1, 2)) = 70.
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"), Nodes.Indicator("C") with { Weight = 2 });

        var scores = Aggregation.Apply(Build.Table(["A", "B", "C"], [50, Nan, 80]), framework, AggregationSpec.Arithmetic);

        Assert.Equal(70.0, scores["U1", Nodes.Top], Tolerance);
    }

    [Fact]
    public void Geometric_and_harmonic_means_match_the_golden_values()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"), Nodes.Indicator("C"));
        var table = Build.Table(["A", "B", "C"], [10, 40, Nan]);

        Assert.Equal(20.0, Aggregation.Apply(table, framework, new AggregationSpec(AggregationMethod.Geometric))["U1", Nodes.Top], Tolerance);
        Assert.Equal(16.0, Aggregation.Apply(table, framework, new AggregationSpec(AggregationMethod.Harmonic))["U1", Nodes.Top], Tolerance);
    }

    [Fact]
    public void Geometric_and_harmonic_means_use_the_weights()
    {
        // Weights 1 and 2 on 10 and 40: geometric exp((ln 10 + 2 ln 40)/3) = 16000^(1/3); harmonic 3/(1/10 + 2/40) = 20.
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B") with { Weight = 2 });
        var table = Build.Table(["A", "B"], [10, 40]);

        Assert.Equal(Math.Cbrt(16_000), Aggregation.Apply(table, framework, new AggregationSpec(AggregationMethod.Geometric))["U1", Nodes.Top], Tolerance);
        Assert.Equal(20.0, Aggregation.Apply(table, framework, new AggregationSpec(AggregationMethod.Harmonic))["U1", Nodes.Top], Tolerance);
    }

    [Fact]
    public void Per_level_methods_override_the_default()
    {
        var spec = AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, AggregationMethod.Geometric) };
        var table = Build.Table(TinyIndex.IndicatorCodes, [10, 40, 20, 80]);

        var scores = Aggregation.Apply(table, TinyIndex.Framework(), spec);

        var p1 = Math.Cbrt(10 * 40 * 40);
        Assert.Equal(p1, scores["U1", "P1"], Tolerance);
        Assert.Equal(40.0, scores["U1", "P2"], Tolerance);
        Assert.Equal((p1 + 40) / 2, scores["U1", "Index"], Tolerance);
        Assert.Equal(AggregationMethod.Geometric, spec.MethodFor(2));
        Assert.Equal(AggregationMethod.Arithmetic, spec.MethodFor(3));
    }

    [Fact]
    public void The_data_availability_threshold_keeps_aggregates_at_or_above_it()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"), Nodes.Indicator("C"), Nodes.Indicator("D"));
        var table = Build.Table(["A", "B", "C", "D"], [1, 2, 3, 4], [1, 3, Nan, Nan], [1, Nan, Nan, Nan]);

        var half = Aggregation.Apply(table, framework, AggregationSpec.Arithmetic with { MinDataAvailability = 0.5 });
        var all = Aggregation.Apply(table, framework, AggregationSpec.Arithmetic with { MinDataAvailability = 1 });

        Assert.Equal([2.5, 2, Nan], Build.ColumnOf(half, Nodes.Top));
        Assert.Equal([2.5, Nan, Nan], Build.ColumnOf(all, Nodes.Top));
    }

    [Fact]
    public void The_data_availability_threshold_applies_at_every_level()
    {
        // U2 has only I2 under P1 (1 of 2 children, share 0.5 < 0.6) so P1 is missing; the index then has 1 of 2 too.
        var spec = AggregationSpec.Arithmetic with { MinDataAvailability = 0.6 };

        var scores = Aggregation.Apply(Normalised(), TinyIndex.Framework(), spec);

        Assert.True(double.IsNaN(scores["U2", "P1"]));
        Assert.True(double.IsNaN(scores["U2", "Index"]));
        Assert.Equal(50.0, scores["U1", "Index"], Tolerance);
    }

    [Fact]
    public void A_geometric_mean_meeting_zero_names_the_unit_and_the_node()
    {
        var table = Build.Table(TinyIndex.IndicatorCodes, [10, 40, 20, 80], [10, 40, 0, 80]);

        var exception = Problems.AssertSingle(
            () => Aggregation.Apply(table, TinyIndex.Framework(), new AggregationSpec(AggregationMethod.Geometric)),
            "unit \"U2\", node \"I3\"",
            "geometric mean for \"P2\" needs values greater than 0");
        Assert.Contains("this value is 0", exception.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_harmonic_mean_meeting_a_negative_value_names_the_unit_and_the_node() =>
        Problems.AssertSingle(
            () => Aggregation.Apply(Build.Table(TinyIndex.IndicatorCodes, [10, -4, 20, 80]), TinyIndex.Framework(), new AggregationSpec(AggregationMethod.Harmonic)),
            "unit \"U1\", node \"I2\"",
            "harmonic mean for \"P1\" needs values greater than 0, and this value is -4");

    [Fact]
    public void A_geometric_top_level_meeting_a_non_positive_aggregate_names_the_aggregate()
    {
        var spec = AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(3, AggregationMethod.Geometric) };

        Problems.AssertSingle(
            () => Aggregation.Apply(Build.Table(TinyIndex.IndicatorCodes, [0, 0, 20, 80]), TinyIndex.Framework(), spec),
            "unit \"U1\", node \"P1\"",
            "geometric mean for \"Index\"");
    }

    [Fact]
    public void Missing_values_do_not_trip_the_geometric_mean() =>
        Assert.Equal(
            40.0,
            Aggregation.Apply(Build.Table(TinyIndex.IndicatorCodes, [Nan, 40, 20, 80]), TinyIndex.Framework(), new AggregationSpec(AggregationMethod.Geometric))["U1", "P1"],
            Tolerance);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_data_availability_threshold_outside_zero_to_one_is_rejected(double threshold) =>
        Problems.AssertSingle(
            () => Aggregation.Apply(Normalised(), TinyIndex.Framework(), AggregationSpec.Arithmetic with { MinDataAvailability = threshold }),
            "aggregate.minDataAvailability",
            "is not a share in (0, 1]");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(0)]
    public void A_per_level_method_for_a_level_without_aggregates_is_rejected(int level) =>
        Problems.AssertSingle(
            () => Aggregation.Apply(Normalised(), TinyIndex.Framework(), AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(level, AggregationMethod.Geometric) }),
            $"aggregate.byLevel.{level}",
            $"no aggregate level {level} (levels 2 to 3)");

    [Fact]
    public void Every_problem_of_the_spec_is_reported_together()
    {
        var spec = new AggregationSpec(GeneralisedMeanAggregation.Create(double.PositiveInfinity))
        {
            MinDataAvailability = 2,
            ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, GeneralisedMeanAggregation.Create(double.NaN)).Add(7, AggregationMethod.Harmonic),
        };

        var exception = Problems.Thrown(() => Aggregation.Apply(Normalised(), TinyIndex.Framework(), spec));

        Problems.AssertHas(exception, "aggregate.minDataAvailability", "not a share");
        Problems.AssertHas(exception, "aggregate.byLevel.2", "generalisedMean needs a power");
        Problems.AssertHas(exception, "aggregate.byLevel.7", "no aggregate level 7");
        Problems.AssertHas(exception, "aggregate.method", "the power Infinity is not a finite number");
        Assert.Equal(4, exception.Problems.Length);
    }

    [Fact]
    public void A_table_without_units_aggregates_to_a_table_without_units()
    {
        var empty = UnitTable.FromRows([], TinyIndex.IndicatorCodes, []);

        var scores = Aggregation.Apply(empty, TinyIndex.Framework(), AggregationSpec.Arithmetic);

        Assert.Equal(0, scores.UnitCount);
        Assert.Equal(7, scores.ColumnCount);
    }

    [Fact]
    public void A_child_with_weight_zero_is_left_out_by_the_compiled_plan()
    {
        // The compiled plan (used by the uncertainty engine) takes its own weights; a zero weight excludes a child.
        var framework = TinyIndex.Framework();
        var plan = AggregationPlan.Compile(framework);
        var weights = plan.NominalWeights.ToArray();
        weights[framework.Nodes.IndexOf(framework["I2"])] = 0;

        var complete = Aggregation.Apply(Normalised(), plan, weights, AggregationSpec.Arithmetic, new ValidationProblems())!;

        Assert.Equal(10.0, complete["U1", "P1"], Tolerance);
        Assert.True(double.IsNaN(complete["U2", "P1"]));
        Assert.Equal(40.0, complete["U1", "Index"], Tolerance);
    }
}
