using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// The Sobol estimators on functions whose indices are known exactly, with x ~ U(0, 1) independent and a Saltelli
/// design built here from a seeded generator (N = 20,000 rows):
/// y = x1 + 2·x2 + 3·x3 has Var = (1 + 4 + 9)/12 and S_i = ST_i = a_i²/14 = 1/14, 4/14, 9/14;
/// y = x1·x2 has Var = 7/144, S_i = 3/7 and ST_i = 4/7 (the interaction adds 1/7 to each total index).
/// </summary>
public sealed class SobolEstimatorTests
{
    private const int Rows = 20_000;

    // The fixed bound of the requirement. At N = 20,000 the total-order estimates have standard errors below 0.005
    // (90 % bootstrap intervals about 0.02 wide), so ST is well inside it; the first-order estimator (not centred, as
    // in Saltelli 2010) is noisier — its 90 % intervals measured 0.027, 0.056 and 0.077 wide for x1, x2, x3 — so for S
    // this bound holds at this seed, and the seed-independent check is the interval one (AssertIntervalCovers).
    private const double Tolerance = 0.03;

    [Fact]
    public void Linear_function_gives_the_exact_indices_within_tolerance_and_bootstrap_interval()
    {
        var indices = Estimate(x => x[0] + (2 * x[1]) + (3 * x[2]), dimensions: 3, seed: 2024);
        double[] exact = [1.0 / 14, 4.0 / 14, 9.0 / 14];
        for (var i = 0; i < 3; i++)
        {
            var s = indices[i];
            Assert.Equal($"x{i + 1}", s.Input);
            Assert.InRange(s.FirstOrder, exact[i] - Tolerance, exact[i] + Tolerance);
            Assert.InRange(s.Total, exact[i] - Tolerance, exact[i] + Tolerance);
            AssertIntervalCovers(s.FirstOrderQ5, s.FirstOrderQ95, s.FirstOrder, exact[i]);
            AssertIntervalCovers(s.TotalQ5, s.TotalQ95, s.Total, exact[i]);
        }

        Assert.InRange(indices.Sum(s => s.FirstOrder), 1 - Tolerance, 1 + Tolerance);
    }

    [Fact]
    public void Interaction_shows_as_total_index_above_first_order()
    {
        var indices = Estimate(x => x[0] * x[1], dimensions: 2, seed: 77);
        foreach (var s in indices)
        {
            Assert.InRange(s.FirstOrder, (3.0 / 7) - Tolerance, (3.0 / 7) + Tolerance);
            Assert.InRange(s.Total, (4.0 / 7) - Tolerance, (4.0 / 7) + Tolerance);
            Assert.True(s.TotalQ5 > s.FirstOrderQ95, $"{s.Input}: ST interval [{s.TotalQ5}, {s.TotalQ95}] should lie above S interval [{s.FirstOrderQ5}, {s.FirstOrderQ95}].");
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_no_bootstrap_gives_NaN_intervals()
    {
        var (yA, yB, yAB) = Design(x => x[0] + (2 * x[1]), dimensions: 2, seed: 5, rows: 500);
        var first = SobolEstimator.Estimate(["a", "b"], yA, yB, yAB, 100, seed: 9);
        var again = SobolEstimator.Estimate(["a", "b"], yA, yB, yAB, 100, seed: 9);
        Assert.Equal(first, again);

        var none = SobolEstimator.Estimate(["a", "b"], yA, yB, yAB, 0);
        Assert.Equal(first.Select(s => (s.FirstOrder, s.Total)), none.Select(s => (s.FirstOrder, s.Total)));
        Assert.All(none, s => Assert.True(double.IsNaN(s.FirstOrderQ5) && double.IsNaN(s.FirstOrderQ95) && double.IsNaN(s.TotalQ5) && double.IsNaN(s.TotalQ95)));
    }

    [Fact]
    public void Inconsistent_or_degenerate_outputs_are_rejected()
    {
        double[] three = [1, 2, 3];
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["a"], three, [1, 2], [three]));
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["a"], three, three, [[1, 2]]));
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["a", "b"], three, three, [three]));
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["a"], [1.0], [2.0], [[1.0]]));
        double[] flat = [4, 4, 4];
        Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(["a"], flat, flat, [flat]));
    }

    /// <summary>
    /// The estimate lies in its own bootstrap interval, and the exact value lies within the interval widened by its
    /// width on each side (a 90 % percentile interval spans about ±1.64 standard errors, so this is about ±4.9).
    /// </summary>
    private static void AssertIntervalCovers(double q5, double q95, double estimate, double exact)
    {
        Assert.InRange(estimate, q5, q95);
        var width = q95 - q5;
        Assert.InRange(width, 1e-6, 0.1);
        Assert.InRange(exact, q5 - width, q95 + width);
    }

    private static System.Collections.Immutable.ImmutableArray<SensitivityIndex> Estimate(Func<double[], double> f, int dimensions, int seed)
    {
        var (yA, yB, yAB) = Design(f, dimensions, seed, Rows);
        var names = Enumerable.Range(1, dimensions).Select(i => $"x{i}").ToArray();
        return SobolEstimator.Estimate(names, yA, yB, yAB, bootstrapSamples: 300, seed: (ulong)seed);
    }

    /// <summary>y_A, y_B and y_ABi of a Saltelli design with rows drawn from U(0, 1)^d.</summary>
    private static (double[] YA, double[] YB, double[][] YAB) Design(Func<double[], double> f, int dimensions, int seed, int rows)
    {
        var rng = new Random(seed);
        var a = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, dimensions).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        var b = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, dimensions).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        var yA = a.Select(f).ToArray();
        var yB = b.Select(f).ToArray();
        var yAB = Enumerable.Range(0, dimensions)
            .Select(i => Enumerable.Range(0, rows).Select(r =>
            {
                var x = (double[])a[r].Clone();
                x[i] = b[r][i];
                return f(x);
            }).ToArray())
            .ToArray();
        return (yA, yB, yAB);
    }
}
