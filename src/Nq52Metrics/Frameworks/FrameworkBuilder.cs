using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Frameworks;

/// <summary>
/// Builds an <see cref="IndexFramework"/> in code by naming each node's parent, without stating levels: indicators are
/// level 1 and each aggregate sits one level above its children. Immutable: every call returns a new builder, so a
/// partly built framework can be shared and extended. Nothing is checked until <see cref="Build"/>, which reports
/// every problem at once.
/// </summary>
/// <example>
/// <code>
/// var framework = new FrameworkBuilder("Index")
///     .Aggregate("Input", parent: "Index")
///     .Indicator("rd", parent: "Input", name: "R&amp;D spending")
///     .Build();
/// </code>
/// </example>
public sealed class FrameworkBuilder
{
    private readonly ImmutableList<Entry> _entries;

    /// <summary>Starts a framework with its top node (the index).</summary>
    /// <param name="indexCode">The index's code.</param>
    /// <param name="name">The index's name (optional).</param>
    public FrameworkBuilder(string indexCode, string? name = null)
        : this([new Entry(new FrameworkNode { Code = NotNull(indexCode), Level = 0, Name = name ?? "" }, IsIndicator: false)])
    {
    }

    private FrameworkBuilder(ImmutableList<Entry> entries) => _entries = entries;

    /// <summary>Adds an aggregate (a pillar, a sub-index…) under an aggregate added before it.</summary>
    /// <param name="code">The aggregate's code.</param>
    /// <param name="parent">The parent's code (the index or an aggregate added earlier).</param>
    /// <param name="name">The name (optional).</param>
    /// <param name="weight">The weight relative to its siblings (finite, &gt; 0; default 1).</param>
    /// <returns>A new builder with the aggregate added.</returns>
    public FrameworkBuilder Aggregate(string code, string parent, string? name = null, double weight = 1.0) =>
        new(_entries.Add(new Entry(new FrameworkNode { Code = NotNull(code), Level = 0, Parent = parent, Name = name ?? "", Weight = weight }, IsIndicator: false)));

    /// <summary>Adds an indicator (a column of the data) under an aggregate added before it.</summary>
    /// <param name="code">The indicator's code, as in the data.</param>
    /// <param name="parent">The parent's code (the index or an aggregate added earlier).</param>
    /// <param name="name">The name (optional).</param>
    /// <param name="weight">The weight relative to its siblings (finite, &gt; 0; default 1).</param>
    /// <param name="direction">Whether higher values are better (default) or worse.</param>
    /// <param name="unit">The unit of measurement (free text, optional).</param>
    /// <returns>A new builder with the indicator added.</returns>
    public FrameworkBuilder Indicator(string code, string parent, string? name = null, double weight = 1.0, Direction direction = Direction.Positive, string? unit = null) =>
        new(_entries.Add(new Entry(new FrameworkNode { Code = NotNull(code), Level = 1, Parent = parent, Name = name ?? "", Weight = weight, Direction = direction, Unit = unit }, IsIndicator: true)));

    /// <summary>
    /// Gives every aggregate its level (one above its highest child) and creates the framework with
    /// <see cref="IndexFramework.Create"/>.
    /// </summary>
    /// <param name="groupColumns">Names of unit-group columns the data may carry (optional).</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">Every problem: a parent that is not an aggregate added earlier, a code
    /// added twice, an aggregate with no children, and whatever <see cref="IndexFramework.Create"/> finds (e.g. indicators at different
    /// depths: a parent that is not exactly one level up).</exception>
    public IndexFramework Build(IEnumerable<string>? groupColumns = null)
    {
        var problems = new ValidationProblems();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new int[_entries.Count];
        var repeated = new bool[_entries.Count];
        for (var i = 0; i < _entries.Count; i++)
        {
            var node = _entries[i].Node;
            if (i > 0 && (node.Parent is null || !position.TryGetValue(node.Parent, out var p) || _entries[p].IsIndicator))
            {
                problems.AddMessage(ProblemLocation.OfNode(node.Code), nameof(Messages.FrameworkBuilderParentNotBefore), node.Parent ?? "");
            }

            if (!position.TryAdd(node.Code, i))
            {
                // A second node with the code: its children, if any, went to the first one.
                repeated[i] = true;
                problems.AddMessage(ProblemLocation.OfNode(node.Code), nameof(Messages.FrameworkBuilderDuplicateCode));
            }
        }

        // Children come after their parents, so one backward pass sees every child before its parent.
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var entry = _entries[i];
            if (entry.IsIndicator)
            {
                levels[i] = 1;
            }
            else if (levels[i] == 0 && !repeated[i])
            {
                problems.AddMessage(ProblemLocation.OfNode(entry.Node.Code), nameof(Messages.FrameworkBuilderNoChildren));
                levels[i] = 2;
            }

            if (i > 0 && entry.Node.Parent is { } parent && position.TryGetValue(parent, out var p) && p < i)
            {
                levels[p] = Math.Max(levels[p], levels[i] + 1);
            }
        }

        problems.ThrowIfAny();
        return IndexFramework.Create(_entries.Select((e, i) => e.Node with { Level = levels[i] }), groupColumns);
    }

    private static string NotNull(string code, [CallerArgumentExpression(nameof(code))] string? parameter = null) =>
        code ?? throw new ArgumentNullException(parameter, "A node code cannot be null.");

    private sealed record Entry(FrameworkNode Node, bool IsIndicator);
}
