namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Statistics of ranks held as counts per rank (rank × scale = 1·scale … n·scale; scale 2 holds the half ranks of
/// average ties), so memory does not grow with the number of runs
/// and quantiles are exact.
/// </summary>
internal static class RankHistogram
{
    /// <summary>Mean rank; NaN when the histogram is empty.</summary>
    public static double Mean(ReadOnlySpan<int> counts, int scale = 1)
    {
        long total = 0;
        double sum = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            sum += (double)(k + scale) / scale * counts[k];
        }

        return total == 0 ? double.NaN : sum / total;
    }

    /// <summary>
    /// Quantile of type 7 (R's default, linear interpolation between order statistics): with T values sorted,
    /// h = (T − 1)p + 1 and Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
    /// </summary>
    public static double Quantile(ReadOnlySpan<int> counts, double p, int scale = 1)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total == 0)
        {
            return double.NaN;
        }

        var h = ((total - 1) * p) + 1;
        var lower = (long)Math.Floor(h);
        var low = OrderStatistic(counts, lower, scale);
        if (lower >= total)
        {
            return low;
        }

        var high = OrderStatistic(counts, lower + 1, scale);
        return low + ((h - lower) * (high - low));
    }

    /// <summary>The j-th smallest rank (1-based j).</summary>
    private static double OrderStatistic(ReadOnlySpan<int> counts, long j, int scale)
    {
        long cumulative = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            cumulative += counts[k];
            if (cumulative >= j)
            {
                return (double)(k + scale) / scale;
            }
        }

        return (double)(counts.Length - 1 + scale) / scale;
    }
}
