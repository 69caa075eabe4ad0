namespace Nq52Metrics.Frameworks;

/// <summary>
/// One node of an index framework: an indicator (level 1, a column of the dataset) or an aggregate
/// (level ≥ 2: pillar, sub-index, index…). Nodes are validated together when an
/// <see cref="IndexFramework"/> is created.
/// </summary>
public sealed record FrameworkNode
{
    /// <summary>Unique code (no white space), e.g. <c>LPI</c> or <c>Conn</c>; kept in Unicode normalisation form C.</summary>
    public required string Code { get; init => field = Codes.Normalize(value); }

    /// <summary>Human-readable name; defaults to an empty string (use <see cref="DisplayName"/>).</summary>
    public string Name { get; init; } = "";

    /// <summary>Level in the tree: 1 = indicator, 2 = first aggregate level, …, the highest = index.</summary>
    public required int Level { get; init; }

    /// <summary>Code of the parent node, exactly one level up (normalisation form C); <see langword="null"/> at the top level.</summary>
    public string? Parent { get; init => field = Codes.Normalize(value); }

    /// <summary>Weight relative to the siblings under the same parent (finite, &gt; 0). Default 1.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>Polarity; used for indicators only. Default <see cref="Direction.Positive"/>.</summary>
    public Direction Direction { get; init; } = Direction.Positive;

    /// <summary>Unit of measurement (free text), if known.</summary>
    public string? Unit { get; init; }

    /// <summary>Target value in raw units for distance-to-target normalisation, if any.</summary>
    public double? Target { get; init; }

    /// <summary>Name of the dataset's denominator column this indicator is divided by, if any.</summary>
    public string? Denominator { get; init; }

    /// <summary>Goalposts for goalpost normalisation, if any.</summary>
    public Goalposts? Goalposts { get; init; }

    /// <summary>
    /// The transform applied to the indicator's raw values before imputation (<see cref="IndicatorTransform.None"/> by
    /// default). Its target and goalposts, given in raw units, are transformed the same way.
    /// </summary>
    public IndicatorTransform Transform { get; init; } = IndicatorTransform.None;

    /// <summary>True for indicators (level 1).</summary>
    public bool IsIndicator => Level == 1;

    /// <summary>The name, or the code when the name is empty.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Code : Name;
}
