using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// What one edition of the PII or DTI published about one unit: its row of the published table (null when the sources
/// give nothing for it) and, for the PII, the efficiency ratio Output / Input when both are published once.
/// </summary>
/// <param name="Index">PII or DTI.</param>
/// <param name="Edition">The edition label year.</param>
/// <param name="Unit">The unit as that edition knows it (a province before the 2025 merger, a 2025 unit after).</param>
/// <param name="Row">The published facts about the unit; null when there are none.</param>
public sealed record EditionStanding(IndexKind Index, int Edition, AdministrativeUnit Unit, PublishedUnitRow? Row)
{
    /// <summary>
    /// Output / Input (the GII efficiency ratio), derived from the published sub-indices; null unless exactly one value
    /// of each is published and Input is above 0.
    /// </summary>
    public decimal? Efficiency =>
        Row is null ? null
        : Distinct(MeasureKind.Input) is [var input] && Distinct(MeasureKind.Output) is [var output] && input > 0 ? output / input
        : null;

    private ImmutableArray<decimal> Distinct(MeasureKind kind) => Row!.Of(kind).Select(f => f.Value).Distinct().ToImmutableArray();
}
