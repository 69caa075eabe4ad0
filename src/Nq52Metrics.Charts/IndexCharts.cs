using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>
/// The charts of a built index: each method draws one <see cref="Chart"/> (PNG or SVG) from a result. Units are
/// labelled by name; a missing (NaN) score is left out of the drawing, never drawn as 0.
/// </summary>
public static partial class IndexCharts
{
    /// <summary>
    /// Ranking bars: one horizontal bar per unit, best at the top, split into one segment per child of the node (e.g.
    /// the sub-indices of the index). A segment's length is the unit's score × the child's share of Σ weight × child
    /// score, so the segments add up to the score whatever the aggregation; a unit whose children are all missing is
    /// one plain bar; units with a missing score are not drawn.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="node">The node ranked; default the index.</param>
    /// <param name="options">Size and title; default <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart, named <c>ranking</c> (or <c>ranking-NODE</c>).</returns>
    /// <exception cref="Nq52ValidationException">The node is not in the framework.</exception>
    public static Chart RankingBars(IndexResult result, string? node = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var code = RequireNode(result, node ?? result.IndexCode);
        var ranking = result.Ranking(code).Where(r => !double.IsNaN(r.Score)).ToArray();
        var children = result.Framework.ChildrenOf(code);
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleRanking), result.Framework[code].DisplayName));
        var bars = new List<Bar>();
        var positions = new double[ranking.Length];
        var labels = new string[ranking.Length];
        for (var i = 0; i < ranking.Length; i++)
        {
            var row = ranking[i];
            var y = ranking.Length - i;
            positions[i] = y;
            labels[i] = $"{row.Rank.ToString("0.#", CultureInfo.InvariantCulture)}. {ChartCanvas.Shorten(row.Unit.Name)}";
            var unit = result.Scores.UnitIndex(row.Unit.Code);
            var parts = children.Select(c => c.Weight * result.Scores.Column(c.Code)[unit]).ToArray();
            var total = parts.Where(p => !double.IsNaN(p)).Sum();
            if (children.IsEmpty || total <= 0)
            {
                bars.Add(new Bar { Position = y, Value = row.Score, FillColor = ChartCanvas.Palette[0], Size = 0.8 });
                continue;
            }

            var start = 0.0;
            for (var c = 0; c < parts.Length; c++)
            {
                if (double.IsNaN(parts[c]))
                {
                    continue;
                }

                var end = start + (row.Score * parts[c] / total);
                bars.Add(new Bar { Position = y, ValueBase = start, Value = end, FillColor = ChartCanvas.Palette[c % ChartCanvas.Palette.Length], Size = 0.8 });
                start = end;
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        for (var c = 0; c < children.Length; c++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartCanvas.Shorten(children[c].DisplayName, 40), FillColor = ChartCanvas.Palette[c % ChartCanvas.Palette.Length] });
        }

        plot.Legend.IsVisible = children.Length > 0;
        plot.Legend.Alignment = Alignment.LowerRight;
        ChartCanvas.ManualTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Bottom.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisScoreSegments));
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.01, top: 0.01);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ChartCanvas.Finish(plot, code == result.IndexCode ? "ranking" : $"ranking-{code}", options, result.IsSample, 120 + (ranking.Length * ChartCanvas.RowPixels));
    }

    /// <summary>
    /// A unit's profile: its score on each node of a level (default the pillars: level 2, or level 1 when the index
    /// has only two levels) as bars, against the median and the best score of all units on that node (markers).
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="level">The framework level drawn; default as above.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>profile-UNIT</c>.</returns>
    /// <exception cref="Nq52ValidationException">The unit is not in the result or the level has no nodes.</exception>
    public static Chart UnitProfile(IndexResult result, string unitCode, int? level = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(unitCode);
        if (!result.Scores.HasUnit(unitCode))
        {
            throw new Nq52ValidationException($"unit \"{unitCode}\"", "the unit is not in the result (unknown or screened out).");
        }

        var drawnLevel = level ?? (result.Framework.MaxLevel >= 3 ? 2 : 1);
        var nodes = result.Framework.NodesAtLevel(drawnLevel);
        if (nodes.IsEmpty)
        {
            throw new Nq52ValidationException("level", $"the framework has no nodes at level {drawnLevel} (levels 1–{result.Framework.MaxLevel}).");
        }

        var unit = result.Scores.UnitIndex(unitCode);
        var name = result.Scores.Units[unit].Name;
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleProfile), name));
        var positions = new double[nodes.Length];
        var labels = new string[nodes.Length];
        var bars = new List<Bar>();
        var medians = new List<Coordinates>();
        var bests = new List<Coordinates>();
        for (var k = 0; k < nodes.Length; k++)
        {
            var y = nodes.Length - k;
            positions[k] = y;
            labels[k] = ChartCanvas.Shorten(nodes[k].DisplayName, 34);
            var column = result.Scores.Column(nodes[k].Code);
            if (!double.IsNaN(column[unit]))
            {
                bars.Add(new Bar { Position = y, Value = column[unit], FillColor = ChartCanvas.Palette[0], Size = 0.6 });
            }

            var median = ColumnStatistics.Median(column);
            var (_, best, count) = ColumnStatistics.MinMax(column);
            if (count > 0)
            {
                medians.Add(new Coordinates(median, y));
                bests.Add(new Coordinates(best, y));
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.LegendText = name;
        var medianMarkers = plot.Add.Markers(medians, MarkerShape.FilledDiamond, 12, ChartCanvas.Palette[1]);
        medianMarkers.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendMedianAllUnits));
        var bestMarkers = plot.Add.Markers(bests, MarkerShape.FilledTriangleUp, 12, ChartCanvas.Palette[2]);
        bestMarkers.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendBestUnit));
        plot.ShowLegend(Alignment.LowerRight);
        ChartCanvas.ManualTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Bottom.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisScore));
        plot.Axes.Margins(left: 0, right: 0.05);
        return ChartCanvas.Finish(plot, $"profile-{result.Scores.Units[unit].Code}", options, result.IsSample, 160 + (nodes.Length * 40));
    }

    /// <summary>
    /// An indicator's distribution at one step of the pipeline: a histogram (Sturges' bins) of the non-missing values,
    /// with one tick per unit underneath. All values equal → one bar; no value → an empty chart saying so.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="stage">The step whose output is drawn; default <see cref="PipelineStage.Transform"/> (raw values after
    /// denomination and transforms).</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>distribution-CODE</c>.</returns>
    /// <exception cref="Nq52ValidationException">The code is not an indicator of the framework.</exception>
    public static Chart Distribution(IndexResult result, string indicator, PipelineStage stage = PipelineStage.Transform, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var code = RequireNode(result, indicator);
        var table = result.TableOf(stage);
        if (!table.HasColumn(code))
        {
            throw new Nq52ValidationException($"node \"{code}\"", $"the {stage} step has no column for it (an aggregate, or screened out).");
        }

        var values = table.Column(code).ToArray().Where(v => !double.IsNaN(v)).ToArray();
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleDistribution), result.Framework[code].DisplayName, StageName(stage, options)));
        plot.Axes.Left.Label.Text = ChartText.Of(options, nameof(ChartTexts.AxisUnits));
        plot.Axes.Bottom.Label.Text = result.Framework[code].Unit is { Length: > 0 } u ? u : ChartText.Of(options, nameof(ChartTexts.AxisValue));
        if (values.Length == 0)
        {
            plot.Add.Annotation(ChartText.Of(options, nameof(ChartTexts.NoteNoValues)));
            return ChartCanvas.Finish(plot, $"distribution-{code}", options, result.IsSample);
        }

        var (min, max) = (values.Min(), values.Max());
        var binCount = max > min ? (int)Math.Ceiling(Math.Log2(values.Length) + 1) : 1;
        var width = max > min ? (max - min) / binCount : 1.0;
        var counts = new int[binCount];
        foreach (var v in values)
        {
            counts[Math.Min(binCount - 1, (int)((v - min) / width))]++;
        }

        var bars = counts.Select((n, b) => new Bar
        {
            Position = min + ((b + 0.5) * width),
            Value = n,
            Size = width * 0.95,
            FillColor = ChartCanvas.Palette[0],
        }).ToList();
        plot.Add.Bars(bars);
        var tallest = Math.Max(1, counts.Max());
        var rug = plot.Add.Markers(values, values.Select(_ => -0.04 * tallest).ToArray(), MarkerShape.VerticalBar, 10, ChartCanvas.Palette[3]);
        rug.LegendText = ChartText.Of(options, nameof(ChartTexts.LegendOneUnit));
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsY(-0.08 * tallest, 1.1 * tallest);
        return ChartCanvas.Finish(plot, $"distribution-{code}", options, result.IsSample);
    }

    private static string StageName(PipelineStage stage, ChartOptions? options) => stage switch
    {
        PipelineStage.Denominate => ChartText.Of(options, nameof(ChartTexts.StageDenominated)),
        PipelineStage.Transform => ChartText.Of(options, nameof(ChartTexts.StageRaw)),
        PipelineStage.Impute => ChartText.Of(options, nameof(ChartTexts.StageImputed)),
        PipelineStage.Screen => ChartText.Of(options, nameof(ChartTexts.StageScreened)),
        PipelineStage.TreatOutliers => ChartText.Of(options, nameof(ChartTexts.StageOutliersTreated)),
        PipelineStage.Normalise => ChartText.Of(options, nameof(ChartTexts.StageNormalised)),
        _ => stage.ToString(),
    };

    private static string RequireNode(IndexResult result, string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return result.Framework.TryGetNode(node, out var found)
            ? found.Code
            : throw new Nq52ValidationException($"node \"{node}\"", "the framework has no node with this code.");
    }
}
