using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Cronbach's alpha worked by hand, its identical-items property, and its undefined cases.</summary>
public sealed class CronbachAlphaTests
{
    [Fact]
    public void Two_items_match_the_hand_computation()
    {
        // a = (1, 2, 3), b = (1, 3, 2): var a = var b = 1, cov = 1/2; ΣΣC = 3, mean off-diagonal 1/2, alpha = 4·½/3 = 2/3
        // (and (k/(k−1))(1 − Σvar/var(total)) = 2(1 − 2/3) = 2/3).
        var alpha = CronbachAlpha.Compute(Build.Table(["a", "b"], [1, 1], [2, 3], [3, 2]), ["a", "b"]);

        Assert.Equal(2.0 / 3, alpha, 14);
    }

    [Fact]
    public void Negatively_correlated_items_give_a_negative_alpha()
    {
        // b = (3, 1, 2): cov(a, b) = (−1·1 + 0 + 1·0)/2 = −1/2; ΣΣC = 1 + 1 − 1 = 1, mean off-diagonal −1/2: alpha = 4·(−½)/1 = −2.
        var alpha = CronbachAlpha.Compute(Build.Table(["a", "b"], [1, 3], [2, 1], [3, 2]), ["a", "b"]);

        Assert.Equal(-2, alpha, 14);
    }

    [Fact]
    public void Missing_values_use_pairwise_complete_covariances()
    {
        // b misses unit 4: var a over 4 units = 5/3, var b over 3 units = 1, cov over units 1–3 = 1/2 (as above).
        var alpha = CronbachAlpha.Compute(Build.Table(["a", "b"], [1, 1], [2, 3], [3, 2], [4, double.NaN]), ["a", "b"]);

        var total = (5.0 / 3) + 1 + 1;
        Assert.Equal(4 * 0.5 / total, alpha, 14);
    }

    [Property]
    public Property Alpha_of_identical_items_is_one(int seed, PositiveInt copies)
    {
        var (table, codes) = CorrelationMatrixProperties.RandomTable(seed, withMissing: false);
        var k = 2 + (copies.Get % 5);
        var column = table.Column(codes[0]).ToArray();
        var items = Enumerable.Range(1, k).Select(i => $"I{i}").ToArray();
        var rows = column.Select(v => Enumerable.Repeat(v, k).ToArray()).ToArray();

        var alpha = CronbachAlpha.Compute(Build.Table(items, rows), items);

        return (Math.Abs(alpha - 1) < 1e-12).Label($"alpha = {alpha}");
    }

    [Fact]
    public void One_item_few_units_constant_items_and_missing_columns_are_located_problems()
    {
        var table = Build.Table(["a", "b", "c", "m"], [1, 5, 2, double.NaN], [2, 5, 2, double.NaN], [3, 5, 2, double.NaN]);

        Assert.Contains("needs at least 2", Assert.Throws<Nq52ValidationException>(() => CronbachAlpha.Compute(table, ["a"])).Message, StringComparison.Ordinal);
        Assert.Contains("do not vary", Assert.Throws<Nq52ValidationException>(() => CronbachAlpha.Compute(table, ["b", "c"])).Message, StringComparison.Ordinal);
        Assert.Equal("Cronbach's alpha, column \"m\"", Assert.Throws<Nq52ValidationException>(() => CronbachAlpha.Compute(table, ["a", "m"])).Problems[0].Location);
        Assert.Contains("2 units", Assert.Throws<Nq52ValidationException>(() => CronbachAlpha.Compute(Build.Table(["a", "b"], [1, 2], [2, 1]), ["a", "b"])).Message, StringComparison.Ordinal);
    }
}
