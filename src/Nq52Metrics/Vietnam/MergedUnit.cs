namespace Nq52Metrics.Vietnam;

/// <summary>
/// One of the 34 provincial units formed on 1 July 2025 (<c>units_2025.csv</c>). Its
/// <see cref="AdministrativeUnit.Code"/> (<c>N01</c>–<c>N34</c>) is a local identifier of the seeds, not an official
/// code; <see cref="AdministrativeUnit.RegionCode"/> is null because no source gives the post-2025 regions.
/// </summary>
public sealed record MergedUnit : AdministrativeUnit
{
    /// <inheritdoc/>
    public override UnitList List => UnitList.Units34;
}
