using Nq52Metrics.Analysis;
using Nq52Metrics.Charts;
using Nq52Metrics.Localization;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Charts;

/// <summary>Every chart drawn from sample data carries the SAMPLE mark in its title; charts of real data do not.</summary>
public sealed class ChartSampleMarkTests
{
    private static readonly Lazy<Nq52Metrics.Results.IndexResult> Real = new(() => SampleIndex.Build());

    [Fact]
    public void Every_chart_of_the_pii_sample_carries_the_mark_in_its_svg()
    {
        var pii = ChartSamples.Pii;
        Chart[] charts =
        [
            IndexCharts.RankingBars(pii),
            IndexCharts.UnitProfile(pii, pii.Units[0].Code),
            IndexCharts.Distribution(pii, pii.Framework.Indicators[0].Code),
            IndexCharts.InputOutput(pii, PiiFramework.InputCode, PiiFramework.OutputCode),
            IndexCharts.GroupComparison(pii, "Region"),
            IndexCharts.RankIntervals(ChartSamples.Uncertainty),
            IndexCharts.SobolIndices(ChartSamples.Uncertainty),
            IndexCharts.CorrelationHeatmap(ChartSamples.Audit),
        ];

        Assert.All(charts, chart =>
        {
            Assert.True(chart.IsSample, chart.Name);
            Assert.EndsWith(" · SAMPLE DATA", chart.Title, StringComparison.Ordinal);
            Assert.Contains("SAMPLE DATA", chart.ToSvg(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_mark_follows_a_title_of_the_options_and_the_language()
    {
        var own = IndexCharts.RankingBars(ChartSamples.Pii, options: new ChartOptions { Title = "Xếp hạng PII" });
        var vietnamese = IndexCharts.RankIntervals(ChartSamples.Uncertainty, new ChartOptions { Language = DisplayLanguage.Vietnamese });

        Assert.Equal("Xếp hạng PII · SAMPLE DATA", own.Title);
        Assert.EndsWith(" · SAMPLE (dữ liệu mẫu)", vietnamese.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_of_real_data_and_of_a_framework_alone_carry_no_mark()
    {
        var result = Real.Value;
        var uncertainty = UncertaintyAnalysis.Run(result, new UncertaintySpec(runs: 16, seed: 1) { Type = AnalysisType.Sensitivity }.WithWeightNoise(2, 0.25), null, TestContext.Current.CancellationToken);
        var audit = StatisticalAudit.Run(result);
        Chart[] charts =
        [
            IndexCharts.RankingBars(result),
            IndexCharts.UnitProfile(result, result.Units[0].Code),
            IndexCharts.RankIntervals(uncertainty),
            IndexCharts.SobolIndices(uncertainty),
            IndexCharts.CorrelationHeatmap(audit),
            IndexCharts.MatrixHeatmap(ChartSamples.Audit.Correlations.Values.First(), "matrix", "matrix"),
            IndexCharts.FrameworkTree(PiiSample.Framework()),
        ];

        Assert.All(charts, chart =>
        {
            Assert.False(chart.IsSample, chart.Name);
            Assert.DoesNotContain("SAMPLE", chart.ToSvg(), StringComparison.Ordinal);
        });
    }
}
