using System.Collections.Immutable;

namespace Nq52Metrics.Ranking;

/// <summary>
/// Ranks scores: rank 1 = highest score, computed on the unrounded values. Missing scores (NaN) get a
/// missing rank and do not count. Ties follow a <see cref="TieMethod"/>.
/// </summary>
public static class Ranker
{
    /// <summary>Ranks scores into a new array.</summary>
    /// <param name="scores">The scores (NaN = missing).</param>
    /// <param name="ties">The tie rule; default competition ("1224").</param>
    /// <returns>One rank per score, NaN for missing scores.</returns>
    public static ImmutableArray<double> Rank(ReadOnlySpan<double> scores, TieMethod ties = TieMethod.Competition)
    {
        var ranks = new double[scores.Length];
        RankInto(scores, ranks, ties);
        return ImmutableArray.Create(ranks);
    }

    /// <summary>Ranks scores into <paramref name="ranks"/> (same length).</summary>
    /// <param name="scores">The scores (NaN = missing).</param>
    /// <param name="ranks">Receives one rank per score.</param>
    /// <param name="ties">The tie rule.</param>
    /// <exception cref="ArgumentException">The spans differ in length or the tie rule is unknown.</exception>
    public static void RankInto(ReadOnlySpan<double> scores, Span<double> ranks, TieMethod ties)
    {
        var keys = new double[scores.Length];
        var order = new int[scores.Length];
        RankInto(scores, ranks, ties, keys, order);
    }

    /// <summary>
    /// Allocation-free ranking with caller-provided scratch buffers (each at least as long as the scores).
    /// </summary>
    internal static void RankInto(ReadOnlySpan<double> scores, Span<double> ranks, TieMethod ties, Span<double> keys, Span<int> order)
    {
        if (ranks.Length != scores.Length)
        {
            throw new ArgumentException("The rank buffer must be as long as the scores.", nameof(ranks));
        }

        if (!Enum.IsDefined(ties))
        {
            throw new ArgumentException($"Unknown tie method {ties}.", nameof(ties));
        }

        var n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s))
            {
                ranks[i] = double.NaN;
                continue;
            }

            keys[n] = -s;
            order[n] = i;
            n++;
        }

        var k = keys[..n];
        var o = order[..n];
        k.Sort(o);
        var dense = 0;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && k[end] == k[start])
            {
                end++;
            }

            dense++;
            if (ties == TieMethod.Ordinal && end - start > 1)
            {
                o[start..end].Sort();
            }

            for (var p = start; p < end; p++)
            {
                ranks[o[p]] = ties switch
                {
                    TieMethod.Competition => start + 1,
                    TieMethod.Dense => dense,
                    TieMethod.Average => (start + end + 1) / 2.0,
                    _ => p + 1,
                };
            }

            start = end;
        }
    }
}
