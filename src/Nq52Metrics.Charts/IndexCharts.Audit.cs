using System.Globalization;
using Nq52Metrics.Analysis;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>The charts of a statistical audit.</summary>
public static partial class IndexCharts
{
    /// <summary>
    /// The correlation heatmap of one level of an audit (default level 1, the normalised indicators): one cell per
    /// pair, blue for −1 through white to red for +1, grey where too few units were shared; the value is written in
    /// the cell when there are at most 30 columns.
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="level">The level; default the lowest audited.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>correlations-LEVEL</c>.</returns>
    /// <exception cref="Nq52ValidationException">The audit has no correlation matrix for the level.</exception>
    public static Chart CorrelationHeatmap(AuditResult audit, int? level = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (audit.Correlations.IsEmpty)
        {
            throw new Nq52ValidationException("level", "the audit has no correlation matrix (no level has 2 nodes).");
        }

        var chosen = level ?? audit.Correlations.Keys.First();
        if (!audit.Correlations.TryGetValue(chosen, out var matrix))
        {
            throw new Nq52ValidationException("level", $"the audit has no correlation matrix for level {chosen} (it has levels {string.Join(", ", audit.Correlations.Keys)}).");
        }

        return Heatmap(matrix, ChartText.Of(options, nameof(ChartTexts.TitleCorrelations), matrix.Method, chosen), $"correlations-{chosen}", options, audit.IsSample);
    }

    /// <summary>The heatmap of any correlation matrix, drawn as in <see cref="CorrelationHeatmap(AuditResult, int?, ChartOptions?)"/>.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="title">The title.</param>
    /// <param name="name">The chart's name.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart (not marked as sample data: a bare matrix does not say where its data came from).</returns>
    public static Chart MatrixHeatmap(CorrelationMatrix matrix, string title, string name, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Heatmap(matrix, title, name, options, isSample: false);
    }

    private static Chart Heatmap(CorrelationMatrix matrix, string title, string name, ChartOptions? options, bool isSample)
    {
        var n = matrix.Size;
        var plot = ChartCanvas.NewPlot(title);
        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var labels = matrix.Codes.Select(c => ChartCanvas.Shorten(c, 16)).ToArray();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var r = matrix[i, j];
                var y = n - 1 - i;
                var cell = plot.Add.Rectangle(j - 0.5, j + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = ChartCanvas.Diverging(r);
                cell.LineColor = Colors.White;
                if (n <= 30 && !double.IsNaN(r))
                {
                    var text = plot.Add.Text(r.ToString("0.00", CultureInfo.InvariantCulture), j, y);
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontSize = n <= 12 ? 13 : 9;
                    text.LabelFontColor = Math.Abs(r) > 0.6 ? Colors.White : Colors.Black;
                }
            }
        }

        ChartCanvas.ManualTicks(plot.Axes.Bottom, positions, labels);
        ChartCanvas.ManualTicks(plot.Axes.Left, positions.Select(p => n - 1 - p).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 130;
        plot.Axes.Left.MinimumSize = 130;
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.HideGrid();
        var cellPixels = n <= 12 ? 56 : n <= 30 ? 34 : 18;
        var size = Math.Max(400, 220 + (n * cellPixels));
        return ChartCanvas.Finish(plot, name, options ?? new ChartOptions { Width = Math.Min(size, 8000), Height = Math.Min(size, 8000) }, isSample, size);
    }
}
