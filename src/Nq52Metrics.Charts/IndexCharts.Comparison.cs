using Nq52Metrics.Analysis;
using Nq52Metrics.Results;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>The charts that compare units with each other.</summary>
public static partial class IndexCharts
{
    /// <summary>
    /// Input against output (GII and PII style): one point per unit at (input score, output score), and the efficiency
    /// line through the origin whose slope is the median efficiency ratio output / input, so units above it turn
    /// inputs into outputs better than the median unit. The five best and three worst units of the index are named.
    /// Units missing either score are left out.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="inputNode">The input node (e.g. the PII Input sub-index).</param>
    /// <param name="outputNode">The output node.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>input-output</c>.</returns>
    /// <exception cref="Nq52ValidationException">Either node is not in the framework.</exception>
    public static Chart InputOutput(IndexResult result, string inputNode, string outputNode, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var input = RequireNode(result, inputNode);
        var output = RequireNode(result, outputNode);
        var xs = result.Scores.Column(input).ToArray();
        var ys = result.Scores.Column(output).ToArray();
        var ratios = result.Ratio(output, input).ToArray();
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleInputOutput), result.Framework[output].DisplayName, result.Framework[input].DisplayName));
        var present = Enumerable.Range(0, xs.Length).Where(i => !double.IsNaN(xs[i]) && !double.IsNaN(ys[i])).ToArray();
        var points = plot.Add.Markers(present.Select(i => xs[i]).ToArray(), present.Select(i => ys[i]).ToArray(), MarkerShape.FilledCircle, 8, ChartCanvas.Palette[0]);
        points.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendUnit));
        var median = ColumnStatistics.Median(ratios.Select(r => double.IsInfinity(r) ? double.NaN : r).ToArray());
        if (present.Length > 0 && !double.IsNaN(median))
        {
            var right = present.Max(i => xs[i]) * 1.05;
            var line = plot.Add.Line(0, 0, right, right * median);
            line.LineColor = ChartCanvas.Palette[3];
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendMedianEfficiency), median);
        }

        var ranking = result.Ranking().Where(r => !double.IsNaN(r.Score)).ToArray();
        var named = ranking.Take(5).Concat(ranking.Skip(Math.Max(5, ranking.Length - 3))).Select(r => result.Scores.UnitIndex(r.Unit.Code));
        var size = options ?? ChartOptions.Default;
        var layout = new LabelLayout(present.Select(i => xs[i]).DefaultIfEmpty(0).Max() * 1.1, present.Select(i => ys[i]).DefaultIfEmpty(0).Max() * 1.1, size.Width - 150, size.Height - 150);
        foreach (var i in named.Where(i => present.Contains(i)))
        {
            var text = ChartCanvas.Shorten(result.Scores.Units[i].Name, 22);
            if (layout.Place(xs[i], ys[i], text) is not { } alignment)
            {
                continue;
            }

            var label = plot.Add.Text(text, xs[i], ys[i]);
            label.LabelFontSize = 12;
            label.LabelAlignment = alignment;
            label.OffsetX = alignment is Alignment.LowerLeft or Alignment.UpperLeft ? 6 : -6;
            label.OffsetY = alignment is Alignment.LowerLeft or Alignment.LowerRight ? -3 : 3;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Bottom.Label.Text = result.Framework[input].DisplayName;
        plot.Axes.Left.Label.Text = result.Framework[output].DisplayName;
        plot.Axes.Margins(0.08, 0.12);
        return ChartCanvas.Finish(plot, "input-output", options, result.IsSample);
    }

    /// <summary>
    /// A region (group) comparison: for each value of a group column, every member's score as a dot and the group's
    /// mean as a bar, groups in the order of their means (best first). Units with no group value or a missing score
    /// are left out.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="groupColumn">The group column (e.g. <c>Region</c>).</param>
    /// <param name="node">The node compared; default the index.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>groups-COLUMN</c>.</returns>
    /// <exception cref="Nq52ValidationException">No unit carries the group column, or the node is unknown.</exception>
    public static Chart GroupComparison(IndexResult result, string groupColumn, string? node = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(groupColumn);
        var code = RequireNode(result, node ?? result.IndexCode);
        var scores = result.Scores.Column(code).ToArray();
        var units = result.Scores.Units;
        var groups = Enumerable.Range(0, units.Length)
            .Where(i => units[i].GroupOf(groupColumn) is not null && !double.IsNaN(scores[i]))
            .GroupBy(i => units[i].GroupOf(groupColumn)!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Members: g.ToArray(), Mean: g.Average(i => scores[i])))
            .OrderByDescending(g => g.Mean).ToArray();
        if (groups.Length == 0)
        {
            throw new Nq52ValidationException($"group \"{groupColumn}\"", "no unit with a score has a value in this group column.");
        }

        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleGroups), result.Framework[code].DisplayName, groupColumn));
        var bars = groups.Select((g, k) => new Bar { Position = k, Value = g.Mean, FillColor = ChartCanvas.Palette[0].WithAlpha(0.45), Size = 0.7 }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendGroupMean));
        var dotX = new List<double>();
        var dotY = new List<double>();
        for (var k = 0; k < groups.Length; k++)
        {
            var members = groups[k].Members;
            for (var m = 0; m < members.Length; m++)
            {
                // Spread the members evenly across the bar so equal scores do not hide each other.
                dotX.Add(k + (members.Length == 1 ? 0 : -0.25 + (0.5 * m / (members.Length - 1))));
                dotY.Add(scores[members[m]]);
            }
        }

        var dots = plot.Add.Markers(dotX.ToArray(), dotY.ToArray(), MarkerShape.FilledCircle, 7, ChartCanvas.Palette[3]);
        dots.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendUnit));
        plot.ShowLegend(Alignment.UpperRight);
        ChartCanvas.ManualTicks(plot.Axes.Bottom, groups.Select((_, k) => (double)k).ToArray(), groups.Select(g => $"{ChartCanvas.Shorten(g.Name, 24)} ({g.Members.Length})").ToArray());
        if (groups.Length > 8)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 150;
        }

        plot.Axes.Left.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisScore));
        plot.Axes.Margins(bottom: 0, top: 0.12);
        return ChartCanvas.Finish(plot, $"groups-{groupColumn}", options, result.IsSample);
    }
}
