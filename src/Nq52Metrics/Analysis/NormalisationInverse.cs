using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Maps a normalised value back to the value before normalisation (after outlier treatment), for the normalisations
/// that are invertible given the current column: min-max, goalposts, distance to target, none, and (approximately,
/// since its mean and sd move) z-score. Rank-based normalisations have no inverse. Used by
/// <see cref="WhatIfAnalysis"/>.
/// </summary>
internal static class NormalisationInverse
{
    public static bool IsInvertible(NormalisationMethod method) =>
        method is MinMaxNormalisation or GoalpostsNormalisation or DistanceToTargetNormalisation or NoNormalisation or ZScoreNormalisation;

    /// <summary>True when the unit's own value can move the bounds of the normalisation (min-max and distance to target use the column minimum).</summary>
    public static bool UsesColumnMinimum(NormalisationMethod method) => method is MinMaxNormalisation or DistanceToTargetNormalisation;

    /// <summary>The value before normalisation (in the indicator's own direction) that normalises to <paramref name="normalised"/>.</summary>
    public static double TreatedValue(NormalisationMethod method, FrameworkNode node, ReadOnlySpan<double> treated, double normalised)
    {
        var direction = (double)(int)node.Direction;
        var adjusted = new double[treated.Length];
        for (var i = 0; i < adjusted.Length; i++)
        {
            adjusted[i] = treated[i] * direction;
        }

        double value;
        switch (method)
        {
            case MinMaxNormalisation m:
            {
                var (min, max, _) = ColumnStatistics.MinMax(adjusted);
                value = min + ((normalised - m.Lower) / (m.Upper - m.Lower) * (max - min));
                break;
            }

            case GoalpostsNormalisation g:
            {
                var posts = node.Goalposts!;
                var (lower, upper) = node.Direction == Direction.Positive ? (posts.Lower, posts.Upper) : (-posts.Upper, -posts.Lower);
                value = lower + (normalised / g.Scale * (upper - lower));
                break;
            }

            case DistanceToTargetNormalisation:
            {
                var (min, _, _) = ColumnStatistics.MinMax(adjusted);
                var target = node.Target!.Value * direction;
                value = min + (normalised * (target - min));
                break;
            }

            case ZScoreNormalisation z:
            {
                var (mean, sd, _) = ColumnStatistics.MeanSd(adjusted);
                value = mean + ((normalised - z.Mean) / z.Sd * sd);
                break;
            }

            default:
                value = normalised;
                break;
        }

        return value * direction;
    }
}
