using System.Globalization;
using System.Text.RegularExpressions;
using Nq52Metrics.Charts;
using Nq52Metrics.Charts.Reports;

namespace Nq52Metrics.Tests.Charts;

/// <summary>
/// The PII parts of the HTML report (Input, Output, efficiency and the comparison with the published edition, as
/// <c>nq52 pii build</c> prints them) and the charts' texts, which come from the report's labels.
/// </summary>
public sealed class HtmlReportPiiTests
{
    [Fact]
    public void The_pii_report_shows_input_output_efficiency_and_the_published_comparison()
    {
        var report = ChartSamples.PiiReport;
        var edition = report.ComparedEdition.ToString(CultureInfo.InvariantCulture);

        var html = HtmlReport.Render(new ReportContents(report.Result) { Pii = report });

        Assert.Contains("<section id=\"published\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#published\">PII against the published PII {edition}</a>", html, StringComparison.Ordinal);
        Assert.Equal(report.Rows.Length, HtmlReportTests.BodyRows(html, "published-table"));
        foreach (var heading in new[] { "Input", "Output", "Efficiency (Output / Input)", "Region rank", $"Published PII {edition}", $"Published rank {edition}", "Differs" })
        {
            Assert.Contains($"<button type=\"button\">{heading}</button>", html, StringComparison.Ordinal);
        }

        var published = report.Rows.Count(r => r.Comparison.HasPublished);
        Assert.True(published > 0, "the seeds hold published figures for the calibration edition");
        Assert.Contains(
            $"Differences from the published PII {edition}: {report.DifferenceCount} of the {published} units with published figures differ, {published - report.DifferenceCount} match; {report.Rows.Length - published} have no published figure.",
            html,
            StringComparison.Ordinal);
        var section = Section(html, "published");
        foreach (var row in report.Rows)
        {
            Assert.Contains(
                $"<td class=\"num\" data-value=\"{row.Efficiency.ToString("R", CultureInfo.InvariantCulture)}\">{row.Efficiency.ToString("0.00", CultureInfo.InvariantCulture)}</td>",
                section,
                StringComparison.Ordinal);
        }

        var withScore = report.Rows.First(r => !r.Comparison.Scores.IsEmpty);
        Assert.Contains($"data-value=\"{withScore.Comparison.Scores[0].Value.ToString(CultureInfo.InvariantCulture)}\">", section, StringComparison.Ordinal);
        Assert.Equal(report.DifferenceCount, Regex.Count(section, "<td class=\"differs\">"));
        // On sample data the comparison says why its differences are expected.
        Assert.Contains("differences from the published figures are expected", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_pii_report_there_is_no_published_comparison()
    {
        var html = HtmlReport.Render(new ReportContents(ChartSamples.Pii));

        Assert.DoesNotContain("<section id=\"published\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("published-table", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pii_report_of_another_result_is_refused()
    {
        var contents = new ReportContents(Serialization.SampleIndex.Build()) { Pii = ChartSamples.PiiReport };

        var error = Assert.Throws<ArgumentException>(() => HtmlReport.Render(contents));

        Assert.Contains("PII report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_of_the_report_is_drawn_with_the_options_and_titles_of_its_labels()
    {
        var labels = ReportLabels.English with
        {
            Charts = new ChartOptions { Width = 640, Height = 400 },
            RankingChartTitle = "R·{0}",
            FrameworkChartTitle = "F·{0}",
            InputOutputChartTitle = "IO·{0}·{1}",
            GroupChartTitle = "G·{0}·{1}",
        };
        var contents = new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty, Pii = ChartSamples.PiiReport };

        var html = HtmlReport.Render(contents, labels);

        var widths = Regex.Matches(html, "<figure id=\"[^\"]+\"><img alt=\"[^\"]*\" width=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Regex.Count(html, "<figure id="), widths.Count);
        Assert.True(widths.Count >= 7, $"{widths.Count} charts");
        Assert.All(widths, w => Assert.Equal("640", w));
        var framework = ChartSamples.Pii.Framework;
        var index = framework[ChartSamples.Pii.IndexCode].DisplayName;
        var children = framework.ChildrenOf(ChartSamples.Pii.IndexCode);
        Assert.Equal(
            [$"R·{index} · SAMPLE DATA", $"F·{index}", $"IO·{children[1].DisplayName}·{children[0].DisplayName} · SAMPLE DATA", $"G·{index}·Region · SAMPLE DATA"],
            ChartSection.Charts(ChartSamples.Pii, labels).Select(c => c.Chart.Title));
    }

    [Fact]
    public void The_english_chart_titles_of_the_report_are_the_charts_own_titles()
    {
        var result = ChartSamples.Pii;
        var children = result.Framework.ChildrenOf(result.IndexCode);
        var own = new[]
        {
            IndexCharts.RankingBars(result),
            IndexCharts.FrameworkTree(result.Framework),
            IndexCharts.InputOutput(result, children[0].Code, children[1].Code),
            IndexCharts.GroupComparison(result, "Region"),
        };

        Assert.Equal(own.Select(c => c.Title), ChartSection.Charts(result, ReportLabels.English).Select(c => c.Chart.Title));
        var labels = ReportLabels.English;
        Assert.Equal(IndexCharts.SobolIndices(ChartSamples.Uncertainty).Title, $"{labels.Chart(labels.SobolChartTitle, ChartSamples.Uncertainty.Target).Title} · SAMPLE DATA");
        var level = ChartSamples.Audit.Correlations.Keys.First();
        Assert.Equal(
            IndexCharts.CorrelationHeatmap(ChartSamples.Audit, level).Title,
            $"{labels.Chart(labels.CorrelationChartTitle, ChartSamples.Audit.Correlations[level].Method, level).Title} · SAMPLE DATA");
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
