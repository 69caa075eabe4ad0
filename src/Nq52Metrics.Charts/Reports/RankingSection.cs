using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The ranking table: one row per unit in rank order (units with a missing score last), with its code, the index
/// score, the score of each child of the index, the group columns that tell units apart and, after an uncertainty
/// analysis of the index, the median rank and the 5–95 % interval. Every column heading sorts the table.
/// </summary>
internal static class RankingSection
{
    public const string Id = "ranking";

    public static ReportSection Create(ReportContents contents, ReportLabels labels)
    {
        var result = contents.Result;
        var index = result.Framework[result.IndexCode];
        var children = result.Framework.ChildrenOf(result.IndexCode);
        var groups = ReportGroups.Distinguishing(result);
        var intervals = contents.Uncertainty is { } u && u.Target == result.IndexCode ? u : null;
        var html = new HtmlText(labels);
        html.Raw("<p>").Format(labels.RankingIntro, result.Units.Length, index.DisplayName).Raw("</p>\n");
        html.Raw("<div class=\"scroll\"><table class=\"sortable\" id=\"ranking-table\">\n<thead><tr>");
        Header(html, labels.Rank, numeric: true);
        Header(html, labels.Unit, numeric: false);
        Header(html, labels.Code, numeric: false);
        Header(html, labels.Score, numeric: true);
        foreach (var child in children)
        {
            Header(html, child.DisplayName, numeric: true);
        }

        foreach (var group in groups)
        {
            Header(html, group, numeric: false);
        }

        if (intervals is not null)
        {
            Header(html, labels.MedianRank, numeric: true);
            Header(html, labels.RankInterval, numeric: true);
        }

        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in result.Ranking())
        {
            var unit = row.Unit;
            html.Raw("<tr>");
            html.NumberCell(row.Rank, "0.##");
            html.Raw("<td class=\"name\"><a href=\"#").Raw(ProfileSection.UnitId(unit.Code)).Raw("\">").Text(unit.Name).Raw("</a></td>");
            html.Element("td", unit.Code, " class=\"code\"");
            html.NumberCell(row.Score);
            foreach (var child in children)
            {
                html.NumberCell(result.Scores[unit.Code, child.Code]);
            }

            foreach (var group in groups)
            {
                html.Element("td", unit.GroupOf(group));
            }

            if (intervals is not null)
            {
                var statistics = intervals[unit.Code];
                html.NumberCell(statistics.MedianRank, "0.#");
                html.Raw("<td class=\"num\" data-value=\"").Raw(HtmlText.Invariant(statistics.Q95 - statistics.Q5)).Raw("\">")
                    .Raw(html.Number(statistics.Q5, "0.#")).Raw("–").Raw(html.Number(statistics.Q95, "0.#")).Raw("</td>");
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table></div>\n");
        return new ReportSection(Id, labels.RankingHeading, html.ToString());
    }

    private static void Header(HtmlText html, string text, bool numeric) => SortableHeader.Append(html, text, numeric);
}
