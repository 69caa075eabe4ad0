using System.Globalization;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Interactive;

public static partial class NotebookViews
{
    /// <summary>
    /// The framework as a table, top down (each node followed by its children, names indented by depth): level, code,
    /// name, weight within the parent, effective weight in the index, and direction for indicators.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Framework(IndexFramework framework, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var l = Or(labels);
        var effective = framework.EffectiveWeights();
        var top = framework.NodesAtLevel(framework.MaxLevel)[0];
        var rows = new List<IEnumerable<string>>();
        void Add(FrameworkNode node, int depth)
        {
            rows.Add(Row(
                node.Level.ToString(CultureInfo.InvariantCulture),
                node.Code,
                new string(' ', 2 * depth) + node.DisplayName,
                node.Weight.ToString("0.###", l.Language.Culture),
                effective.TryGetValue(node.Code, out var w) ? w.ToString("0.####", l.Language.Culture) : "-",
                node.IsIndicator ? (node.Direction == Direction.Positive ? "+1" : "-1") : ""));
            foreach (var child in framework.ChildrenOf(node.Code))
            {
                Add(child, depth + 1);
            }
        }

        Add(top, 0);
        var table = NotebookTable.Create(l.FrameworkTree, [l.Level, l.Code, l.Name, l.Weight, l.EffectiveWeight, l.Direction], rows);
        return View(() => Framework(framework, NotebookLabels.English), l, Format(l, l.FrameworkTitle, top.Code), null, Format(l, l.FrameworkSummary, framework.Indicators.Length, framework.MaxLevel), table);
    }
}
