using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>PCA worked by hand on two items, its invariants on random tables, and its undefined cases.</summary>
public sealed class PrincipalComponentsTests
{
    [Fact]
    public void Two_items_have_eigenvalues_one_plus_and_minus_r_and_diagonal_eigenvectors()
    {
        // r(x, y) = √0.6 (see the correlation tests). A 2 × 2 correlation matrix has eigenvalues 1 ± r with eigenvectors
        // (1, 1)/√2 and (1, −1)/√2.
        var pca = PrincipalComponents.Compute(Build.Table(["x", "y"], [1, 2], [2, 4], [3, 5], [4, 4], [5, 5]), ["x", "y"]);

        var r = Math.Sqrt(0.6);
        Assert.Equal(1 + r, pca.Eigenvalues[0], 12);
        Assert.Equal(1 - r, pca.Eigenvalues[1], 12);
        Assert.Equal((1 + r) / 2, pca.Shares[0], 12);
        Assert.Equal(1, pca.Cumulative[1], 12);
        Assert.Equal(1 / Math.Sqrt(2), pca.Loading(0, 0), 12);
        Assert.Equal(1 / Math.Sqrt(2), pca.Loading(1, 0), 12);
        Assert.Equal(-1, pca.Loading(0, 1) * pca.Loading(1, 1) * 2, 12);
        Assert.False(pca.MixedSigns);
        Assert.Equal([0.5, 0.5], pca.FirstComponentWeights.Select(w => Math.Round(w, 12)));
        Assert.Equal(5, pca.Units);
    }

    [Fact]
    public void Negatively_correlated_items_give_a_first_component_of_mixed_signs()
    {
        var pca = PrincipalComponents.Compute(Build.Table(["x", "y"], [1, -2], [2, -4], [3, -5], [4, -4], [5, -5]), ["x", "y"]);

        Assert.True(pca.MixedSigns);
        Assert.Equal(1 + Math.Sqrt(0.6), pca.Eigenvalues[0], 12);
    }

    [Fact]
    public void Units_with_a_missing_item_are_left_out()
    {
        var pca = PrincipalComponents.Compute(Build.Table(["x", "y"], [1, 2], [2, 4], [3, 5], [4, 4], [5, 5], [6, double.NaN]), ["x", "y"]);

        Assert.Equal(5, pca.Units);
        Assert.Equal(1 + Math.Sqrt(0.6), pca.Eigenvalues[0], 12);
    }

    [Property]
    public Property Eigenvectors_are_orthonormal_and_eigenvalues_sum_to_the_number_of_items(int seed)
    {
        var (table, codes) = CorrelationMatrixProperties.RandomTable(seed, withMissing: false);
        var pca = PrincipalComponents.Compute(table, codes);
        var k = codes.Length;

        var ok = Math.Abs(pca.Eigenvalues.Sum() - k) < 1e-9 && pca.Eigenvalues.All(e => e >= 0);
        for (var a = 0; a < k; a++)
        {
            ok &= a == 0 || pca.Eigenvalues[a] <= pca.Eigenvalues[a - 1];
            for (var b = 0; b < k; b++)
            {
                var dot = Enumerable.Range(0, k).Sum(i => pca.Loading(i, a) * pca.Loading(i, b));
                ok &= Math.Abs(dot - (a == b ? 1 : 0)) < 1e-9;
            }
        }

        return ok.Label($"{k} items, eigenvalues {string.Join(", ", pca.Eigenvalues)}");
    }

    [Fact]
    public void A_PCA_of_one_item_too_few_complete_units_or_a_constant_item_are_located_problems()
    {
        var table = Build.Table(["x", "y", "c"], [1, 2, 4], [2, double.NaN, 4], [3, 5, 4], [4, double.NaN, 4]);

        Assert.Equal("PCA: a PCA of 1 item is meaningless: it needs at least 2.", Assert.Throws<Nq52ValidationException>(() => PrincipalComponents.Compute(table, ["x"])).Message);
        Assert.Contains("2 units: correlations need at least 3", Assert.Throws<Nq52ValidationException>(() => PrincipalComponents.Compute(table, ["x", "y"])).Message, StringComparison.Ordinal);
        Assert.Equal("PCA (4 units with every item), column \"c\"", Assert.Throws<Nq52ValidationException>(() => PrincipalComponents.Compute(table, ["x", "c"])).Problems[0].Location);
    }
}
