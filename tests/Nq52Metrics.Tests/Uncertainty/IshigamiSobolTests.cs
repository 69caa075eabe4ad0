using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// The Sobol estimator on the Ishigami function f = sin x1 + a·sin² x2 + b·x3⁴·sin x1 with x_i ~ U(−π, π), a = 7,
/// b = 0.1, apart from any index. Its indices are known in closed form: V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½,
/// V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0 and the only interaction V13 = 8b²π⁸/225, so S1 = V1/V ≈ 0.3139,
/// S2 = V2/V ≈ 0.4424, S3 = 0, ST1 = (V1 + V13)/V ≈ 0.5576, ST2 = S2 and ST3 = V13/V ≈ 0.2437. The Saltelli design is
/// built here from a seeded generator with N = 50,000 rows.
/// </summary>
public sealed class IshigamiSobolTests
{
    private const double A = 7;
    private const double B = 0.1;
    private const int Rows = 50_000;

    /// <summary>About four standard errors of the first-order estimator at this N (the total-order one is tighter).</summary>
    private const double Tolerance = 0.02;

    private static double Ishigami(double[] x) =>
        Math.Sin(x[0]) + (A * Math.Sin(x[1]) * Math.Sin(x[1])) + (B * Math.Pow(x[2], 4) * Math.Sin(x[0]));

    [Fact]
    public void The_closed_forms_give_the_published_values()
    {
        var (first, total) = Analytic();

        Assert.Equal([0.3139, 0.4424, 0.0], first.Select(s => Math.Round(s, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], total.Select(s => Math.Round(s, 4)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(2024)]
    public void First_order_and_total_indices_match_the_analytic_values(int seed)
    {
        var (first, total) = Analytic();
        var rng = new Random(seed);
        var a = Sample(rng);
        var b = Sample(rng);
        var yA = a.Select(Ishigami).ToArray();
        var yB = b.Select(Ishigami).ToArray();
        var yAB = Enumerable.Range(0, 3)
            .Select(i => a.Select((row, r) => Ishigami(row.Select((v, j) => j == i ? b[r][j] : v).ToArray())).ToArray())
            .ToList();

        var indices = SobolEstimator.Estimate(["x1", "x2", "x3"], yA, yB, yAB, bootstrapSamples: 200, seed: 5);

        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(indices[i].FirstOrder, first[i] - Tolerance, first[i] + Tolerance);
            Assert.InRange(indices[i].Total, total[i] - Tolerance, total[i] + Tolerance);
        }
    }

    private static (double[] First, double[] Total) Analytic()
    {
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = Math.Pow(Math.PI, 8);
        var v = (A * A / 8) + (B * pi4 / 5) + (B * B * pi8 / 18) + 0.5;
        var v1 = 0.5 * Math.Pow(1 + (B * pi4 / 5), 2);
        var v2 = A * A / 8;
        var v13 = 8 * B * B * pi8 / 225;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    private static double[][] Sample(Random rng) =>
        Enumerable.Range(0, Rows).Select(_ => Enumerable.Range(0, 3).Select(_ => Math.PI * ((2 * rng.NextDouble()) - 1)).ToArray()).ToArray();
}
