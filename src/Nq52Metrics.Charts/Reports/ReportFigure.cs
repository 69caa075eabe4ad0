namespace Nq52Metrics.Charts.Reports;

/// <summary>A chart inlined as a data-URI PNG image in a <c>figure</c>, with its name as the alternative text and an optional caption.</summary>
internal static class ReportFigure
{
    public static void Append(HtmlText html, Chart chart, string caption)
    {
        var png = Convert.ToBase64String(chart.ToPng());
        html.Raw("<figure id=\"").Raw(HtmlText.Id("chart", chart.Name)).Raw("\"><img alt=\"").Text(caption)
            .Raw(System.FormattableString.Invariant($"\" width=\"{chart.Width}\" height=\"{chart.Height}\" src=\"data:image/png;base64,"))
            .Raw(png).Raw("\"><figcaption>").Text(caption).Raw("</figcaption></figure>\n");
    }
}
