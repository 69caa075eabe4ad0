namespace Nq52Metrics.Serialization;

/// <summary>
/// A build result as a JSON file (see docs/formats.md): the index code, the methodology (method-file shape), the
/// framework (framework-file shape) and, per ranked unit, its score and rank for every node. Missing values are
/// <c>null</c>.
/// </summary>
internal sealed record ResultDocument
{
    /// <summary><c>SAMPLE</c> when the result was built from sample data (<see cref="Data.SampleData"/>); absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    [System.Text.Json.Serialization.JsonPropertyName(Data.SampleData.JsonKey)]
    public string? DataStatus { get; init; }

    /// <summary>Code of the index (the top node).</summary>
    public required string Index { get; init; }

    /// <summary>The methodology used, as a method file would state it (every key written).</summary>
    public required MethodDocument Methodology { get; init; }

    /// <summary>The framework used, as a framework file would state it.</summary>
    public required FrameworkDocument Framework { get; init; }

    /// <summary>The ranked units (those kept by screening), in data order; for panel data, period by period.</summary>
    public required IReadOnlyList<ResultUnitDocument> Units { get; init; }
}

/// <summary>One unit of a <see cref="ResultDocument"/>.</summary>
internal sealed class ResultUnitDocument
{
    /// <summary>Panel data only: the period of this entry (units are listed period by period); absent otherwise.</summary>
    public int? Period { get; init; }

    /// <summary>Unit code.</summary>
    public required string Code { get; init; }

    /// <summary>Unit name.</summary>
    public required string Name { get; init; }

    /// <summary>Group memberships (group column → value); absent when the unit has none.</summary>
    public IReadOnlyDictionary<string, string>? Groups { get; init; }

    /// <summary>Score by node code (indicators: normalised value), in framework order; null = missing.</summary>
    public required IReadOnlyDictionary<string, double?> Scores { get; init; }

    /// <summary>Rank by node code (1 = best), in framework order; null = missing.</summary>
    public required IReadOnlyDictionary<string, double?> Ranks { get; init; }
}
