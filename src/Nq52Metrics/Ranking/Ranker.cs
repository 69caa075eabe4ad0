using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Nq52Metrics.Ranking;

/// <summary>
/// Ranks scores: rank 1 = highest score, computed on the unrounded values. Missing scores (NaN) get a
/// missing rank and do not count. Ties follow a <see cref="TieMethod"/>.
/// </summary>
public static class Ranker
{
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
    /// Ranks scores into a new array by a rank spec: its tie rule and, when it names decimals, the scores rounded to
    /// them. A <see cref="TieMethod"/> converts to a spec: <c>Ranker.Rank(scores, TieMethod.Dense)</c>.
    /// </summary>
    /// <param name="scores">The scores (NaN = missing).</param>
    /// <param name="spec">The tie rule and precision; default competition ranks ("1224") of unrounded scores.</param>
    /// <returns>One rank per score, NaN for missing scores.</returns>
    /// <exception cref="ArgumentException">The spec is invalid (unknown tie rule, decimals outside 0–12).</exception>
    public static ImmutableArray<double> Rank(ReadOnlySpan<double> scores, RankingSpec? spec = null)
    {
        spec ??= RankingSpec.Default;
        if (spec.Problem() is { } problem)
        {
            throw new ArgumentException(problem.Message.ToString(), nameof(spec));
        }

        var ranks = new double[scores.Length];
        RankInto(scores, ranks, spec, new double[scores.Length], new int[scores.Length], new double[scores.Length]);
        return ImmutableArray.Create(ranks);
    }

    /// <summary>
    /// Rounds a score half-up (away from zero) to <paramref name="decimals"/> decimals in decimal arithmetic, from
    /// its 15 significant digits: the score a table published at that precision shows. NaN stays NaN; a magnitude of
    /// 10¹⁵ or more has no decimals to round and is returned as it is.
    /// </summary>
    /// <param name="score">The score.</param>
    /// <param name="decimals">Decimals to keep (0–12).</param>
    /// <returns>The rounded score.</returns>
    public static double RoundForRanking(double score, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, RankingSpec.MaxDecimals);
        if (!double.IsFinite(score) || Math.Abs(score) >= 1e15)
        {
            return score;
        }

        return (double)Math.Round((decimal)score, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Allocation-free ranking by a rank spec; <paramref name="rounded"/> is scratch for rounded scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RankInto(ReadOnlySpan<double> scores, Span<double> ranks, RankingSpec spec, Span<double> keys, Span<int> order, Span<double> rounded)
    {
        if (spec.Decimals is not { } k)
        {
            RankInto(scores, ranks, spec.Ties, keys, order);
            return;
        }

        var r = rounded[..scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            r[i] = RoundForRanking(scores[i], k);
        }

        RankInto(r, ranks, spec.Ties, keys, order);
    }

    /// <summary>
    /// Allocation-free ranking with caller-provided scratch buffers (each at least as long as the scores).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RankInto(ReadOnlySpan<double> scores, Span<double> ranks, TieMethod ties, Span<double> keys, Span<int> order)
    {
        if (ranks.Length != scores.Length)
        {
            throw new ArgumentException("The rank buffer must be as long as the scores.", nameof(ranks));
        }

        if ((uint)ties > (uint)TieMethod.Ordinal)
        {
            throw new ArgumentException($"Unknown tie method {ties}.", nameof(ties));
        }

        if (scores.Length <= VectorCountingLimit && scores.Length >= Vector<double>.Count && ties is TieMethod.Competition or TieMethod.Average)
        {
            RankByVectorCounting(scores, ranks, ties == TieMethod.Average);
            return;
        }

        if (scores.Length <= CountingLimit && ties != TieMethod.Dense)
        {
            RankByCounting(scores, ranks, ties);
            return;
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

    /// <summary>Up to this many scores, ranks are counted (n² comparisons, vectorised) instead of sorted (measured at 51 units, sorting was as fast or faster).</summary>
    private const int CountingLimit = 32;

    /// <summary>
    /// Ranks by counting, for competition, average and ordinal ties: with G the number of scores above a score and E
    /// the number equal to it (itself included), competition = G + 1, average = G + (E + 1)/2, ordinal = G + the
    /// number of equal scores before it + 1. Gives the sorting path's ranks exactly; NaN scores are not counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RankByCounting(ReadOnlySpan<double> scores, Span<double> ranks, TieMethod tieRule)
    {
        var n = scores.Length;
        var width = Vector<double>.Count;
        for (var i = 0; i < n; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s))
            {
                ranks[i] = double.NaN;
                continue;
            }

            var pivot = new Vector<double>(s);
            var above = Vector<long>.Zero;
            var equal = Vector<long>.Zero;
            var j = 0;
            for (; j <= n - width; j += width)
            {
                var v = new Vector<double>(scores.Slice(j, width));
                above -= Vector.GreaterThan(v, pivot);
                equal -= Vector.Equals(v, pivot);
            }

            var greater = Vector.Sum(above);
            var ties = Vector.Sum(equal);
            for (; j < n; j++)
            {
                greater += scores[j] > s ? 1 : 0;
                ties += scores[j] == s ? 1 : 0;
            }

            if (ties == 1 || tieRule == TieMethod.Competition)
            {
                ranks[i] = greater + 1;
            }
            else if (tieRule == TieMethod.Average)
            {
                ranks[i] = greater + ((ties + 1) / 2.0);
            }
            else
            {
                ranks[i] = greater + EqualBefore(scores, i, s) + 1;
            }
        }
    }

    /// <summary>
    /// Up to this many scores, competition and average ranks are counted a vector of scores at a time (n²/width
    /// comparisons, no sort). Measured per run: at 51 units (COINr's ASEM shape) counting took about half the time of
    /// sorting, at 132 units (the GII shape) about twice as long.
    /// </summary>
    private const int VectorCountingLimit = 80;

    /// <summary>
    /// Competition or average ranks by counting, for vectors of scores at once: for each other score, lanes whose score
    /// is below it count one more above (G) and, for average ranks, lanes equal to it count one more tie (E, itself
    /// included). Competition = G + 1, average = G + (E + 1)/2, the sorting path's ranks exactly; NaN scores are not
    /// counted and get NaN. Four vectors share each pass over the other scores (independent counters, so the
    /// comparisons overlap instead of waiting on one another); the last vector overlaps the one before when the count
    /// is not a multiple of the width. Needs at least one vector of scores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RankByVectorCounting(ReadOnlySpan<double> scores, Span<double> ranks, bool average)
    {
        var n = scores.Length;
        var width = Vector<double>.Count;
        ref var scoresRef = ref MemoryMarshal.GetReference(scores);
        ref var ranksRef = ref MemoryMarshal.GetReference(ranks);
        var vectors = (n + width - 1) / width;
        var last = n - width;
        var v = 0;
        for (; v + 4 <= vectors; v += 4)
        {
            var at0 = Math.Min(v * width, last);
            var at1 = Math.Min((v + 1) * width, last);
            var at2 = Math.Min((v + 2) * width, last);
            var at3 = Math.Min((v + 3) * width, last);
            var lanes0 = Vector.LoadUnsafe(ref scoresRef, (nuint)at0);
            var lanes1 = Vector.LoadUnsafe(ref scoresRef, (nuint)at1);
            var lanes2 = Vector.LoadUnsafe(ref scoresRef, (nuint)at2);
            var lanes3 = Vector.LoadUnsafe(ref scoresRef, (nuint)at3);
            Vector<long> above0 = default, above1 = default, above2 = default, above3 = default;
            Vector<long> equal0 = default, equal1 = default, equal2 = default, equal3 = default;
            for (var j = 0; j < n; j++)
            {
                var other = new Vector<double>(Unsafe.Add(ref scoresRef, j));
                above0 -= Vector.GreaterThan(other, lanes0);
                above1 -= Vector.GreaterThan(other, lanes1);
                above2 -= Vector.GreaterThan(other, lanes2);
                above3 -= Vector.GreaterThan(other, lanes3);
                if (average)
                {
                    equal0 -= Vector.Equals(other, lanes0);
                    equal1 -= Vector.Equals(other, lanes1);
                    equal2 -= Vector.Equals(other, lanes2);
                    equal3 -= Vector.Equals(other, lanes3);
                }
            }

            StoreRanks(lanes0, above0, equal0, average, ref ranksRef, at0);
            StoreRanks(lanes1, above1, equal1, average, ref ranksRef, at1);
            StoreRanks(lanes2, above2, equal2, average, ref ranksRef, at2);
            StoreRanks(lanes3, above3, equal3, average, ref ranksRef, at3);
        }

        for (; v < vectors; v++)
        {
            var at = Math.Min(v * width, last);
            var lanes = Vector.LoadUnsafe(ref scoresRef, (nuint)at);
            var above = Vector<long>.Zero;
            var equal = Vector<long>.Zero;
            for (var j = 0; j < n; j++)
            {
                var other = new Vector<double>(Unsafe.Add(ref scoresRef, j));
                above -= Vector.GreaterThan(other, lanes);
                if (average)
                {
                    equal -= Vector.Equals(other, lanes);
                }
            }

            StoreRanks(lanes, above, equal, average, ref ranksRef, at);
        }
    }

    /// <summary>Stores one vector's ranks from its counts: G + 1, or G + (E + 1)/2 for average ranks; NaN for a missing score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRanks(Vector<double> lanes, Vector<long> above, Vector<long> equal, bool average, ref double ranksRef, int at)
    {
        var one = Vector<double>.One;
        var rank = Vector.ConvertToDouble(above) + (average ? (Vector.ConvertToDouble(equal) + one) * new Vector<double>(0.5) : one);
        Vector.ConditionalSelect(Vector.Equals(lanes, lanes), rank, new Vector<double>(double.NaN)).StoreUnsafe(ref ranksRef, (nuint)at);
    }

    private static long EqualBefore(ReadOnlySpan<double> scores, int i, double s)
    {
        long count = 0;
        for (var j = 0; j < i; j++)
        {
            count += scores[j] == s ? 1 : 0;
        }

        return count;
    }
}
