using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Sensitivity analysis (Saltelli design, Sobol indices of the mean absolute rank shift) on the small index:
/// its shape (N(d + 2) runs, one index per input), its plausibility (finite, S ≤ ST up to sampling error), the
/// quasi-random variant, and the degenerate cases.
/// </summary>
public sealed class SensitivityAnalysisTests
{
    private const int BaseRuns = 256;

    private static UncertaintySpec Spec(bool quasiRandom = false) =>
        new UncertaintySpec(BaseRuns, seed: 17)
        {
            Type = AnalysisType.Sensitivity,
            QuasiRandom = quasiRandom,
            WeightSetCount = 4,
            Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.Rank],
            Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)],
            BootstrapSamples = 300,
        }
        .WithWeightNoise(2, 0.8);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sensitivity_analysis_makes_N_times_d_plus_2_runs_and_one_finite_index_per_input(bool quasiRandom)
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxOneToHundred, unitCount: 15);
        var result = UncertaintyAnalysis.Run(nominal, Spec(quasiRandom), null, TestContext.Current.CancellationToken);
        var d = result.Inputs.Length;
        Assert.Equal(3, d);
        Assert.Equal(BaseRuns * (d + 2L), result.RunCount);
        Assert.Equal(0, result.FailedRuns);
        Assert.Equal(result.Inputs.Select(i => i.Name), result.Sensitivity.Select(s => s.Input));
        foreach (var s in result.Sensitivity)
        {
            double[] all = [s.FirstOrder, s.Total, s.FirstOrderQ5, s.FirstOrderQ95, s.TotalQ5, s.TotalQ95];
            Assert.All(all, v => Assert.True(double.IsFinite(v), $"{s.Input}: {s}"));
            Assert.True(s.FirstOrderQ5 <= s.FirstOrderQ95 && s.TotalQ5 <= s.TotalQ95, s.ToString());
            Assert.InRange(s.Total, 0, 1.5);

            // S ≤ ST in theory; the estimates may cross by sampling error only: within the S interval's width.
            Assert.True(s.FirstOrder <= s.Total + (s.FirstOrderQ95 - s.FirstOrderQ5), s.ToString());
        }

        // The aggregation input matters (geometric vs arithmetic reorders units); its total index is clearly positive.
        Assert.True(result.Sensitivity.Single(s => s.Input == "aggregate").TotalQ5 > 0.01);
    }

    [Fact]
    public void Quasi_random_and_pseudo_random_estimates_agree_within_their_intervals()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxOneToHundred, unitCount: 15);
        var pseudo = UncertaintyAnalysis.Run(nominal, Spec(), null, TestContext.Current.CancellationToken);
        var quasi = UncertaintyAnalysis.Run(nominal, Spec(quasiRandom: true), null, TestContext.Current.CancellationToken);
        foreach (var (p, q) in pseudo.Sensitivity.Zip(quasi.Sensitivity))
        {
            Assert.Equal(p.Input, q.Input);

            // Two independent estimates of the same index: their difference stays within the sum of the two 90 %
            // interval widths (at least 3.3 standard errors of the difference).
            var firstSlack = (p.FirstOrderQ95 - p.FirstOrderQ5) + (q.FirstOrderQ95 - q.FirstOrderQ5);
            var totalSlack = (p.TotalQ95 - p.TotalQ5) + (q.TotalQ95 - q.TotalQ5);
            Assert.True(Math.Abs(p.FirstOrder - q.FirstOrder) <= firstSlack, $"{p} vs {q}");
            Assert.True(Math.Abs(p.Total - q.Total) <= totalSlack, $"{p} vs {q}");
        }
    }

    [Fact]
    public void Quasi_random_designs_split_the_first_power_of_two_runs_exactly_evenly()
    {
        // The first 2^m points of a digitally shifted Sobol' sequence put exactly 2^m / k points in each of k = 2 or 4
        // equal intervals of every coordinate, so each alternative is used exactly as often in A and in B.
        var result = UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), Spec(quasiRandom: true), null, TestContext.Current.CancellationToken);
        var d = result.Inputs.Length;
        foreach (var block in new[] { 0, 1 })
        {
            for (var j = 0; j < d; j++)
            {
                var k = result.Inputs[j].Alternatives.Length;
                var counts = new int[k];
                for (var row = 0; row < BaseRuns; row++)
                {
                    counts[result.RunAlternatives((block * BaseRuns) + row)[j]]++;
                }

                Assert.All(counts, c => Assert.Equal(BaseRuns / k, c));
            }
        }
    }

    [Fact]
    public void Rank_statistics_of_a_sensitivity_analysis_come_from_its_A_and_B_runs()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = Spec() with { Runs = 40 };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var scores = new double[result.Units.Length];
        var rankSums = new double[result.Units.Length];
        for (var r = 0; r < 2 * spec.Runs; r++)
        {
            Assert.True(result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores, out var failure), failure);
            var ranks = Ranker.Rank(scores);
            for (var u = 0; u < ranks.Length; u++)
            {
                rankSums[u] += ranks[u];
            }
        }

        Assert.Equal(rankSums.Select(s => s / (2 * spec.Runs)), result.RankStatistics.Select(s => s.MeanRank), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Without_uncertain_inputs_there_is_nothing_to_attribute()
    {
        var nominal = UncertaintyIndexes.Small();
        var result = UncertaintyAnalysis.Run(nominal, new UncertaintySpec(runs: 10) { Type = AnalysisType.Sensitivity }, null, TestContext.Current.CancellationToken);
        Assert.Empty(result.Inputs);
        Assert.Equal(20, result.RunCount);
        Assert.Empty(result.Sensitivity);
        Assert.Contains(result.FailureMessages, m => m.Contains("nothing to attribute", StringComparison.Ordinal));
        Assert.Contains(
            "phân tích độ nhạy: không có đầu vào nào có từ hai phương án trở lên, nên không có gì để phân bổ.",
            result.FailureMessagesIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void When_no_run_moves_any_rank_the_indices_are_undefined_and_reported()
    {
        // Zero noise: every run equals the nominal build, every output is 0, the output variance is 0.
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 10) { Type = AnalysisType.Sensitivity }.WithWeightNoise(2, 0);
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        Assert.All(result.Outputs, o => Assert.Equal(0, o));
        Assert.Empty(result.Sensitivity);
        Assert.Contains("sensitivity analysis: the output does not vary across the A and B runs, so the indices are undefined.", result.FailureMessages);
        Assert.Contains(
            "phân tích độ nhạy: kết quả không thay đổi giữa các lượt chạy A và B, nên các chỉ số không xác định.",
            result.FailureMessagesIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void When_too_few_rows_of_runs_succeed_the_indices_are_undefined_and_reported()
    {
        // Min-max 0–100 gives zeros, so every geometric run fails and no row of the design has all its runs.
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var geometric = new AggregationSpec(AggregationMethod.Geometric);
        var spec = new UncertaintySpec(runs: 8) { Type = AnalysisType.Sensitivity, Aggregation = [geometric, geometric with { MinDataAvailability = 0.5 }] };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Sensitivity);
        Assert.Contains("sensitivity analysis: at least 2 rows are needed in which every run succeeded; 0 found.", result.FailureMessages);
        Assert.Contains(
            "phân tích độ nhạy: cần ít nhất 2 hàng mà mọi lượt chạy trong đó đều thành công; chỉ có 0.",
            result.FailureMessagesIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese));
    }
}
