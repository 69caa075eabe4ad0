using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// A square, symmetric matrix of correlations between columns (indicators or aggregates), with unit diagonal, the
/// number of observations behind every coefficient and its two-sided p-value. Missing values (NaN) are handled as
/// COINr's <c>get_corr</c> does (R's <c>use = "pairwise.complete.obs"</c>): each pair uses the units where both values
/// are present. When no value is missing the whole matrix is one product ZᵀZ of the standardised columns.
/// Immutable; never holds NaN: an undefined coefficient is a validation problem instead.
/// </summary>
/// <remarks>
/// References: OECD/JRC <i>Handbook on Constructing Composite Indicators</i> (2008), step 4 (multivariate analysis);
/// COINr <c>get_corr</c> and <c>get_pvals</c>. The p-value is the usual t test of r = 0 with n − 2 degrees of freedom,
/// t = r·√((n − 2)/(1 − r²)), as R's <c>cor.test</c> computes it for Pearson's r; for Spearman's ρ it is the same
/// large-sample approximation.
/// </remarks>
public sealed class CorrelationMatrix
{
    /// <summary>The fewest observations a coefficient needs (with 2 points every correlation is ±1).</summary>
    public const int MinimumObservations = 3;

    private readonly double[] _r;
    private readonly int[] _n;

    private CorrelationMatrix(ImmutableArray<string> codes, CorrelationMethod method, double[] r, int[] n)
    {
        Codes = codes;
        Method = method;
        _r = r;
        _n = n;
    }

    /// <summary>The columns' codes, in the order of the rows and columns of the matrix.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>The coefficient computed.</summary>
    public CorrelationMethod Method { get; }

    /// <summary>The number of rows (and columns).</summary>
    public int Size => Codes.Length;

    /// <summary>The correlation of columns <paramref name="i"/> and <paramref name="j"/>, in [−1, 1]; 1 on the diagonal.</summary>
    /// <param name="i">Row, 0-based.</param>
    /// <param name="j">Column, 0-based.</param>
    public double this[int i, int j] => _r[(i * Size) + j];

    /// <summary>The correlation of two columns by code.</summary>
    /// <param name="row">A code of <see cref="Codes"/>.</param>
    /// <param name="column">A code of <see cref="Codes"/>.</param>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public double this[string row, string column] => this[IndexOf(row), IndexOf(column)];

    /// <summary>How many units had both values (pairwise-complete observations) for one coefficient.</summary>
    /// <param name="i">Row, 0-based.</param>
    /// <param name="j">Column, 0-based.</param>
    /// <returns>The count; on the diagonal, the column's non-missing values.</returns>
    public int Observations(int i, int j) => _n[(i * Size) + j];

    /// <summary>
    /// The two-sided p-value of the hypothesis "no correlation" for one coefficient: 0 when |r| = 1, and 0 on the
    /// diagonal.
    /// </summary>
    /// <param name="i">Row, 0-based.</param>
    /// <param name="j">Column, 0-based.</param>
    /// <returns>The p-value in [0, 1].</returns>
    public double PValue(int i, int j)
    {
        var r = this[i, j];
        var degrees = Observations(i, j) - 2;
        if (i == j || Math.Abs(r) >= 1)
        {
            return 0;
        }

        var t = Math.Abs(r) * Math.Sqrt(degrees / (1 - (r * r)));
        return Math.Clamp(2 * StudentT.CDF(0, 1, degrees, -t), 0, 1);
    }

    /// <summary>
    /// Correlates columns of a table. Fails, listing every problem with its location, when the table has fewer than
    /// <see cref="MinimumObservations"/> units, a code is not a column, a column is entirely missing or constant, or a
    /// pair shares fewer than <see cref="MinimumObservations"/> observations or is constant over them.
    /// </summary>
    /// <param name="table">The values (NaN = missing).</param>
    /// <param name="codes">The columns to correlate, in the order wanted; at least one.</param>
    /// <param name="method">Pearson (default) or Spearman.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="Nq52ValidationException">The coefficients are not all defined (every problem is listed).</exception>
    public static CorrelationMatrix Compute(UnitTable table, IReadOnlyList<string> codes, CorrelationMethod method = CorrelationMethod.Pearson) =>
        AuditColumns.Compute(table, codes, "correlation", (columns, problems) => Compute(codes, columns, method, "correlation", problems)!);

    /// <summary>Correlates columns; adds a located problem for each undefined coefficient and returns null if any.</summary>
    internal static CorrelationMatrix? Compute(
        IReadOnlyList<string> codes,
        IReadOnlyList<double[]> columns,
        CorrelationMethod method,
        string location,
        ValidationProblems problems)
    {
        var k = codes.Count;
        var before = problems.Count;
        if (k == 0)
        {
            problems.AddMessage(location, nameof(Messages.CorrelationNoColumns));
            return null;
        }

        var n = columns[0].Length;
        if (n < MinimumObservations)
        {
            problems.AddMessage(location, nameof(Messages.CorrelationTooFewUnits), n, MinimumObservations);
            return null;
        }

        var complete = true;
        for (var j = 0; j < k; j++)
        {
            var available = ColumnStatistics.CountAvailable(columns[j]);
            complete &= available == n;
            if (available == 0)
            {
                problems.AddMessage($"{location}, column \"{codes[j]}\"", nameof(Messages.CorrelationColumnMissing));
            }
            else if (IsConstant(columns[j]))
            {
                problems.AddMessage($"{location}, column \"{codes[j]}\"", nameof(Messages.CorrelationColumnConstant));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var r = new double[k * k];
        var counts = new int[k * k];
        if (complete)
        {
            FromProduct(columns, method, r);
            Array.Fill(counts, n);
        }
        else
        {
            Pairwise(codes, columns, method, location, problems, r, counts);
            if (problems.Count > before)
            {
                return null;
            }
        }

        return new CorrelationMatrix([.. codes], method, r, counts);
    }

    /// <summary>
    /// The correlation of two columns over the units where both are present; NaN when fewer than
    /// <see cref="MinimumObservations"/> units have both or either is constant over them.
    /// </summary>
    internal static double Pair(ReadOnlySpan<double> x, ReadOnlySpan<double> y, CorrelationMethod method, out int count)
    {
        var a = new double[x.Length];
        var b = new double[x.Length];
        count = 0;
        for (var u = 0; u < x.Length; u++)
        {
            if (!double.IsNaN(x[u]) && !double.IsNaN(y[u]))
            {
                a[count] = x[u];
                b[count] = y[u];
                count++;
            }
        }

        if (count < MinimumObservations)
        {
            return double.NaN;
        }

        var xs = a.AsSpan(0, count).ToArray();
        var ys = b.AsSpan(0, count).ToArray();
        if (method == CorrelationMethod.Spearman)
        {
            xs = Ranks(xs);
            ys = Ranks(ys);
        }

        var mx = ColumnStatistics.Mean(xs);
        var my = ColumnStatistics.Mean(ys);
        double sxy = 0, sxx = 0, syy = 0;
        for (var u = 0; u < count; u++)
        {
            var dx = xs[u] - mx;
            var dy = ys[u] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    private static void FromProduct(IReadOnlyList<double[]> columns, CorrelationMethod method, double[] r)
    {
        var k = columns.Count;
        var n = columns[0].Length;
        var standardised = new double[n * k];
        for (var j = 0; j < k; j++)
        {
            var x = method == CorrelationMethod.Spearman ? Ranks(columns[j]) : columns[j];
            var mean = ColumnStatistics.Mean(x);
            double ss = 0;
            foreach (var v in x)
            {
                ss += (v - mean) * (v - mean);
            }

            var scale = 1 / Math.Sqrt(ss);
            for (var u = 0; u < n; u++)
            {
                standardised[(j * n) + u] = (x[u] - mean) * scale;
            }
        }

        // Column-major n × k, so R = ZᵀZ is one product.
        var z = Matrix<double>.Build.Dense(n, k, standardised);
        var product = z.TransposeThisAndMultiply(z);
        for (var i = 0; i < k; i++)
        {
            r[(i * k) + i] = 1;
            for (var j = i + 1; j < k; j++)
            {
                var value = Math.Clamp(product[i, j], -1, 1);
                r[(i * k) + j] = value;
                r[(j * k) + i] = value;
            }
        }
    }

    private static void Pairwise(
        IReadOnlyList<string> codes,
        IReadOnlyList<double[]> columns,
        CorrelationMethod method,
        string location,
        ValidationProblems problems,
        double[] r,
        int[] counts)
    {
        var k = codes.Count;
        for (var i = 0; i < k; i++)
        {
            r[(i * k) + i] = 1;
            counts[(i * k) + i] = ColumnStatistics.CountAvailable(columns[i]);
            for (var j = i + 1; j < k; j++)
            {
                var value = Pair(columns[i], columns[j], method, out var count);
                if (double.IsNaN(value))
                {
                    var pair = $"{location}, columns \"{codes[i]}\" and \"{codes[j]}\"";
                    if (count < MinimumObservations)
                    {
                        problems.AddMessage(pair, nameof(Messages.CorrelationPairTooFew), count, MinimumObservations);
                    }
                    else
                    {
                        problems.AddMessage(pair, nameof(Messages.CorrelationPairConstant));
                    }
                    continue;
                }

                r[(i * k) + j] = value;
                r[(j * k) + i] = value;
                counts[(i * k) + j] = count;
                counts[(j * k) + i] = count;
            }
        }
    }

    /// <summary>Ascending ranks, ties sharing their average rank (R's <c>rank</c> default).</summary>
    private static double[] Ranks(double[] x) => Statistics.Ranks(x, RankDefinition.Average);

    private static bool IsConstant(ReadOnlySpan<double> x)
    {
        var (min, max, _) = ColumnStatistics.MinMax(x);
        return min == max;
    }

    private int IndexOf(string code)
    {
        var i = Codes.IndexOf(code, StringComparer.Ordinal);
        return i >= 0 ? i : throw new KeyNotFoundException($"No column \"{code}\" in the correlation matrix.");
    }
}
