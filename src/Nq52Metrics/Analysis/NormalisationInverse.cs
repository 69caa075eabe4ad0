using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Maps a normalised value back to the value before normalisation (after outlier treatment), for the normalisations
/// that are invertible given the current column: min-max, goalposts, distance to target, scaled, none, and
/// (approximately, since their statistics move with the unit's value) z-score, ratio, relative difference and
/// proportion. Rank-based and above/below-mean normalisations have no inverse. Used by
/// <see cref="WhatIfAnalysis"/>.
/// </summary>
internal static class NormalisationInverse
{
    public static bool IsInvertible(NormalisationMethod method) => method.IsInvertible;

    /// <summary>True when the unit's own value can move the bounds of the normalisation (min-max and distance to target use the column minimum).</summary>
    public static bool UsesColumnMinimum(NormalisationMethod method) => method.UsesColumnMinimum;

    /// <summary>The value before normalisation (in the indicator's own direction) that normalises to <paramref name="normalised"/> under <paramref name="method"/> (the indicator's own).</summary>
    public static double TreatedValue(NormalisationMethod method, FrameworkNode node, ReadOnlySpan<double> treated, ImmutableArray<Unit> units, double normalised)
    {
        var direction = (double)(int)node.Direction;
        var adjusted = new double[treated.Length];
        for (var i = 0; i < adjusted.Length; i++)
        {
            adjusted[i] = treated[i] * direction;
        }

        var target = node.Target is { } t ? t * direction : double.NaN;
        (double, double)? goalposts = node.Goalposts is { } g
            ? (node.Direction == Direction.Positive ? (g.Lower, g.Upper) : (-g.Upper, -g.Lower))
            : null;
        return method.Invert(adjusted, new NormalisationColumn(target, goalposts, node.Direction, units), normalised) * direction;
    }
}
