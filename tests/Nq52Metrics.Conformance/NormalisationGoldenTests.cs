using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Normalisation methods against values computed with COINr's <c>n_minmax</c>, <c>n_zscore</c>, <c>n_rank</c>,
/// <c>n_prank</c>, <c>n_goalposts</c> and <c>n_dist2targ</c>. Exact results are compared to 1e-9, rounded ones at
/// their published precision.
/// </summary>
public sealed class NormalisationGoldenTests
{
    private const int Exact = 9;

    private static readonly double[] X = [2, 4, 6, double.NaN, 10];

    private static readonly double[] Y = [3, 1, 3, 5, double.NaN, 2];

    [Fact]
    public void Min_max_0_100()
    {
        var actual = Normalise(X, SmallData.Indicator("x"), NormalisationMethod.MinMax(0, 100));
        Published.Equal([0, 25, 50, double.NaN, 100], Exact, actual, "minmax");
    }

    [Fact]
    public void Z_score_uses_the_sample_standard_deviation()
    {
        var actual = Normalise(X, SmallData.Indicator("x"), NormalisationMethod.ZScore(0, 1));
        Published.Equal([-1.0247, -0.4392, 0.1464, double.NaN, 1.3175], 4, actual, "zscore");
    }

    [Fact]
    public void Rank_is_ascending_with_ties_min()
    {
        var actual = Normalise(Y, SmallData.Indicator("y"), NormalisationMethod.Rank);
        Published.Equal([3, 1, 3, 5, double.NaN, 2], Exact, actual, "n_rank");
    }

    [Fact]
    public void Percentile_rank_is_rank_minus_one_over_n_minus_one()
    {
        var actual = Normalise(Y, SmallData.Indicator("y"), NormalisationMethod.PercentileRank);
        Published.Equal([0.5, 0, 0.5, 1, double.NaN, 0.25], Exact, actual, "n_prank");
    }

    [Fact]
    public void Goalposts_0_10_scaled_by_100_are_truncated()
    {
        var node = SmallData.Indicator("g") with { Goalposts = new Goalposts(0, 10) };
        var actual = Normalise([0, 5, 12, -3], node, NormalisationMethod.Goalposts(100, truncate: true));
        Published.Equal([0, 50, 100, 0], Exact, actual, "goalposts");
    }

    [Fact]
    public void Distance_to_target_10_is_capped_at_one()
    {
        var node = SmallData.Indicator("t") with { Target = 10 };
        var actual = Normalise([2, 5, 8, 12], node, NormalisationMethod.DistanceToTarget(capAtOne: true));
        Published.Equal([0, 0.375, 0.75, 1], Exact, actual, "dist2targ");
    }

    private static double[] Normalise(double[] values, FrameworkNode indicator, NormalisationMethod method)
    {
        var framework = SmallData.UnderOneIndex(indicator);
        return Normalisation.Apply(SmallData.Column(indicator.Code, values), framework, method).Column(indicator.Code).ToArray();
    }
}
