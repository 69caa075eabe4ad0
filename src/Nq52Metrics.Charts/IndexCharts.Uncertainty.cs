using Nq52Metrics.Uncertainty;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>The charts of an uncertainty and sensitivity analysis.</summary>
public static partial class IndexCharts
{
    /// <summary>
    /// Rank intervals: per unit, a line from the 5th to the 95th percentile of its rank over the runs, a dot at the
    /// median and a ring at the nominal rank; units sorted by median rank (then nominal rank), best at the top.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>rank-intervals</c>.</returns>
    public static Chart RankIntervals(UncertaintyResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.RankStatistics
            .Where(s => !double.IsNaN(s.MedianRank))
            .OrderBy(s => s.MedianRank).ThenBy(s => s.NominalRank).ToArray();
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleRankIntervals), result.Target, result.RunCount));
        var positions = new double[rows.Length];
        var labels = new string[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = rows.Length - i;
            positions[i] = y;
            labels[i] = ChartCanvas.Shorten(rows[i].Unit.Name);
            var band = plot.Add.Line(rows[i].Q5, y, rows[i].Q95, y);
            band.LineWidth = 4;
            band.LineColor = ChartCanvas.Palette[0].WithAlpha(0.6);
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartText.Of(options, nameof(ChartTexts.LegendRunsBand)), LineColor = ChartCanvas.Palette[0], LineWidth = 4 });
        var medians = plot.Add.Markers(rows.Select(r => r.MedianRank).ToArray(), positions, MarkerShape.FilledCircle, 8, ChartCanvas.Palette[3]);
        medians.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendMedian));
        var nominal = plot.Add.Markers(rows.Select(r => r.NominalRank).ToArray(), positions, MarkerShape.OpenCircle, 10, Colors.Black);
        nominal.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendNominal));
        plot.ShowLegend(Alignment.UpperRight);
        ChartCanvas.ManualTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Bottom.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisRank));
        plot.Axes.SetLimits(0, Math.Max(2, result.Units.Length + 1), 0.3, rows.Length + 0.7);
        return ChartCanvas.Finish(plot, "rank-intervals", options, result.IsSample, 120 + (rows.Length * ChartCanvas.RowPixels));
    }

    /// <summary>
    /// Sobol sensitivity indices: per uncertain input, a bar for the first-order index S_i and one for the total index
    /// ST_i, each with its bootstrap 5–95 % interval as a whisker. An analysis without Sobol indices (plain Monte
    /// Carlo) gives a chart saying so.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>sensitivity</c>.</returns>
    public static Chart SobolIndices(UncertaintyResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Sensitivity;
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleSensitivity), result.Target));
        if (rows.IsEmpty)
        {
            plot.Add.Annotation(ChartText.Of(options, nameof(ChartTexts.NoteNotSobol)));
            return ChartCanvas.Finish(plot, "sensitivity", options, result.IsSample);
        }

        var bars = new List<Bar>();
        var positions = new double[rows.Length];
        var labels = new string[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            var y = rows.Length - k;
            positions[k] = y;
            labels[k] = ChartCanvas.Shorten(rows[k].Input, 32);
            bars.Add(new Bar { Position = y + 0.18, Value = rows[k].FirstOrder, FillColor = ChartCanvas.Palette[0], Size = 0.34 });
            bars.Add(new Bar { Position = y - 0.18, Value = rows[k].Total, FillColor = ChartCanvas.Palette[1], Size = 0.34 });
            Whisker(plot, y + 0.18, rows[k].FirstOrderQ5, rows[k].FirstOrderQ95);
            Whisker(plot, y - 0.18, rows[k].TotalQ5, rows[k].TotalQ95);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartText.Of(options, nameof(ChartTexts.LegendFirstOrder)), FillColor = ChartCanvas.Palette[0] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartText.Of(options, nameof(ChartTexts.LegendTotalOrder)), FillColor = ChartCanvas.Palette[1] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartText.Of(options, nameof(ChartTexts.LegendBootstrap)), LineColor = Colors.Black, LineWidth = 2 });
        plot.ShowLegend(Alignment.LowerRight);
        ChartCanvas.ManualTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Bottom.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisSensitivity));
        return ChartCanvas.Finish(plot, "sensitivity", options, result.IsSample, 160 + (rows.Length * 50));
    }

    private static void Whisker(Plot plot, double y, double low, double high)
    {
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            return;
        }

        foreach (var line in new[] { plot.Add.Line(low, y, high, y), plot.Add.Line(low, y - 0.08, low, y + 0.08), plot.Add.Line(high, y - 0.08, high, y + 0.08) })
        {
            line.LineColor = Colors.Black;
            line.LineWidth = 2;
        }
    }
}
