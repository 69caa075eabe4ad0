using System.Globalization;
using System.Net;
using Nq52Metrics.Charts;

namespace Nq52Metrics.Interactive;

/// <summary>A chart as an HTML image for a notebook cell: the PNG inlined as a data URI, so it needs no file or network.</summary>
public static class ChartHtml
{
    /// <summary>Renders the chart to PNG and wraps it in an <c>img</c> element sized as the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="labels">The labels (default English) for the alternative text.</param>
    /// <returns>The HTML.</returns>
    public static string Of(Chart chart, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var shown = labels ?? NotebookLabels.English;
        var alt = string.Format(shown.Language.Culture, shown.ChartAlt, chart.Name);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(chart.ToPng())}\" width=\"{chart.Width}\" height=\"{chart.Height}\" alt=\"{WebUtility.HtmlEncode(alt)}\" />");
    }
}
