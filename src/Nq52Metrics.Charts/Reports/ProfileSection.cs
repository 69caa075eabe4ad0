using Nq52Metrics.Analysis;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// A profile of every unit, in rank order, each folded in a <c>details</c> element: its score and rank on the index
/// and on every aggregate below it (sub-indices, then pillars; the indicators when the index has only two levels),
/// against the median and the best score of all units on that node, drawn as a bar with two marks. A missing score
/// is shown as n/a with no bar.
/// </summary>
internal static class ProfileSection
{
    public const string Id = "profiles";

    public static string UnitId(string unitCode) => HtmlText.Id("unit", unitCode);

    public static ReportSection Create(IndexResult result, ReportLabels labels)
    {
        var nodes = ProfileNodes(result.Framework);
        var summaries = nodes.Select(n => NodeSummary.Of(result, n)).ToArray();
        var html = new HtmlText(labels);
        html.Element("p", labels.ProfilesIntro);
        foreach (var row in result.Ranking())
        {
            var code = row.Unit.Code;
            // The best unit's profile is open, so the section shows what a profile holds.
            html.Raw("<details id=\"").Raw(UnitId(code)).Raw(row.Rank == 1 ? "\" open><summary>" : "\"><summary>").Text(row.Unit.Name).Raw(" — ")
                .Format(labels.RankOf, html.Number(row.Rank, "0.##"), result.Units.Length).Raw("</summary>\n");
            html.Raw("<table class=\"profile\"><thead><tr>");
            foreach (var heading in new[] { labels.Node, labels.Score, labels.RankOnNode, labels.Median, labels.Best, labels.ProfileChart })
            {
                html.Element("th", heading, " scope=\"col\"");
            }

            html.Raw("</tr></thead>\n<tbody>\n");
            foreach (var summary in summaries)
            {
                var score = result.Scores[code, summary.Node.Code];
                html.Raw("<tr>").Element("td", summary.Node.DisplayName);
                html.NumberCell(score).NumberCell(result.Ranks[code, summary.Node.Code], "0.##").NumberCell(summary.Median).NumberCell(summary.Best);
                html.Raw("<td>").Raw(Bar(summary, score, html)).Raw("</td></tr>\n");
            }

            html.Raw("</tbody></table>\n</details>\n");
        }

        return new ReportSection(Id, labels.ProfilesHeading, html.ToString());
    }

    /// <summary>The index, then every aggregate below it from the top level down; the indicators when there are no aggregates between.</summary>
    private static IReadOnlyList<FrameworkNode> ProfileNodes(IndexFramework framework)
    {
        var levels = framework.MaxLevel >= 3 ? Enumerable.Range(2, framework.MaxLevel - 1).Reverse() : Enumerable.Range(1, framework.MaxLevel).Reverse();
        return [.. levels.SelectMany(level => framework.NodesAtLevel(level))];
    }

    /// <summary>A bar from the node's scale start to the score, a median mark and a best mark, positioned in percent.</summary>
    private static string Bar(NodeSummary summary, double score, HtmlText html)
    {
        if (double.IsNaN(score) || !(summary.High > summary.Low))
        {
            return "";
        }

        string Percent(double value) => HtmlText.Invariant(Math.Round(100 * (value - summary.Low) / (summary.High - summary.Low), 1));
        var title = HtmlText.Escape($"{html.Number(score)} ({html.Labels.Median} {html.Number(summary.Median)}, {html.Labels.Best} {html.Number(summary.Best)})");
        return $"<div class=\"track\" role=\"img\" aria-label=\"{title}\" title=\"{title}\"><div class=\"fill\" style=\"width:{Percent(score)}%\"></div>"
            + $"<div class=\"median\" style=\"left:{Percent(summary.Median)}%\"></div><div class=\"best\" style=\"left:calc({Percent(summary.Best)}% - 3px)\"></div></div>";
    }

    /// <summary>The median, best, and drawing range (from 0 or the lowest score if negative, to the best) of one node's scores.</summary>
    private sealed record NodeSummary(FrameworkNode Node, double Median, double Best, double Low, double High)
    {
        public static NodeSummary Of(IndexResult result, FrameworkNode node)
        {
            var column = result.Scores.Column(node.Code);
            var (min, max, count) = ColumnStatistics.MinMax(column);
            return count == 0
                ? new NodeSummary(node, double.NaN, double.NaN, 0, 0)
                : new NodeSummary(node, ColumnStatistics.Median(column), max, Math.Min(0, min), max);
        }
    }
}
