using Nq52Metrics.Charts;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Tests.Charts;

/// <summary><see cref="ChartOptions.Language"/>: the charts' own titles, axis titles and legends in English or Vietnamese.</summary>
public sealed class ChartLanguageTests
{
    private static readonly ChartOptions Vietnamese = new() { Language = DisplayLanguage.Vietnamese };

    [Fact]
    public void The_ranking_chart_speaks_the_language_of_its_options()
    {
        var english = IndexCharts.RankingBars(ChartSamples.Pii);
        var vietnamese = IndexCharts.RankingBars(ChartSamples.Pii, options: Vietnamese);

        Assert.StartsWith("Ranking: ", english.Plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.StartsWith("Xếp hạng: ", vietnamese.Plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.Equal("score (segments: share of each child)", english.Plot.Axes.Bottom.Label.Text);
        Assert.Equal("điểm (các đoạn: phần đóng góp của từng nút con)", vietnamese.Plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void Numbers_in_vietnamese_chart_labels_use_the_decimal_comma()
    {
        var inputs = ChartSamples.Pii.Framework.ChildrenOf(ChartSamples.Pii.IndexCode);
        var chart = IndexCharts.InputOutput(ChartSamples.Pii, inputs[0].Code, inputs[1].Code, Vietnamese);

        var legends = chart.Plot.GetPlottables().Select(p => p.LegendItems.FirstOrDefault()?.LabelText).OfType<string>().ToList();

        Assert.Contains(legends, l => l.StartsWith("tỷ số hiệu quả trung vị ", StringComparison.Ordinal) && l.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void The_uncertainty_charts_have_vietnamese_axis_titles()
    {
        var intervals = IndexCharts.RankIntervals(ChartSamples.Uncertainty, Vietnamese);

        Assert.Equal("hạng (1 = tốt nhất)", intervals.Plot.Axes.Bottom.Label.Text);
        Assert.StartsWith("Khoảng hạng của ", intervals.Plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_defaults_to_english_and_cannot_be_null()
    {
        Assert.Same(DisplayLanguage.English, ChartOptions.Default.Language);
        Assert.Throws<ArgumentNullException>(() => new ChartOptions { Language = null! });
    }
}
