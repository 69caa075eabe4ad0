using Nq52Metrics.Frameworks;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>The chart of an index's structure.</summary>
public static partial class IndexCharts
{
    /// <summary>
    /// The framework as a tree drawn left to right: the index at the left, indicators at the right, one row per
    /// indicator; each node is labelled with its code and name (shortened) and its weight among its siblings in %.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="options">Size and title.</param>
    /// <returns>The chart, named <c>framework</c>.</returns>
    public static Chart FrameworkTree(IndexFramework framework, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var root = framework.NodesAtLevel(framework.MaxLevel)[0];
        var plot = ChartCanvas.NewPlot(ChartText.Of(options, nameof(ChartTexts.TitleFramework), root.DisplayName));
        var rows = new Dictionary<string, double>(StringComparer.Ordinal);
        var nextRow = 0.0;
        Place(root);
        var leafCount = nextRow;
        foreach (var node in framework.Nodes)
        {
            var x = framework.MaxLevel - node.Level;
            var y = leafCount - rows[node.Code];
            if (node.Parent is { } parent)
            {
                var px = framework.MaxLevel - framework[parent].Level;
                var py = leafCount - rows[parent];
                var link = plot.Add.Line(px + 0.02, py, x - 0.02, y);
                link.LineColor = Colors.Gray;
                link.LineWidth = 1;
            }

            var marker = plot.Add.Marker(x, y, MarkerShape.FilledCircle, 8);
            marker.Color = ChartCanvas.Palette[Math.Min(node.Level - 1, ChartCanvas.Palette.Length - 1)];
            var share = Share(framework, node);
            var caption = node.IsIndicator
                ? $"{ChartCanvas.Shorten(node.Code, 14)}  {ChartCanvas.Shorten(node.Name, 30)}{share}"
                : $"{ChartCanvas.Shorten(node.DisplayName, 24)}{share}";
            var text = plot.Add.Text(caption, x, y);
            text.LabelFontSize = node.IsIndicator ? 11 : 13;
            text.LabelBold = !node.IsIndicator;
            text.LabelAlignment = node.IsIndicator ? Alignment.MiddleLeft : Alignment.LowerCenter;
            text.OffsetX = node.IsIndicator ? 8 : 0;
            text.OffsetY = node.IsIndicator ? 0 : -6;
            text.LabelBackgroundColor = node.IsIndicator ? Colors.Transparent : Colors.White.WithAlpha(0.8);
        }

        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right, plot.Axes.Top })
        {
            axis.IsVisible = false;
        }

        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, framework.MaxLevel + 1.2, 0, leafCount + 1);
        return ChartCanvas.Finish(plot, "framework", options, isSample: false, 80 + (int)(leafCount * 22));

        void Place(FrameworkNode node)
        {
            var children = framework.ChildrenOf(node.Code);
            if (children.IsEmpty)
            {
                rows[node.Code] = nextRow++;
                return;
            }

            foreach (var child in children)
            {
                Place(child);
            }

            rows[node.Code] = children.Average(c => rows[c.Code]);
        }
    }

    private static string Share(IndexFramework framework, FrameworkNode node)
    {
        if (node.Parent is not { } parent)
        {
            return "";
        }

        var siblings = framework.ChildrenOf(parent);
        var total = siblings.Sum(s => s.Weight);
        return siblings.Length < 2 || total <= 0 ? "" : $" ({(100 * node.Weight / total).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} %)";
    }
}
