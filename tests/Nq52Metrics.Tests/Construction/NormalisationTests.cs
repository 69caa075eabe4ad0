using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Every normalisation formula (with directions, targets and goalposts) and every way it can be undefined.</summary>
public sealed class NormalisationTests
{
    private const double Tolerance = 1e-9;
    private static readonly double Nan = double.NaN;

    private static double[] Normalise(NormalisationMethod method, FrameworkNode indicator, params double[] values)
    {
        var table = Build.Column(indicator.Code, values);
        return Build.ColumnOf(Normalisation.Apply(table, Nodes.Flat(indicator), method), indicator.Code);
    }

    private static double[] Normalise(NormalisationMethod method, params double[] values) =>
        Normalise(method, Nodes.Indicator("X"), values);

    private static void AssertClose(double[] expected, double[] actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                double.IsNaN(expected[i]) ? double.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"Position {i}: expected {expected[i]}, got {actual[i]}.");
        }
    }

    [Fact]
    public void MinMax_maps_the_range_onto_0_100_and_keeps_missing_values()
    {
        AssertClose([0, 25, 50, Nan, 100], Normalise(NormalisationMethod.MinMax(), 2, 4, 6, Nan, 10));
    }

    [Fact]
    public void MinMax_maps_onto_any_bounds()
    {
        AssertClose([1, 25.75, 50.5, 100], Normalise(NormalisationMethod.MinMax(1, 100), 2, 4, 6, 10));
        AssertClose([-1, 0, 1], Normalise(NormalisationMethod.MinMax(-1, 1), 3, 5, 7));
    }

    [Fact]
    public void MinMax_of_a_negative_indicator_gives_the_best_score_to_the_lowest_value()
    {
        AssertClose([100, 75, 50, Nan, 0], Normalise(NormalisationMethod.MinMax(), Nodes.Indicator("X", Direction.Negative), 2, 4, 6, Nan, 10));
    }

    [Fact]
    public void ZScore_uses_the_sample_standard_deviation()
    {
        AssertClose([-1.0247, -0.4392, 0.1464, Nan, 1.3175], Normalise(NormalisationMethod.ZScore(), 2, 4, 6, Nan, 10), 1e-4);
    }

    [Fact]
    public void ZScore_rescales_to_the_requested_mean_and_sd()
    {
        // mean 4, sample sd 2 → z = −1, 0, 1.
        AssertClose([80, 100, 120], Normalise(NormalisationMethod.ZScore(100, 20), 2, 4, 6));
        AssertClose([120, 100, 80], Normalise(NormalisationMethod.ZScore(100, 20), Nodes.Indicator("X", Direction.Negative), 2, 4, 6));
    }

    [Fact]
    public void Rank_is_ascending_with_ties_taking_the_smallest_rank()
    {
        AssertClose([3, 1, 3, 5, Nan, 2], Normalise(NormalisationMethod.Rank, 3, 1, 3, 5, Nan, 2));
    }

    [Fact]
    public void Rank_of_a_negative_indicator_ranks_the_lowest_value_highest()
    {
        AssertClose([2, 5, 2, 1, Nan, 4], Normalise(NormalisationMethod.Rank, Nodes.Indicator("X", Direction.Negative), 3, 1, 3, 5, Nan, 2));
    }

    [Fact]
    public void PercentileRank_is_rank_minus_one_over_count_minus_one()
    {
        AssertClose([0.5, 0, 0.5, 1, Nan, 0.25], Normalise(NormalisationMethod.PercentileRank, 3, 1, 3, 5, Nan, 2));
    }

    [Fact]
    public void Goalposts_scale_and_truncate()
    {
        var indicator = Nodes.Indicator("X") with { Goalposts = new Goalposts(0, 10) };

        AssertClose([0, 50, 100, 0, Nan], Normalise(NormalisationMethod.Goalposts(), indicator, 0, 5, 12, -3, Nan));
        AssertClose([0, 50, 120, -30], Normalise(NormalisationMethod.Goalposts(truncate: false), indicator, 0, 5, 12, -3));
        AssertClose([0, 0.5, 1, 0], Normalise(NormalisationMethod.Goalposts(scale: 1), indicator, 0, 5, 12, -3));
    }

    [Fact]
    public void Goalposts_of_a_negative_indicator_measure_from_the_upper_post()
    {
        // (x − U)/(L − U): 0 → 1, 5 → 0.5, 12 → −0.2 (truncated to 0), −3 → 1.3 (truncated to 1).
        var indicator = Nodes.Indicator("X", Direction.Negative) with { Goalposts = new Goalposts(0, 10) };

        AssertClose([100, 50, 0, 100], Normalise(NormalisationMethod.Goalposts(), indicator, 0, 5, 12, -3));
        AssertClose([100, 50, -20, 130], Normalise(NormalisationMethod.Goalposts(truncate: false), indicator, 0, 5, 12, -3));
    }

    [Fact]
    public void Distance_to_target_measures_from_the_worst_value_and_may_cap_at_one()
    {
        var indicator = Nodes.Indicator("X") with { Target = 10 };

        AssertClose([0, 0.375, 0.75, 1, Nan], Normalise(NormalisationMethod.DistanceToTarget(capAtOne: true), indicator, 2, 5, 8, 12, Nan));
        AssertClose([0, 0.375, 0.75, 1.25], Normalise(NormalisationMethod.DistanceToTarget(), indicator, 2, 5, 8, 12));
    }

    [Fact]
    public void Distance_to_target_of_a_negative_indicator_measures_from_the_maximum()
    {
        // (max − x)/(max − T) with max 12, T 4: 2 → 1.25, 5 → 0.875, 8 → 0.5, 12 → 0.
        var indicator = Nodes.Indicator("X", Direction.Negative) with { Target = 4 };

        AssertClose([1.25, 0.875, 0.5, 0], Normalise(NormalisationMethod.DistanceToTarget(), indicator, 2, 5, 8, 12));
        AssertClose([1, 0.875, 0.5, 0], Normalise(NormalisationMethod.DistanceToTarget(capAtOne: true), indicator, 2, 5, 8, 12));
    }

    [Fact]
    public void None_only_applies_the_direction()
    {
        AssertClose([1, 2, Nan], Normalise(NormalisationMethod.None, 1, 2, Nan));
        AssertClose([-1, -2, Nan], Normalise(NormalisationMethod.None, Nodes.Indicator("X", Direction.Negative), 1, 2, Nan));
    }

    [Fact]
    public void A_column_with_no_value_stays_missing()
    {
        AssertClose([Nan, Nan], Normalise(NormalisationMethod.MinMax(), Nan, Nan));
        AssertClose([Nan, Nan], Normalise(NormalisationMethod.ZScore(), Nan, Nan));
    }

    [Fact]
    public void Each_column_is_normalised_with_its_own_indicator()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B", Direction.Negative));
        var table = Build.Table(["A", "B"], [1, 1], [2, 2], [3, 3]);

        var result = Normalisation.Apply(table, framework, NormalisationMethod.MinMax());

        Assert.Equal(["A", "B"], result.Columns);
        AssertClose([0, 50, 100], Build.ColumnOf(result, "A"));
        AssertClose([100, 50, 0], Build.ColumnOf(result, "B"));
    }

    [Fact]
    public void MinMax_of_finite_values_whose_range_overflows_is_not_a_silent_NaN()
    {
        // max − min = 2e308 is not a finite double, yet the formula is defined (0, 50, 100). The method's contract is
        // "an error naming the indicator, never a silent NaN", so either the values or a validation error will do.
        double[] result;
        try
        {
            result = Normalise(NormalisationMethod.MinMax(), -1e308, 0, 1e308);
        }
        catch (Nq52ValidationException exception)
        {
            Problems.AssertHas(exception, "indicator \"X\"", "");
            return;
        }

        AssertClose([0, 50, 100], result);
    }

    [Fact]
    public void MinMax_of_a_constant_column_is_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.MinMax(), 3, 3, Nan, 3), "indicator \"X\"", "every available value is the same");

    [Fact]
    public void ZScore_of_a_constant_column_is_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.ZScore(), 3, 3, 3), "indicator \"X\"", "z-score is undefined");

    [Fact]
    public void ZScore_of_a_single_value_is_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.ZScore(), 3, Nan), "indicator \"X\"", "z-score is undefined");

    [Fact]
    public void PercentileRank_of_a_single_value_is_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.PercentileRank, Nan, 3), "indicator \"X\"", "percentile rank is undefined");

    [Fact]
    public void Distance_to_target_without_a_target_is_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.DistanceToTarget(), 1, 2), "indicator \"X\"", "needs a target");

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    public void Distance_to_a_target_not_better_than_the_worst_value_is_rejected(double target) =>
        Problems.AssertSingle(
            () => Normalise(NormalisationMethod.DistanceToTarget(), Nodes.Indicator("X") with { Target = target }, 1, 2, 3),
            "indicator \"X\"",
            "not better than the worst value");

    [Fact]
    public void Goalposts_without_goalposts_are_rejected() =>
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Goalposts(), 1, 2), "indicator \"X\"", "needs goalposts");

    [Fact]
    public void Every_undefined_indicator_is_reported_together()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"), Nodes.Indicator("C"));
        var table = Build.Table(["A", "B", "C"], [1, 5, 1], [1, 6, 2], [1, 7, 2]);

        var exception = Problems.Thrown(() => Normalisation.Apply(table, framework, NormalisationMethod.DistanceToTarget()));

        Assert.Equal(["indicator \"A\"", "indicator \"B\"", "indicator \"C\""], exception.Problems.Select(p => p.Location));
        Assert.Equal(
            ["indicator \"A\"", "indicator \"C\""],
            Problems.Thrown(() => Normalisation.Apply(Build.Table(["A", "B", "C"], [1, 5, 1], [1, 6, 1]), framework, NormalisationMethod.MinMax()))
                .Problems.Select(p => p.Location));
    }

    public static TheoryData<NormalisationMethod, string> InvalidMethods() => new()
    {
        { NormalisationMethod.MinMax(5, 5), "min-max bounds" },
        { NormalisationMethod.MinMax(100, 0), "min-max bounds" },
        { NormalisationMethod.MinMax(double.NaN, 1), "min-max bounds" },
        { NormalisationMethod.MinMax(0, double.PositiveInfinity), "min-max bounds" },
        { NormalisationMethod.ZScore(0, 0), "z-score parameters" },
        { NormalisationMethod.ZScore(0, -1), "z-score parameters" },
        { NormalisationMethod.ZScore(double.NaN, 1), "z-score parameters" },
        { NormalisationMethod.Goalposts(0), "goalpost scale" },
        { NormalisationMethod.Goalposts(double.NaN), "goalpost scale" },
    };

    [Theory]
    [MemberData(nameof(InvalidMethods))]
    public void Invalid_method_parameters_are_rejected(NormalisationMethod method, string fragment) =>
        Problems.AssertSingle(() => Normalise(method, 1, 2), "normalise", fragment);
}
