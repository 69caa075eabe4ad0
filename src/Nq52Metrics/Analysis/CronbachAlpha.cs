using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Cronbach's alpha of a set of items (the children of an aggregate): how consistently they measure one thing.
/// With k items and C their covariance matrix, alpha = k²·c̄ / ΣΣC, where c̄ is the mean off-diagonal covariance
/// — the same as (k/(k − 1))·(1 − Σvar / var(total)). Covariances use pairwise-complete observations and n − 1, as
/// COINr's <c>get_cronbach</c> does (R's <c>cov(use = "pairwise.complete.obs")</c>). Alpha is 1 for identical items,
/// near 0 for unrelated ones, and negative when items are negatively correlated; the OECD/JRC Handbook (2008) takes
/// 0.7 as the usual threshold of a coherent group.
/// </summary>
public static class CronbachAlpha
{
    /// <summary>Computes alpha of some columns of a table.</summary>
    /// <param name="table">The values (NaN = missing).</param>
    /// <param name="codes">The items' columns; at least 2.</param>
    /// <returns>Alpha (at most 1; may be negative).</returns>
    /// <exception cref="Nq52ValidationException">
    /// Fewer than 2 items or 3 units, an unknown or entirely missing column, a pair of items sharing fewer than 2
    /// observations, or items that do not vary (every problem is listed).
    /// </exception>
    public static double Compute(UnitTable table, IReadOnlyList<string> codes) =>
        AuditColumns.Compute(table, codes, "Cronbach's alpha", (columns, problems) => Compute(codes, columns, "Cronbach's alpha", problems));

    /// <summary>Alpha of the columns; NaN with a located problem added when it is undefined.</summary>
    internal static double Compute(IReadOnlyList<string> codes, IReadOnlyList<double[]> columns, string location, ValidationProblems problems)
    {
        var k = codes.Count;
        if (k < 2)
        {
            problems.AddMessage(location, nameof(Messages.AlphaTooFewItems), k);
            return double.NaN;
        }

        var n = columns[0].Length;
        if (n < CorrelationMatrix.MinimumObservations)
        {
            problems.AddMessage(location, nameof(Messages.AlphaTooFewUnits), n, CorrelationMatrix.MinimumObservations);
            return double.NaN;
        }

        var before = problems.Count;
        for (var i = 0; i < k; i++)
        {
            if (ColumnStatistics.CountAvailable(columns[i]) == 0)
            {
                problems.AddMessage($"{location}, column \"{codes[i]}\"", nameof(Messages.AnalysisAllValuesMissing));
            }
        }

        if (problems.Count > before)
        {
            return double.NaN;
        }

        double total = 0;
        double diagonal = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                var c = Covariance(columns[i], columns[j]);
                if (double.IsNaN(c))
                {
                    if (i != j)
                    {
                        problems.AddMessage($"{location}, columns \"{codes[i]}\" and \"{codes[j]}\"", nameof(Messages.AlphaPairTooFew));
                    }

                    continue;
                }

                total += i == j ? c : 2 * c;
                diagonal += i == j ? c : 0;
            }
        }

        if (problems.Count > before)
        {
            return double.NaN;
        }

        if (total == 0)
        {
            problems.AddMessage(location, nameof(Messages.AlphaNoVariation));
            return double.NaN;
        }

        var meanOffDiagonal = (total - diagonal) / (k * (k - 1.0));
        return k * (double)k * meanOffDiagonal / total;
    }

    /// <summary>Sample covariance (n − 1) over the units where both values are present; NaN with fewer than 2 such units.</summary>
    private static double Covariance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var u = 0; u < x.Length; u++)
        {
            if (!double.IsNaN(x[u]) && !double.IsNaN(y[u]))
            {
                sx += x[u];
                sy += y[u];
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var mx = sx / n;
        var my = sy / n;
        double s = 0;
        for (var u = 0; u < x.Length; u++)
        {
            if (!double.IsNaN(x[u]) && !double.IsNaN(y[u]))
            {
                s += (x[u] - mx) * (y[u] - my);
            }
        }

        return s / (n - 1);
    }
}
