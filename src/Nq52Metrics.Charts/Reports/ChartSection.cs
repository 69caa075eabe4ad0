using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The charts of the build: the ranking bars (with a segment per child of the index), the framework tree, input
/// against output when the index has exactly two children, and a comparison for each group column that tells units
/// apart. The uncertainty and audit charts are in their own sections.
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

    private static IEnumerable<(Chart Chart, string Caption)> Charts(IndexResult result, ReportLabels labels)
    {
        var options = ReportFigure.Options(labels);
        yield return (IndexCharts.RankingBars(result, options: options), labels.RankingChart);
        yield return (IndexCharts.FrameworkTree(result.Framework, options), labels.FrameworkChart);
        var children = result.Framework.ChildrenOf(result.IndexCode);
        if (children.Length == 2)
        {
            yield return (IndexCharts.InputOutput(result, children[0].Code, children[1].Code, options), labels.Formatted(labels.InputOutputChart, children[1].DisplayName, children[0].DisplayName));
        }

        foreach (var group in ReportGroups.Distinguishing(result))
        {
            yield return (IndexCharts.GroupComparison(result, group, options: options), labels.Formatted(labels.GroupChart, group));
        }
    }
}
