using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;
using System.Collections.Immutable;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Frameworks;

/// <summary>
/// An index framework: the tree of indicators (level 1) and aggregates (levels 2…<see cref="MaxLevel"/>),
/// their weights and directions, plus the names of the unit-group and denominator columns a dataset may
/// carry. Immutable; validated when created (every problem is reported at once).
/// </summary>
/// <remarks>
/// Node order is preserved: indicators keep the order they were given in, aggregates are ordered by level,
/// then by the order they were given in. Weights are relative within a parent; they need not sum to 1.
/// </remarks>
public sealed class IndexFramework
{
    private readonly FrozenDictionary<string, int> _indexByCode;
    private readonly ImmutableArray<ImmutableArray<FrameworkNode>> _children;

    private IndexFramework(
        ImmutableArray<FrameworkNode> nodes,
        ImmutableArray<string> groupColumns,
        ImmutableArray<string> denominatorColumns)
    {
        Nodes = nodes;
        GroupColumns = groupColumns;
        DenominatorColumns = denominatorColumns;
        _indexByCode = nodes.Select((n, i) => (n.Code, i)).ToFrozenDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        Indicators = nodes.Where(n => n.IsIndicator).ToImmutableArray();
        MaxLevel = nodes.Max(n => n.Level);
        var children = new List<FrameworkNode>[nodes.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        foreach (var node in nodes)
        {
            if (node.Parent is not null)
            {
                children[_indexByCode[node.Parent]].Add(node);
            }
        }

        _children = children.Select(c => c.ToImmutableArray()).ToImmutableArray();
    }

    /// <summary>All nodes: indicators first (given order), then aggregates by level.</summary>
    public ImmutableArray<FrameworkNode> Nodes { get; }

    /// <summary>The indicators (level-1 nodes), in the order given.</summary>
    public ImmutableArray<FrameworkNode> Indicators { get; }

    /// <summary>The highest level (the index level).</summary>
    public int MaxLevel { get; }

    /// <summary>Names of unit-group columns (e.g. region, income group) a dataset may carry.</summary>
    public ImmutableArray<string> GroupColumns { get; }

    /// <summary>Names of denominator columns a dataset may carry (e.g. population, GDP).</summary>
    public ImmutableArray<string> DenominatorColumns { get; }

    /// <summary>The node with the given code.</summary>
    /// <param name="code">A node code.</param>
    /// <exception cref="KeyNotFoundException">No node has that code.</exception>
    public FrameworkNode this[string code] =>
        TryGetNode(code, out var node) ? node : throw new KeyNotFoundException($"The framework has no node \"{code}\".");

    /// <summary>Looks up a node by code (compared in Unicode normalisation form C, so either way of typing accents finds it).</summary>
    /// <param name="code">A node code.</param>
    /// <param name="node">The node, when found.</param>
    /// <returns>True when a node has that code.</returns>
    public bool TryGetNode(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FrameworkNode? node)
    {
        if (_indexByCode.TryGetValue(Codes.Normalize(code), out var i))
        {
            node = Nodes[i];
            return true;
        }

        node = null;
        return false;
    }

    /// <summary>True when a node has the given code.</summary>
    /// <param name="code">A node code.</param>
    /// <returns>Whether the node exists.</returns>
    public bool Contains(string code) => _indexByCode.ContainsKey(Codes.Normalize(code));

    /// <summary>The children of a node (empty for indicators), in framework order.</summary>
    /// <param name="code">A node code.</param>
    /// <returns>The direct children.</returns>
    public ImmutableArray<FrameworkNode> ChildrenOf(string code) => _children[IndexOf(code)];

    /// <summary>The nodes at one level, in framework order (empty when the level does not exist).</summary>
    /// <param name="level">A level, 1 = indicators.</param>
    /// <returns>The nodes at that level.</returns>
    public ImmutableArray<FrameworkNode> NodesAtLevel(int level) => Nodes.Where(n => n.Level == level).ToImmutableArray();

    /// <summary>
    /// Effective weight of every node: its weight divided by the sum of its siblings' weights, multiplied
    /// down from the top (COINr's effective weights). The top-level nodes' effective weights sum to 1.
    /// </summary>
    /// <returns>Effective weight by node code.</returns>
    public ImmutableDictionary<string, double> EffectiveWeights()
    {
        var result = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var tops = Nodes.Where(n => n.Parent is null).ToList();
        var topShares = Shares(tops);
        var stack = new Stack<(FrameworkNode Node, double Weight)>(tops.Select((n, i) => (n, topShares[i])));
        while (stack.Count > 0)
        {
            var (node, weight) = stack.Pop();
            result[node.Code] = weight;
            var children = ChildrenOf(node.Code);
            var shares = Shares(children);
            for (var i = 0; i < children.Length; i++)
            {
                stack.Push((children[i], weight * shares[i]));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A copy with some weights replaced (e.g. from a weights file). Every code must exist.
    /// </summary>
    /// <param name="weights">New weight by node code (finite, &gt; 0).</param>
    /// <returns>The re-weighted framework.</returns>
    /// <exception cref="Nq52ValidationException">An unknown code or an invalid weight.</exception>
    public IndexFramework WithWeights(IReadOnlyDictionary<string, double> weights) => ReweightedBy(weights).GetValueOrThrow();

    /// <summary>As <see cref="WithWeights"/>, returning the problems rather than throwing them.</summary>
    /// <param name="weights">New weight by node code (finite, &gt; 0).</param>
    /// <param name="framework">The re-weighted framework, when every code exists and every weight is valid.</param>
    /// <param name="problems">Every problem (empty when there is none).</param>
    /// <returns>True when the weights apply.</returns>
    public bool TryWithWeights(IReadOnlyDictionary<string, double> weights, [NotNullWhen(true)] out IndexFramework? framework, out ImmutableArray<ValidationProblem> problems)
    {
        return ReweightedBy(weights).TryGetValue(out framework, out problems);
    }

    private Outcome<IndexFramework> ReweightedBy(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var normalised = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, weight) in weights)
        {
            normalised[Codes.Normalize(code)] = weight;
        }

        var unknown = weights.Keys.Where(c => !Contains(c)).OrderBy(c => c, StringComparer.Ordinal)
            .Select(code => ProblemMessages.Problem(ProblemLocation.OfParameter($"weight \"{code}\""), nameof(Messages.FrameworkUnknownWeight))).ToList();
        if (unknown.Count > 0)
        {
            return Outcome<IndexFramework>.Failure(unknown);
        }

        return TryCreate(
            Nodes.Select(n => normalised.TryGetValue(n.Code, out var w) ? n with { Weight = w } : n),
            GroupColumns,
            DenominatorColumns);
    }

    /// <summary>
    /// A copy without the given nodes (and their descendants); aggregates left without children are removed
    /// too, as COINr's <c>exclude</c> does.
    /// </summary>
    /// <param name="codes">Codes of nodes to remove.</param>
    /// <returns>The pruned framework.</returns>
    /// <exception cref="Nq52ValidationException">An unknown code, or nothing would be left.</exception>
    public IndexFramework Without(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var problems = new ValidationProblems();
        foreach (var code in codes)
        {
            if (!Contains(code))
            {
                problems.AddMessage($"excluded node \"{code}\"", nameof(Messages.FrameworkUnknownWeight));
            }

            removed.Add(Codes.Normalize(code));
        }

        problems.ThrowIfAny();
        bool changed;
        do
        {
            changed = false;
            foreach (var node in Nodes)
            {
                if (removed.Contains(node.Code))
                {
                    continue;
                }

                var parentGone = node.Parent is not null && removed.Contains(node.Parent);
                var childless = !node.IsIndicator && ChildrenOf(node.Code).All(c => removed.Contains(c.Code));
                if (parentGone || childless)
                {
                    removed.Add(node.Code);
                    changed = true;
                }
            }
        }
        while (changed);

        var kept = Nodes.Where(n => !removed.Contains(n.Code)).ToList();
        if (kept.Count == 0)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter("framework"), nameof(Messages.FrameworkNothingLeft))]);
        }

        return Create(kept, GroupColumns, DenominatorColumns);
    }

    /// <summary>
    /// Creates and validates a framework. Every problem found is reported together: empty, duplicate or
    /// white-space codes, unknown parents, a parent not exactly one level up, cycles, aggregates without
    /// children, non-finite or non-positive weights, directions other than ±1, levels below 1, a node below
    /// the top level without a parent, more than one top-level node (each is named), no indicators.
    /// </summary>
    /// <param name="nodes">The nodes, in any order.</param>
    /// <param name="groupColumns">Names of unit-group columns (optional).</param>
    /// <param name="denominatorColumns">Names of denominator columns (optional).</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">The nodes do not form a valid framework.</exception>
    public static IndexFramework Create(
        IEnumerable<FrameworkNode> nodes,
        IEnumerable<string>? groupColumns = null,
        IEnumerable<string>? denominatorColumns = null) =>
        TryCreate(nodes, groupColumns, denominatorColumns).GetValueOrThrow();

    /// <summary>As <see cref="Create"/>, with the problems returned rather than thrown (each located at its node).</summary>
    internal static Outcome<IndexFramework> TryCreate(
        IEnumerable<FrameworkNode> nodes,
        IEnumerable<string>? groupColumns = null,
        IEnumerable<string>? denominatorColumns = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var list = nodes.ToList();
        var problems = new ValidationProblems();
        if (list.Count == 0)
        {
            return Outcome<IndexFramework>.Failure([ProblemMessages.Problem(ProblemLocation.OfParameter("framework"), nameof(Messages.FrameworkNoNodes))]);
        }

        var byCode = new Dictionary<string, FrameworkNode>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var node = list[i] ?? throw new ArgumentException("A node is null.", nameof(nodes));
            var where = string.IsNullOrEmpty(node.Code) ? ProblemLocation.OfParameter($"node #{i + 1}") : ProblemLocation.OfNode(node.Code);
            if (string.IsNullOrWhiteSpace(node.Code))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkCodeEmpty));
                continue;
            }

            if (node.Code.Any(char.IsWhiteSpace))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkCodeWhiteSpace));
            }

            if (!byCode.TryAdd(node.Code, node))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkCodeRepeated));
            }

            if (node.Level < 1)
            {
                problems.AddMessage(where, nameof(Messages.FrameworkLevelInvalid), node.Level);
            }

            if (!double.IsFinite(node.Weight) || node.Weight < 0)
            {
                problems.AddMessage(where, nameof(Messages.FrameworkWeightInvalid), node.Weight);
            }

            if (node.Direction is not (Direction.Positive or Direction.Negative))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkDirectionInvalid), (int)node.Direction);
            }

            if (node.Target is { } t && !double.IsFinite(t))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkTargetInvalid));
            }

            if (node.Goalposts is { } g && (!double.IsFinite(g.Lower) || !double.IsFinite(g.Upper) || g.Lower == g.Upper))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkGoalpostsInvalid));
            }
            else if (node.Goalposts is { } h && !double.IsFinite(h.Upper - h.Lower))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkGoalpostsOverflow));
            }

            if (node.Transform != IndicatorTransform.None && node.Level != 1)
            {
                problems.AddMessage(where, nameof(Messages.FrameworkTransformOnAggregate), node.Level);
            }
            else if (!Enum.IsDefined(node.Transform))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkTransformUnknown), (int)node.Transform);
            }
            else if (node.Transform is IndicatorTransform.Log or IndicatorTransform.Log10 or IndicatorTransform.Sqrt)
            {
                var outside = (double v) => node.Transform == IndicatorTransform.Sqrt ? v < 0 : v <= 0;
                if ((node.Target is { } target && outside(target)) || (node.Goalposts is { } gp && (outside(gp.Lower) || outside(gp.Upper))))
                {
                    if (node.Transform == IndicatorTransform.Sqrt)
                    {
                        problems.AddMessage(where, nameof(Messages.FrameworkTransformDomainSqrt));
                    }
                    else
                    {
                        problems.AddMessage(where, nameof(Messages.FrameworkTransformDomainLog), node.Transform.ToString().ToLowerInvariant());
                    }
                }
            }
        }

        var maxLevel = list.Max(n => n.Level);
        var hasChildren = new HashSet<string>(StringComparer.Ordinal);
        var hasWeightedChild = ParentsOfWeightedChildren(byCode.Values);
        foreach (var node in byCode.Values)
        {
            var where = ProblemLocation.OfNode(node.Code);
            if (node.Parent is null)
            {
                if (node.Level != maxLevel)
                {
                    problems.AddMessage(where, nameof(Messages.FrameworkNoParentBelowTop), node.Level, maxLevel);
                }

                continue;
            }

            if (!byCode.TryGetValue(node.Parent, out var parent))
            {
                problems.AddMessage(where, nameof(Messages.FrameworkParentUnknown), node.Parent);
                continue;
            }

            hasChildren.Add(parent.Code);
            if (parent.Level != node.Level + 1)
            {
                problems.AddMessage(where, nameof(Messages.FrameworkParentLevel), parent.Code, parent.Level, node.Level + 1);
            }
        }

        foreach (var node in byCode.Values)
        {
            if (node.Level > 1 && !hasChildren.Contains(node.Code))
            {
                problems.AddMessage(ProblemLocation.OfNode(node.Code), nameof(Messages.FrameworkAggregateWithoutChildren), node.Level);
            }
            else if (node.Level > 1 && !hasWeightedChild.Contains(node.Code))
            {
                problems.AddMessage(ProblemLocation.OfNode(node.Code), nameof(Messages.FrameworkEveryChildWeightZero));
            }

            if (HasCycle(node, byCode))
            {
                problems.AddMessage(ProblemLocation.OfNode(node.Code), nameof(Messages.FrameworkParentLoop));
            }
        }

        if (!byCode.Values.Any(n => n.Level == 1))
        {
            problems.AddMessage("framework", nameof(Messages.FrameworkNoIndicators));
        }

        var tops = byCode.Values.Where(n => n.Parent is null && n.Level == maxLevel).Select(n => $"\"{n.Code}\"").ToList();
        if (tops.Count > 1)
        {
            problems.AddMessage("framework", nameof(Messages.FrameworkSeveralTops), tops.Count, string.Join(", ", tops), maxLevel);
        }

        var groups = (groupColumns ?? []).ToImmutableArray();
        var denominators = (denominatorColumns ?? []).ToImmutableArray();
        CheckColumnNames(groups, "group column", byCode, problems);
        CheckColumnNames(denominators, "denominator column", byCode, problems);
        if (!problems.IsEmpty)
        {
            return Outcome<IndexFramework>.Failure(problems.Items);
        }

        // A weight of -0 is 0 (shown and written as 0).
        var ordered = list.Where(n => n.Level == 1)
            .Concat(list.Where(n => n.Level > 1).OrderBy(n => n.Level))
            .Select(n => n.Weight == 0 && double.IsNegative(n.Weight) ? n with { Weight = 0 } : n)
            .ToImmutableArray();
        return Outcome<IndexFramework>.Success(new IndexFramework(ordered, groups, denominators));
    }

    /// <summary>
    /// The codes of the nodes with at least one child whose weight is not 0. An aggregate missing from them would have no
    /// value (every child left out), which a framework and a weight set both refuse.
    /// </summary>
    internal static HashSet<string> ParentsOfWeightedChildren(IEnumerable<FrameworkNode> nodes) =>
        nodes.Where(n => n.Parent is not null && n.Weight != 0).Select(n => n.Parent!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Each sibling's share of the siblings' total weight, from <see cref="RelativeWeights"/> (so weights near the
    /// largest double do not overflow the total and make every share 0).
    /// </summary>
    internal static double[] Shares(IReadOnlyList<FrameworkNode> siblings)
    {
        var weights = RelativeWeights(siblings.Select(s => s.Weight).ToArray());
        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }

    /// <summary>
    /// Sibling weights relative to the largest of them: multiplied by the power of two that brings the largest into
    /// [1, 2). That keeps their ratios exactly (results are the same as with the weights as given), and neither their
    /// sum nor a weight times a value can overflow because of the weights' size.
    /// </summary>
    internal static double[] RelativeWeights(double[] weights)
    {
        var largest = weights.Length == 0 ? 0 : weights.Max();
        if (!(largest > 0) || !double.IsFinite(largest))
        {
            return weights;
        }

        var scale = Math.ScaleB(1.0, -Math.ILogB(largest));
        return weights.Select(w => w * scale).ToArray();
    }

    internal int IndexOf(string code) =>
        _indexByCode.TryGetValue(Codes.Normalize(code), out var i) ? i : throw new KeyNotFoundException($"The framework has no node \"{code}\".");

    private static void CheckColumnNames(
        ImmutableArray<string> names,
        string what,
        Dictionary<string, FrameworkNode> nodes,
        ValidationProblems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.AddMessage(what, nameof(Messages.FrameworkNameEmpty));
            }
            else if (!seen.Add(name))
            {
                problems.AddMessage($"{what} \"{name}\"", nameof(Messages.FrameworkNameRepeated));
            }
            else if (nodes.ContainsKey(name))
            {
                problems.AddMessage($"{what} \"{name}\"", nameof(Messages.FrameworkNameIsNodeCode));
            }
        }
    }

    private static bool HasCycle(FrameworkNode start, Dictionary<string, FrameworkNode> byCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Code };
        var current = start;
        while (current.Parent is not null && byCode.TryGetValue(current.Parent, out var parent))
        {
            if (!seen.Add(parent.Code))
            {
                return parent.Code == start.Code;
            }

            current = parent;
        }

        return false;
    }

}
