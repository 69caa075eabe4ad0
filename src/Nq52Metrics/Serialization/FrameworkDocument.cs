namespace Nq52Metrics.Serialization;

/// <summary>
/// The framework file as written on disk (camelCase JSON; see docs/formats.md and schemas/framework.schema.json).
/// A plain data shape: all checking happens when it becomes an <see cref="Frameworks.IndexFramework"/>.
/// </summary>
internal sealed class FrameworkDocument
{
    /// <summary>A name for the index (free text), if given.</summary>
    public string? Name { get; init; }

    /// <summary>Names of the unit-group columns of the data.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Names of the denominator columns of the data.</summary>
    public IReadOnlyList<string>? Denominators { get; init; }

    /// <summary>Every node: indicators and aggregates.</summary>
    public required IReadOnlyList<FrameworkNodeDocument> Nodes { get; init; }
}

/// <summary>One node of a <see cref="FrameworkDocument"/>; optional fields take the <see cref="Frameworks.FrameworkNode"/> defaults.</summary>
internal sealed class FrameworkNodeDocument
{
    /// <summary>Unique node code.</summary>
    public required string Code { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>1 = indicator, 2+ = aggregate levels.</summary>
    public required int Level { get; init; }

    /// <summary>Parent code; absent at the top.</summary>
    public string? Parent { get; init; }

    /// <summary>Weight relative to the siblings (default 1).</summary>
    public double? Weight { get; init; }

    /// <summary>1 or -1 (default 1).</summary>
    public int? Direction { get; init; }

    /// <summary>Unit of measurement.</summary>
    public string? Unit { get; init; }

    /// <summary>Target value (raw units).</summary>
    public double? Target { get; init; }

    /// <summary>Denominator column name.</summary>
    public string? Denominator { get; init; }

    /// <summary>Goalposts (raw units).</summary>
    public GoalpostsDocument? Goalposts { get; init; }

    /// <summary>Transform of the raw values: none, log, log10 or sqrt (default none).</summary>
    public string? Transform { get; init; }
}

/// <summary>The goalposts of a node.</summary>
internal sealed class GoalpostsDocument
{
    /// <summary>Lower goalpost (raw units).</summary>
    public required double Lower { get; init; }

    /// <summary>Upper goalpost (raw units).</summary>
    public required double Upper { get; init; }
}
