using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The PII as <c>nq52 pii build</c> lays it out: one row per unit in rank order with its region, the PII rounded as
/// published, Input, Output, the efficiency ratio Output / Input, the region rank, and the published PII and rank of the
/// compared edition where the seeds hold them (marked when they differ from the computed figures), with a count of
/// the units that match, differ, or have no published figure. Sortable like the ranking.
/// </summary>
internal static class PiiComparisonSection
{
    public const string Id = "published";

    public static ReportSection Create(PiiReport report, ReportLabels labels)
    {
        var html = new HtmlText(labels);
        var published = report.Rows.Count(r => r.Comparison.HasPublished);
        html.Raw("<p>").Format(labels.PublishedIntro, report.ComparedEdition).Raw("</p>\n");
        html.Raw("<p id=\"published-summary\">")
            .Format(labels.PublishedSummary, report.ComparedEdition, report.DifferenceCount, published, published - report.DifferenceCount, report.Rows.Length - published)
            .Raw("</p>\n");
        if (report.IsSample)
        {
            html.Element("p", labels.PublishedSampleNote, " class=\"sample\"");
        }

        html.Raw("<div class=\"scroll\"><table class=\"sortable\" id=\"published-table\">\n<thead><tr>");
        SortableHeader.Append(html, labels.Rank, numeric: true);
        SortableHeader.Append(html, labels.Unit, numeric: false);
        SortableHeader.Append(html, labels.Region, numeric: false);
        SortableHeader.Append(html, labels.RoundedPii, numeric: true);
        SortableHeader.Append(html, labels.Input, numeric: true);
        SortableHeader.Append(html, labels.Output, numeric: true);
        SortableHeader.Append(html, labels.Efficiency, numeric: true);
        SortableHeader.Append(html, labels.RegionRank, numeric: true);
        SortableHeader.Append(html, labels.Formatted(labels.PublishedScore, report.ComparedEdition), numeric: true);
        SortableHeader.Append(html, labels.Formatted(labels.PublishedRank, report.ComparedEdition), numeric: true);
        SortableHeader.Append(html, labels.Differs, numeric: false);
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in report.Rows)
        {
            var comparison = row.Comparison;
            html.Raw("<tr>").NumberCell(row.Rank, "0.##").Element("td", row.Matched?.NameVi ?? row.Unit.Name, " class=\"name\"").Element("td", row.Region ?? "");
            html.NumberCell(row.RoundedScore is { } rounded ? (double)rounded : double.NaN)
                .NumberCell(row.Input).NumberCell(row.Output).NumberCell(row.Efficiency).NumberCell(row.RegionRank, "0.##");
            PublishedCell(html, comparison.Scores, comparison.Score);
            PublishedCell(html, comparison.Ranks, comparison.Rank);
            html.Element("td", string.Join(", ", DifferingMeasures(comparison, labels)), comparison.Differs ? " class=\"differs\"" : "");
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table></div>\n");
        html.Raw("<p>").Format(labels.PublishedLegend, labels.DiffersMark, labels.NotPublished).Raw("</p>\n");
        return new ReportSection(Id, labels.Formatted(labels.PublishedHeading, report.ComparedEdition), html.ToString());
    }

    /// <summary>
    /// The published values of one measure (several joined by " / " when sources disagree), marked when they differ
    /// from the computed figure; sorts by the first value; the not-published mark when the seeds hold none.
    /// </summary>
    private static void PublishedCell(HtmlText html, ImmutableArray<PublishedFact> facts, ComparisonStatus status)
    {
        if (facts.IsEmpty)
        {
            html.Raw("<td class=\"num missing\" data-value=\"\">").Text(html.Labels.NotPublished).Raw("</td>");
            return;
        }

        var values = string.Join(" / ", facts.Select(f => f.Value).Distinct().Select(v => v.ToString(CultureInfo.InvariantCulture)));
        html.Raw("<td class=\"num").Raw(status == ComparisonStatus.Differs ? " differs" : "").Raw("\" data-value=\"")
            .Raw(facts[0].Value.ToString(CultureInfo.InvariantCulture)).Raw("\">").Text(values)
            .Text(status == ComparisonStatus.Differs ? " " + html.Labels.DiffersMark : "").Raw("</td>");
    }

    private static IEnumerable<string> DifferingMeasures(PublishedComparison c, ReportLabels labels)
    {
        var statuses = new (ComparisonStatus Status, string Name)[]
        {
            (c.Score, labels.DiffersScore), (c.Rank, labels.DiffersRank), (c.Input, labels.DiffersInput), (c.Output, labels.DiffersOutput), (c.RegionRank, labels.DiffersRegionRank),
        };
        return statuses.Where(s => s.Status == ComparisonStatus.Differs).Select(s => s.Name);
    }
}
