using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The charts of the build: the ranking bars (with a segment per child of the index), the framework tree, input
/// against output when the index has exactly two children, and a comparison for each group column that tells units
/// apart. The uncertainty and audit charts are in their own sections. Every chart of the report is drawn with the
/// options and titles of its <see cref="ReportLabels"/>, so the labels decide every text the report shows.
/// </summary>
internal static class ChartSection
{
    public const string Id = "charts";

    public static ReportSection Create(ReportContents contents, ReportLabels labels)
    {
        var result = contents.Result;
        var html = new HtmlText(labels);
        foreach (var (chart, caption) in Charts(result, labels))
        {
            ReportFigure.Append(html, chart, caption);
        }

        return new ReportSection(Id, labels.ChartsHeading, html.ToString());
    }

    /// <summary>The charts of the section with their captions, each drawn with the options and title of <paramref name="labels"/>.</summary>
    internal static IEnumerable<(Chart Chart, string Caption)> Charts(IndexResult result, ReportLabels labels)
    {
        var index = result.Framework[result.IndexCode].DisplayName;
        yield return (IndexCharts.RankingBars(result, options: labels.Chart(labels.RankingChartTitle, index)), labels.RankingChart);
        yield return (IndexCharts.FrameworkTree(result.Framework, labels.Chart(labels.FrameworkChartTitle, index)), labels.FrameworkChart);
        var children = result.Framework.ChildrenOf(result.IndexCode);
        if (children.Length == 2)
        {
            var (input, output) = (children[0].DisplayName, children[1].DisplayName);
            yield return (
                IndexCharts.InputOutput(result, children[0].Code, children[1].Code, labels.Chart(labels.InputOutputChartTitle, output, input)),
                labels.Formatted(labels.InputOutputChart, output, input));
        }

        foreach (var group in ReportGroups.Distinguishing(result))
        {
            yield return (IndexCharts.GroupComparison(result, group, options: labels.Chart(labels.GroupChartTitle, index, group)), labels.Formatted(labels.GroupChart, group));
        }
    }
}
