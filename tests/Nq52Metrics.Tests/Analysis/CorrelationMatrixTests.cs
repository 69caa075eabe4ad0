using Nq52Metrics.Analysis;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Correlation matrices on small tables worked by hand, and every way a coefficient can be undefined.</summary>
public sealed class CorrelationMatrixTests
{
    /// <summary>x = 1…5, y = (2, 4, 5, 4, 5), z = (5, 1, 4, 2, 3).</summary>
    private static readonly double[][] Rows = [[1, 2, 5], [2, 4, 1], [3, 5, 4], [4, 4, 2], [5, 5, 3]];

    [Fact]
    public void Pearson_matches_the_hand_computation_and_the_t_test()
    {
        var matrix = CorrelationMatrix.Compute(Build.Table(["x", "y", "z"], Rows), ["x", "y", "z"]);

        // x − 3 = (−2, −1, 0, 1, 2), y − 4 = (−2, 0, 1, 0, 1): Σdxdy = 6, Σdx² = 10, Σdy² = 6, r = 6/√60 = √0.6.
        Assert.Equal(Math.Sqrt(0.6), matrix["x", "y"], 12);
        // z − 3 = (2, −2, 1, −1, 0): Σdxdz = −4 + 2 + 0 − 1 + 0 = −3, Σdz² = 10, r = −0.3.
        Assert.Equal(-0.3, matrix["x", "z"], 12);
        Assert.Equal(1, matrix[1, 1]);
        Assert.Equal(5, matrix.Observations(0, 1));

        // t = r·√(3/(1 − r²)) = √4.5 on 3 degrees of freedom, whose CDF is ½ + (θ + sin θ cos θ)/π with θ = atan(t/√3).
        var theta = Math.Atan(Math.Sqrt(4.5) / Math.Sqrt(3));
        var expected = 1 - (2 * (theta + (Math.Sin(theta) * Math.Cos(theta))) / Math.PI);
        Assert.Equal(expected, matrix.PValue(0, 1), 9);
        Assert.Equal(0, matrix.PValue(2, 2));
    }

    [Fact]
    public void Spearman_correlates_the_ranks_with_ties_sharing_the_average_rank()
    {
        // y = (2, 4, 5, 4, 5) has average ranks (1, 2.5, 4.5, 2.5, 4.5); x ranks 1…5.
        // ry − 3 = (−2, −0.5, 1.5, −0.5, 1.5): Σdxd = 4 + 0.5 + 0 − 0.5 + 3 = 7, Σd² = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9.
        var matrix = CorrelationMatrix.Compute(Build.Table(["x", "y", "z"], Rows), ["x", "y", "z"], CorrelationMethod.Spearman);

        Assert.Equal(7 / Math.Sqrt(10 * 9), matrix["x", "y"], 12);
        // No ties between x and z: ρ = 1 − 6Σd²/(n(n² − 1)) with d = (1−5, 2−1, 3−4, 4−2, 5−3): Σd² = 16 + 1 + 1 + 4 + 4 = 26.
        Assert.Equal(1 - (6.0 * 26 / (5 * 24)), matrix["x", "z"], 12);
    }

    [Fact]
    public void Missing_values_use_pairwise_complete_observations()
    {
        double[][] rows = [[1, 2], [2, 1], [3, 4], [4, 3], [double.NaN, 10]];

        var matrix = CorrelationMatrix.Compute(Build.Table(["x", "y"], rows), ["x", "y"]);

        // The first four rows: x − 2.5 = (−1.5, −0.5, 0.5, 1.5), y − 2.5 = (−0.5, −1.5, 1.5, 0.5): Σ = 0.75·4 = 3, 3/5 = 0.6.
        Assert.Equal(0.6, matrix[0, 1], 12);
        Assert.Equal(4, matrix.Observations(0, 1));
        Assert.Equal(4, matrix.Observations(0, 0));
        Assert.Equal(5, matrix.Observations(1, 1));
    }

    [Fact]
    public void A_constant_indicator_is_a_located_problem()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => CorrelationMatrix.Compute(Build.Table(["x", "c"], [1, 7], [2, 7], [3, 7]), ["x", "c"]));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("correlation, column \"c\"", problem.Location);
        Assert.Contains("constant", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_three_units_is_a_problem()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => CorrelationMatrix.Compute(Build.Table(["x", "y"], [1, 2], [2, 1]), ["x", "y"]));

        Assert.Contains("2 units: correlations need at least 3", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_missing_column_and_an_unknown_column_are_problems()
    {
        var table = Build.Table(["x", "m"], [1, double.NaN], [2, double.NaN], [3, double.NaN]);

        var missing = Assert.Throws<Nq52ValidationException>(() => CorrelationMatrix.Compute(table, ["x", "m"]));
        var unknown = Assert.Throws<Nq52ValidationException>(() => CorrelationMatrix.Compute(table, ["x", "nope"]));

        Assert.Equal("correlation, column \"m\": every value is missing, so it cannot be correlated.", Assert.Single(missing.Problems).ToString());
        Assert.Equal("correlation, column \"nope\"", Assert.Single(unknown.Problems).Location);
    }

    [Fact]
    public void A_pair_sharing_too_few_units_or_constant_over_them_is_a_problem_naming_both()
    {
        double[][] rows = [[1, double.NaN, 1], [2, double.NaN, 2], [3, 5, 3], [4, 6, 3], [double.NaN, 7, 3]];

        var e = Assert.Throws<Nq52ValidationException>(() => CorrelationMatrix.Compute(Build.Table(["a", "b", "c"], rows), ["a", "b", "c"]));

        Assert.Equal(2, e.Problems.Length);
        Assert.Equal("correlation, columns \"a\" and \"b\"", e.Problems[0].Location);
        Assert.Contains("only 2 units have both values", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("correlation, columns \"b\" and \"c\"", e.Problems[1].Location);
        Assert.Contains("constant", e.Problems[1].Message, StringComparison.Ordinal);
    }
}
