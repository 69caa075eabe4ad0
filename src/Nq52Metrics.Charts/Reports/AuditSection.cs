using Nq52Metrics.Analysis;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The statistical audit (<see cref="StatisticalAudit"/>): a one-line summary, the findings, Cronbach's alpha of every
/// aggregate, every node's correlation with its parent and with the index (sortable), and a correlation heatmap per
/// level. When the audit could not run, the problems that stopped it instead.
/// </summary>
internal static class AuditSection
{
    public const string Id = "audit";

    public static ReportSection Create(ReportContents contents, ReportLabels labels)
    {
        var html = new HtmlText(labels);
        if (contents.Audit is not { } audit)
        {
            html.Element("p", labels.AuditNotRun).Raw("<ul class=\"findings\">\n");
            foreach (var problem in contents.AuditProblems)
            {
                html.Element("li", problem.ToString(labels.Language));
            }

            html.Raw("</ul>\n");
            return new ReportSection(Id, labels.AuditHeading, html.ToString());
        }

        var framework = contents.Result.Framework;
        html.Raw("<p>").Format(
            labels.AuditSummary,
            audit.UnitCount,
            audit.Correlations.Count,
            audit.Alphas.Length,
            audit.Findings.Length).Raw("</p>\n");
        html.Element("h3", labels.Findings);
        if (audit.Findings.IsEmpty)
        {
            html.Element("p", labels.NoFindings);
        }
        else
        {
            html.Raw("<ul class=\"findings\">\n");
            foreach (var finding in audit.Findings)
            {
                html.Raw("<li><strong>").Text(finding.Location).Raw("</strong>: ").Text(finding.Message).Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.Element("h3", labels.Alpha).Raw("<table class=\"sortable\" id=\"alphas\">\n<thead><tr>");
        SortableHeader.Append(html, labels.Node, numeric: false);
        SortableHeader.Append(html, labels.Alpha, numeric: true);
        SortableHeader.Append(html, labels.Items, numeric: true);
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var alpha in audit.Alphas)
        {
            html.Raw("<tr>").Element("td", framework.Contains(alpha.Node) ? framework[alpha.Node].DisplayName : alpha.Node)
                .NumberCell(alpha.Alpha, "0.000").NumberCell(alpha.Items, "0").Raw("</tr>\n");
        }

        html.Raw("</tbody></table>\n");
        AppendParentCorrelations(html, contents, audit);
        foreach (var level in audit.Correlations.Keys)
        {
            ReportFigure.Append(html, IndexCharts.CorrelationHeatmap(audit, level, labels.Chart(labels.CorrelationChartTitle, audit.Correlations[level].Method, level)), labels.Formatted(labels.CorrelationChart, level));
        }

        return new ReportSection(Id, labels.AuditHeading, html.ToString());
    }

    /// <summary>One row per node: its correlation with its parent and, when the parent is not the index, with the index.</summary>
    private static void AppendParentCorrelations(HtmlText html, ReportContents contents, AuditResult audit)
    {
        var labels = html.Labels;
        var framework = contents.Result.Framework;
        html.Raw("<details><summary>").Text(labels.Correlations).Raw("</summary>\n<div class=\"scroll\"><table class=\"sortable\" id=\"parent-correlations\">\n<thead><tr>");
        SortableHeader.Append(html, labels.Node, numeric: false);
        SortableHeader.Append(html, labels.CorrelationWithParent, numeric: true);
        SortableHeader.Append(html, labels.CorrelationWithIndex, numeric: true);
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var group in audit.ParentCorrelations.GroupBy(c => c.Code, StringComparer.Ordinal))
        {
            var node = framework.Contains(group.Key) ? framework[group.Key] : null;
            var parent = group.FirstOrDefault(c => node is not null && c.Parent == node.Parent);
            var index = group.FirstOrDefault(c => c.Parent == audit.IndexCode);
            html.Raw("<tr>").Element("td", node?.DisplayName ?? group.Key)
                .NumberCell(parent?.R ?? double.NaN, "0.00").NumberCell(index?.R ?? double.NaN, "0.00").Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div></details>\n");
    }
}
