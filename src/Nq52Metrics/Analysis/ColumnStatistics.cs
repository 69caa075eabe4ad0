using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Statistics of one indicator column that skip missing values (NaN). Definitions follow COINr and Excel so
/// results can be compared with them: skewness is Excel's <c>SKEW</c> (adjusted Fisher–Pearson, type 2),
/// kurtosis is Excel's <c>KURT</c> (excess, type 2), the standard deviation is the sample one (n − 1).
/// </summary>
public static class ColumnStatistics
{
    /// <summary>Number of non-missing values.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The count of non-NaN values.</returns>
    public static int CountAvailable(ReadOnlySpan<double> x)
    {
        var count = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Minimum and maximum of the non-missing values; (NaN, NaN, 0) when there are none.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The minimum, the maximum and the number of non-missing values.</returns>
    public static (double Min, double Max, int Count) MinMax(ReadOnlySpan<double> x)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var count = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            count++;
            if (v < min)
            {
                min = v;
            }

            if (v > max)
            {
                max = v;
            }
        }

        return count == 0 ? (double.NaN, double.NaN, 0) : (min, max, count);
    }

    /// <summary>
    /// Mean of the non-missing values, computed in two passes (sum, then a correction by the mean residual) like R's
    /// <c>mean</c>; R accumulates in 80-bit precision and this in 64-bit, so results can differ in the last bits
    /// (≈1e-16 relative). NaN when there are none.
    /// </summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The mean.</returns>
    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        if (!double.IsFinite(sum) && Rescaled(x) is (var scaled, var exponent) && exponent != 0)
        {
            // The sum overflowed: the mean of finite values is finite, so take it of the values scaled by a power of
            // two (exact) and scale it back. (An infinite value among them cannot be scaled: its mean stays infinite.)
            return Math.ScaleB(Mean(scaled), exponent);
        }

        var mean = sum / count;
        double residual = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                residual += v - mean;
            }
        }

        return mean + (residual / count);
    }

    /// <summary>Mean and sample standard deviation (n − 1) of the non-missing values.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The mean, the sd (NaN with fewer than 2 values) and the count.</returns>
    public static (double Mean, double Sd, int Count) MeanSd(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        var count = CountAvailable(x);
        if (count < 2)
        {
            return (mean, double.NaN, count);
        }

        double ss = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                ss += d * d;
            }
        }

        return (mean, Math.Sqrt(ss / (count - 1)), count);
    }

    /// <summary>Median of the non-missing values (mean of the two middle values for an even count); NaN when none.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The median.</returns>
    public static double Median(ReadOnlySpan<double> x) => MedianOfAvailable(x, new double[x.Length]);

    /// <summary>Median of the non-missing values using a caller-provided scratch buffer (at least as long as the values).</summary>
    internal static double MedianOfAvailable(ReadOnlySpan<double> x, Span<double> scratch)
    {
        var count = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                scratch[count++] = v;
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        var values = scratch[..count];
        values.Sort();
        var mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>
    /// Skewness of the non-missing values as Excel's <c>SKEW</c>: with d = x − mean,
    /// g = √n·Σd³/(Σd²)^{3/2} and skew = g·√(n(n − 1))/(n − 2). NaN with fewer than 3 values or zero variance.
    /// </summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The skewness.</returns>
    public static double Skewness(ReadOnlySpan<double> x) => SkewnessAndKurtosis(x).Skew;

    /// <summary>
    /// Excess kurtosis of the non-missing values as Excel's <c>KURT</c>: r = n·Σd⁴/(Σd²)², kurt =
    /// ((n + 1)(r − 3) + 6)(n − 1)/((n − 2)(n − 3)). NaN with fewer than 4 values or zero variance.
    /// </summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <returns>The excess kurtosis.</returns>
    public static double Kurtosis(ReadOnlySpan<double> x) => SkewnessAndKurtosis(x).Kurtosis;

    /// <summary>
    /// Ascending ranks of the non-missing values with ties sharing the smallest rank (R <c>rank(ties = "min")</c>);
    /// missing values get NaN. Returns the number of ranked values.
    /// </summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <param name="destination">Receives the ranks; as long as <paramref name="x"/>.</param>
    /// <returns>The number of non-missing values.</returns>
    public static int AscendingMinRanks(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length != x.Length)
        {
            throw new ArgumentException("The destination must be as long as the values.", nameof(destination));
        }

        var keys = new double[x.Length];
        var order = new int[x.Length];
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                destination[i] = double.NaN;
                continue;
            }

            keys[count] = x[i];
            order[count] = i;
            count++;
        }

        keys.AsSpan(0, count).Sort(order.AsSpan(0, count));
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            for (var p = start; p < end; p++)
            {
                destination[order[p]] = start + 1;
            }

            start = end;
        }

        return count;
    }

    /// <summary>Skewness and excess kurtosis (as <see cref="Skewness"/> and <see cref="Kurtosis"/>) from one pass of central sums.</summary>
    internal static (double Skew, double Kurtosis) SkewnessAndKurtosis(ReadOnlySpan<double> x)
    {
        var (m2, m3, m4, n) = CentralSums(x);
        if (!double.IsFinite(m2) || !double.IsFinite(m3) || !double.IsFinite(m4) || (m2 == 0 && MinMax(x) is var (min, max, _) && max > min))
        {
            // Powers of the deviations overflowed (or underflowed to 0): skewness and kurtosis do not change with the
            // scale, so take them of the values scaled by a power of two.
            (m2, m3, m4, n) = CentralSums(Rescaled(x).Values);
        }

        return FromCentralSums(m2, m3, m4, n);
    }

    /// <summary>Skewness (Excel <c>SKEW</c>) and excess kurtosis (Excel <c>KURT</c>) from the central sums Σd², Σd³, Σd⁴ of n values.</summary>
    private static (double Skew, double Kurtosis) FromCentralSums(double m2, double m3, double m4, int n)
    {
        var skew = n < 3 || m2 == 0 ? double.NaN : Math.Sqrt(n) * m3 / Math.Pow(m2, 1.5) * Math.Sqrt(n * (n - 1.0)) / (n - 2.0);
        var kurt = n < 4 || m2 == 0 ? double.NaN : ((((n + 1.0) * ((n * m4 / (m2 * m2)) - 3.0)) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)));
        return (skew, kurt);
    }

    /// <summary>
    /// <see cref="SkewnessAndKurtosis"/> of every column of a column-major table (<paramref name="unitCount"/> values per
    /// column), bit for bit: four columns share each pass, one per vector lane, each lane adding its values in the
    /// same order with the same roundings (a missing value adds +0, which leaves a sum unchanged since a sum that
    /// starts at +0 is never −0). A column whose sums overflow, whose values are all missing or have no spread
    /// takes the one-column path, which handles those cases.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SkewnessAndKurtosisOfColumns(ReadOnlySpan<double> values, int unitCount, Span<double> skews, Span<double> kurtoses)
    {
        var columns = skews.Length;
        var j = 0;
        for (; j + 4 <= columns && unitCount > 0; j += 4)
        {
            var a = values.Slice(j * unitCount, unitCount);
            var b = values.Slice((j + 1) * unitCount, unitCount);
            var c = values.Slice((j + 2) * unitCount, unitCount);
            var d = values.Slice((j + 3) * unitCount, unitCount);
            var sum = Vector256<double>.Zero;
            var count = Vector256<long>.Zero;
            for (var i = 0; i < unitCount; i++)
            {
                var v = Vector256.Create(a[i], b[i], c[i], d[i]);
                var present = Vector256.Equals(v, v);
                sum += v & present;
                count -= present.AsInt64();
            }

            var n = Vector256.ConvertToDouble(count);
            var mean = sum / n;
            var residual = Vector256<double>.Zero;
            for (var i = 0; i < unitCount; i++)
            {
                var v = Vector256.Create(a[i], b[i], c[i], d[i]);
                residual += (v - mean) & Vector256.Equals(v, v);
            }

            mean += residual / n;
            var m2 = Vector256<double>.Zero;
            var m3 = Vector256<double>.Zero;
            var m4 = Vector256<double>.Zero;
            for (var i = 0; i < unitCount; i++)
            {
                var v = Vector256.Create(a[i], b[i], c[i], d[i]);
                var present = Vector256.Equals(v, v);
                var dev = v - mean;
                var dev2 = dev * dev;
                m2 += dev2 & present;
                m3 += (dev2 * dev) & present;
                m4 += (dev2 * dev2) & present;
            }

            for (var lane = 0; lane < 4; lane++)
            {
                var (skew, kurt) = double.IsFinite(sum[lane]) && count[lane] > 0 && m2[lane] > 0 && double.IsFinite(m2[lane]) && double.IsFinite(m3[lane]) && double.IsFinite(m4[lane])
                    ? FromCentralSums(m2[lane], m3[lane], m4[lane], (int)count[lane])
                    : SkewnessAndKurtosis(values.Slice((j + lane) * unitCount, unitCount));
                skews[j + lane] = skew;
                kurtoses[j + lane] = kurt;
            }
        }

        for (; j < columns; j++)
        {
            (skews[j], kurtoses[j]) = SkewnessAndKurtosis(values.Slice(j * unitCount, unitCount));
        }
    }

    /// <summary>
    /// A power of two that brings the largest magnitude of the non-missing values into [1, 2): multiplying by it is
    /// exact, so statistics that do not change with the scale can be computed on scaled values without overflow.
    /// 1 when there is no non-zero value.
    /// </summary>
    internal static double UnitScale(ReadOnlySpan<double> x)
    {
        double largest = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                largest = Math.Max(largest, Math.Abs(v));
            }
        }

        return largest > 0 && double.IsFinite(largest) ? Math.ScaleB(1.0, -Math.ILogB(largest)) : 1.0;
    }

    /// <summary>The values times <see cref="UnitScale"/>, and the binary exponent that scales a mean of them back.</summary>
    private static (double[] Values, int Exponent) Rescaled(ReadOnlySpan<double> x)
    {
        var scale = UnitScale(x);
        var values = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            values[i] = x[i] * scale;
        }

        return (values, -Math.ILogB(scale));
    }

    private static (double M2, double M3, double M4, int N) CentralSums(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double m2 = 0, m3 = 0, m4 = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            n++;
        }

        return (m2, m3, m4, n);
    }
}
