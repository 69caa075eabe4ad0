using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The uncertainty or sensitivity analysis: what was varied and how many runs, the rank-interval chart, the table of
/// rank statistics per unit (sortable, in nominal rank order) and, for a sensitivity analysis, the Sobol chart and
/// the table of first- and total-order indices with their bootstrap intervals.
/// </summary>
internal static class UncertaintySection
{
    public const string Id = "uncertainty";

    public static ReportSection Create(UncertaintyResult result, ReportLabels labels)
    {
        var html = new HtmlText(labels);
        var inputs = result.Inputs.IsEmpty ? labels.NoInputs : string.Join("; ", result.Inputs.Select(i => labels.Formatted(labels.InputAlternatives, i.Name, i.Alternatives.Length)));
        var sensitivity = result.Spec.Type == AnalysisType.Sensitivity;
        html.Element("h3", sensitivity ? labels.SensitivityAnalysis : labels.UncertaintyAnalysis);
        html.Raw("<p>").Format(labels.UncertaintySummary, result.RunCount, result.FailedRuns, result.Spec.Seed, result.Target, inputs).Raw("</p>\n");
        ReportFigure.Append(html, IndexCharts.RankIntervals(result, labels.Chart(labels.RankIntervalChartTitle, result.Target, result.RunCount)), labels.RankIntervalChart);
        html.Raw("<div class=\"scroll\"><table class=\"sortable\" id=\"rank-statistics\">\n<thead><tr>");
        Header(html, labels.Unit, numeric: false);
        foreach (var heading in new[] { labels.NominalRank, labels.MedianRank, labels.MeanRank, labels.Q5, labels.Q95, labels.Width })
        {
            Header(html, heading, numeric: true);
        }

        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var statistics in result.RankStatistics.OrderBy(s => double.IsNaN(s.NominalRank) ? double.MaxValue : s.NominalRank))
        {
            html.Raw("<tr>").Element("td", statistics.Unit.Name)
                .NumberCell(statistics.NominalRank, "0.##").NumberCell(statistics.MedianRank, "0.#").NumberCell(statistics.MeanRank, "0.0")
                .NumberCell(statistics.Q5, "0.#").NumberCell(statistics.Q95, "0.#").NumberCell(statistics.Q95 - statistics.Q5, "0.#").Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
        if (sensitivity && !result.Sensitivity.IsEmpty)
        {
            ReportFigure.Append(html, IndexCharts.SobolIndices(result, labels.Chart(labels.SobolChartTitle, result.Target)), labels.SobolChart);
            html.Raw("<table class=\"sortable\" id=\"sensitivity\">\n<thead><tr>");
            Header(html, labels.Input, numeric: false);
            Header(html, labels.FirstOrder, numeric: true);
            Header(html, labels.TotalOrder, numeric: true);
            html.Raw("</tr></thead>\n<tbody>\n");
            foreach (var index in result.Sensitivity)
            {
                html.Raw("<tr>").Element("td", index.Input);
                Interval(html, index.FirstOrder, index.FirstOrderQ5, index.FirstOrderQ95);
                Interval(html, index.Total, index.TotalQ5, index.TotalQ95);
                html.Raw("</tr>\n");
            }

            html.Raw("</tbody></table>\n");
        }

        return new ReportSection(Id, labels.UncertaintyHeading, html.ToString());
    }

    private static void Interval(HtmlText html, double value, double low, double high) =>
        html.Raw("<td class=\"num\" data-value=\"").Raw(double.IsNaN(value) ? "" : HtmlText.Invariant(value)).Raw("\">")
            .Format(html.Labels.Interval90, html.Number(value, "0.000"), html.Number(low, "0.000"), html.Number(high, "0.000")).Raw("</td>");

    private static void Header(HtmlText html, string text, bool numeric) => SortableHeader.Append(html, text, numeric);
}
