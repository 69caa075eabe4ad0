using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Invariants of correlation matrices on random tables, with and without missing values.</summary>
public sealed class CorrelationMatrixProperties
{
    /// <summary>A random table of 5–30 units and 2–6 columns; each column keeps at least 3 shared units and some spread.</summary>
    internal static (UnitTable Table, string[] Codes) RandomTable(int seed, bool withMissing)
    {
        var rng = new Random(seed);
        var n = rng.Next(5, 31);
        var k = rng.Next(2, 7);
        var codes = Enumerable.Range(1, k).Select(j => $"C{j}").ToArray();
        var rows = new double[n][];
        for (var u = 0; u < n; u++)
        {
            rows[u] = new double[k];
            for (var j = 0; j < k; j++)
            {
                // Units 0–2 are always present and distinct, so every pair shares 3 units with some spread.
                var missing = withMissing && u >= 3 && rng.NextDouble() < 0.2;
                rows[u][j] = missing ? double.NaN : u < 3 ? (u * (j + 1)) + j : Math.Round((rng.NextDouble() - 0.3) * 100, rng.Next(0, 3));
            }
        }

        return (UnitTable.FromRows(TestData.Build.Units(n), codes, rows), codes);
    }

    [Property]
    public Property Correlation_matrices_are_symmetric_with_unit_diagonal_and_coefficients_in_minus_one_one(int seed, bool withMissing, bool spearman)
    {
        var (table, codes) = RandomTable(seed, withMissing);
        var matrix = CorrelationMatrix.Compute(table, codes, spearman ? CorrelationMethod.Spearman : CorrelationMethod.Pearson);

        var ok = true;
        for (var i = 0; i < matrix.Size; i++)
        {
            ok &= matrix[i, i] == 1;
            for (var j = 0; j < matrix.Size; j++)
            {
                ok &= matrix[i, j] == matrix[j, i] && matrix[i, j] is >= -1 and <= 1 && matrix.PValue(i, j) is >= 0 and <= 1;
            }
        }

        return ok.Label($"{codes.Length} columns, {table.UnitCount} units");
    }

    [Property]
    public bool The_matrix_product_of_complete_data_equals_the_pairwise_coefficients(int seed, bool spearman)
    {
        var (table, codes) = RandomTable(seed, withMissing: false);
        var method = spearman ? CorrelationMethod.Spearman : CorrelationMethod.Pearson;
        var matrix = CorrelationMatrix.Compute(table, codes, method);

        return Enumerable.Range(0, codes.Length).All(i => Enumerable.Range(0, codes.Length).Where(j => j != i).All(j =>
            Math.Abs(matrix[i, j] - CorrelationMatrix.Pair(table.Column(i), table.Column(j), method, out _)) < 1e-12));
    }
}
