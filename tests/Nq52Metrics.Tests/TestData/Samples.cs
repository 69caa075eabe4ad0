using FsCheck;

namespace Nq52Metrics.Tests.TestData;

/// <summary>Turns FsCheck inputs and seeds into value columns for properties.</summary>
internal static class Samples
{
    /// <summary>The values of FsCheck's <see cref="NormalFloat"/>s (finite, never NaN).</summary>
    public static double[] Values(NormalFloat[] values) => values.Select(v => v.Get).ToArray();

    /// <summary>True when the values have at least two distinct values and a range that is a finite double.</summary>
    public static bool HasUsableSpread(IReadOnlyCollection<double> values)
    {
        var available = values.Where(v => !double.IsNaN(v)).ToArray();
        return available.Length >= 2 && available.Max() > available.Min() && double.IsFinite(available.Max() - available.Min());
    }

    /// <summary>
    /// A column of 2–40 values drawn from the seed: moderate magnitudes, some ties, and (when asked) about a fifth
    /// missing; always at least two distinct available values.
    /// </summary>
    public static double[] Column(int seed, bool withMissing = false)
    {
        var rng = new Random(seed);
        while (true)
        {
            var n = rng.Next(2, 41);
            var ties = rng.NextDouble() < 0.3;
            var scale = Math.Exp((rng.NextDouble() * 10) - 5);
            var offset = (rng.NextDouble() - 0.5) * 1000;
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = withMissing && rng.NextDouble() < 0.2
                    ? double.NaN
                    : offset + (scale * (ties ? rng.Next(0, 5) : rng.NextDouble()));
            }

            if (HasUsableSpread(values))
            {
                return values;
            }
        }
    }

    /// <summary>0–40 scores drawn from the seed, with frequent ties (small integers) and about a fifth missing.</summary>
    public static double[] Scores(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(0, 41);
        var distinct = rng.Next(1, 8);
        return Enumerable.Range(0, n)
            .Select(_ => rng.NextDouble() < 0.2 ? double.NaN : rng.Next(distinct) * 1.5)
            .ToArray();
    }

    /// <summary>
    /// A heavy-tailed column of 8–60 values drawn from the seed (log-normal, sometimes mirrored, sometimes with tied
    /// extremes, a few missing), so the skew/kurtosis rule often fails.
    /// </summary>
    /// <remarks>Unmirrored columns have a minimum of at least 1 (the GII log is meant for such data).</remarks>
    public static double[] Skewed(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(8, 61);
        var sigma = 0.5 + (rng.NextDouble() * 2);
        var mirrored = rng.NextDouble() < 0.3;
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            var v = 1 + Math.Round(Math.Exp(sigma * normal), 2);
            values[i] = rng.NextDouble() < 0.05 ? double.NaN : (mirrored ? -v : v);
        }

        if (rng.NextDouble() < 0.3)
        {
            // Tie the two largest magnitudes.
            var order = Enumerable.Range(0, n).Where(i => !double.IsNaN(values[i])).OrderByDescending(i => Math.Abs(values[i])).ToArray();
            if (order.Length >= 2)
            {
                values[order[1]] = values[order[0]];
            }
        }

        return values;
    }
}
