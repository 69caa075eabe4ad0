using Nq52Metrics.Analysis;

namespace Nq52Metrics.Conformance;

/// <summary>
/// The audit of COINr's ASEM nominal build against COINr's conventions, computed here independently from the reference
/// pipeline files: Pearson correlations of the normalised indicators (<c>06_norm_minmax_0_100.csv</c>) with
/// pairwise-complete observations, as <c>get_corr</c> (R's <c>cor(use = "pairwise.complete.obs")</c>), and Cronbach's
/// alpha of every aggregate's children on the aggregated scores (<c>07_aggregated_amean_minmax_0_100.csv</c>), as
/// <c>get_cronbach</c>: k² times the mean off-diagonal pairwise-complete covariance over the sum of the covariance matrix.
/// </summary>
public sealed class AsemAuditConformanceTests
{
    private static readonly Lazy<AuditResult> Audit = new(() => StatisticalAudit.Run(AsemNominal.Result));

    [Fact]
    public void Pearson_correlations_of_the_normalised_indicators_match_to_1e_9()
    {
        var reference = AsemNominal.Pipeline("06_norm_minmax_0_100.csv");
        var matrix = Audit.Value.Correlations[1];
        var log = new MismatchLog(reference.Name, "indicator");
        var codes = AsemNominal.Framework.Indicators.Select(i => i.Code).ToArray();
        Assert.Equal(codes, matrix.Codes);
        var columns = codes.Select(c => Column(reference, c)).ToArray();
        for (var i = 0; i < codes.Length; i++)
        {
            for (var j = 0; j < codes.Length; j++)
            {
                log.Number(codes[i], codes[j], PairwisePearson(columns[i], columns[j]), matrix[i, j]);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(AsemNominal.IndicatorCount * AsemNominal.IndicatorCount, log.Compared);
    }

    [Fact]
    public void Cronbach_alpha_of_every_aggregate_matches_to_1e_9()
    {
        var reference = AsemNominal.Pipeline("07_aggregated_amean_minmax_0_100.csv");
        var framework = AsemNominal.Framework;
        var log = new MismatchLog(reference.Name, "aggregate");
        foreach (var alpha in Audit.Value.Alphas)
        {
            var children = framework.ChildrenOf(alpha.Node).Select(c => Column(reference, c.Code)).ToArray();
            log.Number(alpha.Node, "alpha", CoinrAlpha(children), alpha.Alpha);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(AsemNominal.AggregateCount, log.Compared);
    }

    private static double[] Column(ReferenceCsv csv, string code)
    {
        var index = csv.ColumnIndex(code);
        return csv.Rows.Select(r => ReferenceCsv.Number(r[index])).ToArray();
    }

    private static (double[] X, double[] Y) Complete(double[] x, double[] y)
    {
        var keep = Enumerable.Range(0, x.Length).Where(u => !double.IsNaN(x[u]) && !double.IsNaN(y[u])).ToArray();
        return (keep.Select(u => x[u]).ToArray(), keep.Select(u => y[u]).ToArray());
    }

    private static double PairwiseCovariance(double[] x, double[] y)
    {
        var (a, b) = Complete(x, y);
        var ma = a.Average();
        var mb = b.Average();
        return a.Select((v, u) => (v - ma) * (b[u] - mb)).Sum() / (a.Length - 1);
    }

    private static double PairwisePearson(double[] x, double[] y)
    {
        var (a, b) = Complete(x, y);
        return PairwiseCovariance(a, b) / Math.Sqrt(PairwiseCovariance(a, a) * PairwiseCovariance(b, b));
    }

    private static double CoinrAlpha(double[][] items)
    {
        var k = items.Length;
        var all = 0.0;
        var diagonal = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var c = PairwiseCovariance(items[i], items[j]);
                all += c;
                diagonal += i == j ? c : 0;
            }
        }

        return k * k * ((all - diagonal) / (k * (k - 1))) / all;
    }
}
