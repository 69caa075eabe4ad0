using System.Collections.Immutable;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Estimators of variance-based sensitivity indices from the outputs of a Saltelli design: y_A and y_B (N runs each)
/// and y_ABi (N runs each, A with column i taken from B). With V the sample variance (n − 1) of [y_A; y_B]:
/// S_i = mean(y_B·(y_ABi − y_A))/V (Saltelli et al. 2010) and ST_i = Σ(y_A − y_ABi)²/(2N·V) (Jansen 1999). The
/// outputs are first centred on the mean of [y_A; y_B]: this leaves both estimators' expected values unchanged and makes
/// S_i far less noisy when the outputs are far from 0 (mean rank shifts are).
/// Confidence intervals resample the N rows with replacement (no new model runs).
/// </summary>
public static class SobolEstimator
{
    /// <summary>Estimates S_i and ST_i for every input, with bootstrap 5 %/95 % quantiles (type 7).</summary>
    /// <param name="names">The inputs' names (d of them).</param>
    /// <param name="yA">Outputs of the A runs (N).</param>
    /// <param name="yB">Outputs of the B runs (N).</param>
    /// <param name="yAB">Outputs of the AB_i runs, d arrays of N.</param>
    /// <param name="bootstrapSamples">Resamples for the intervals (0 = none: the intervals are NaN).</param>
    /// <param name="seed">Seed of the resampling.</param>
    /// <returns>One index per input.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 rows, or zero output variance.</exception>
    public static ImmutableArray<SensitivityIndex> Estimate(
        IReadOnlyList<string> names,
        ReadOnlySpan<double> yA,
        ReadOnlySpan<double> yB,
        IReadOnlyList<double[]> yAB,
        int bootstrapSamples = 1000,
        ulong seed = 1)
    {
        var indices = TryEstimate(names, yA, yB, yAB, bootstrapSamples, seed, out var problem);
        return problem is null ? indices : throw new ArgumentException(problem.ToString(), nameof(yA));
    }

    /// <summary>
    /// As <see cref="Estimate"/>, with the data's problem (fewer than 2 rows, zero output variance) returned as a
    /// translatable message and no indices instead of thrown.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ (a programming error).</exception>
    internal static ImmutableArray<SensitivityIndex> TryEstimate(
        IReadOnlyList<string> names,
        ReadOnlySpan<double> yA,
        ReadOnlySpan<double> yB,
        IReadOnlyList<double[]> yAB,
        int bootstrapSamples,
        ulong seed,
        out Localization.MessageText? problem)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(yAB);
        problem = null;
        var n = yA.Length;
        if (yB.Length != n || yAB.Count != names.Count || yAB.Any(y => y.Length != n))
        {
            throw new ArgumentException("y_A, y_B and every y_ABi must have the same length, and there must be one y_ABi per input.");
        }

        if (n < 2)
        {
            problem = Localization.MessageText.Of(nameof(Localization.Messages.SensitivityTooFewRows), n);
            return [];
        }

        var centre = 0.0;
        for (var r = 0; r < n; r++)
        {
            centre += yA[r] + yB[r];
        }

        centre /= 2.0 * n;
        var a = new double[n];
        var bOut = new double[n];
        for (var r = 0; r < n; r++)
        {
            a[r] = yA[r] - centre;
            bOut[r] = yB[r] - centre;
        }

        var ab = yAB.Select(y => y.Select(v => v - centre).ToArray()).ToList();
        yA = a;
        yB = bOut;
        yAB = ab;
        var all = Enumerable.Range(0, n).ToArray();
        var variance = Variance(yA, yB, all);
        if (!(variance > 0))
        {
            problem = Localization.MessageText.Of(nameof(Localization.Messages.SensitivityNoVariance));
            return [];
        }

        var d = names.Count;
        var rows = new int[n];
        var first = new double[d][];
        var total = new double[d][];
        for (var i = 0; i < d; i++)
        {
            first[i] = new double[bootstrapSamples];
            total[i] = new double[bootstrapSamples];
        }

        for (var b = 0; b < bootstrapSamples; b++)
        {
            // One resample of the rows per bootstrap draw, shared by every input (as COINr does).
            var state = RunRandom.Bits(seed, RunRandom.StreamBootstrap, b, 0);
            for (var r = 0; r < n; r++)
            {
                var bits = RunRandom.Next(ref state);
                rows[r] = (int)((bits >> 11) * (1.0 / (1UL << 53)) * n);
            }

            var v = Variance(yA, yB, rows);
            for (var i = 0; i < d; i++)
            {
                (first[i][b], total[i][b]) = v > 0 ? Indices(yA, yB, yAB[i], rows, v) : (double.NaN, double.NaN);
            }
        }

        var result = ImmutableArray.CreateBuilder<SensitivityIndex>(d);
        for (var i = 0; i < d; i++)
        {
            var (s, st) = Indices(yA, yB, yAB[i], all, variance);
            result.Add(new SensitivityIndex(
                names[i], s, st,
                Quantile(first[i], 0.05), Quantile(first[i], 0.95), Quantile(total[i], 0.05), Quantile(total[i], 0.95)));
        }

        return result.MoveToImmutable();
    }

    private static (double First, double Total) Indices(ReadOnlySpan<double> yA, ReadOnlySpan<double> yB, double[] yABi, int[] rows, double variance)
    {
        double first = 0, total = 0;
        foreach (var r in rows)
        {
            first += yB[r] * (yABi[r] - yA[r]);
            var d = yA[r] - yABi[r];
            total += d * d;
        }

        return (first / rows.Length / variance, total / (2.0 * rows.Length * variance));
    }

    private static double Variance(ReadOnlySpan<double> yA, ReadOnlySpan<double> yB, int[] rows)
    {
        double sum = 0;
        foreach (var r in rows)
        {
            sum += yA[r] + yB[r];
        }

        var count = 2 * rows.Length;
        var mean = sum / count;
        double ss = 0;
        foreach (var r in rows)
        {
            ss += ((yA[r] - mean) * (yA[r] - mean)) + ((yB[r] - mean) * (yB[r] - mean));
        }

        return ss / (count - 1);
    }

    /// <summary>Type-7 quantile of the finite values (NaN when there are none).</summary>
    internal static double Quantile(double[] values, double p)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = ((sorted.Length - 1) * p) + 1;
        var lower = (int)Math.Floor(h);
        var low = sorted[lower - 1];
        return lower >= sorted.Length ? low : low + ((h - lower) * (sorted[lower] - low));
    }
}
