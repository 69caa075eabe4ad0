namespace Nq52Metrics.Vietnam;

/// <summary>
/// One of the 63 provinces before the 2025 merger (<c>provinces.csv</c>); <see cref="AdministrativeUnit.Code"/> is
/// the official two-digit GSO code, kept as text with its leading zero.
/// </summary>
public sealed record Province : AdministrativeUnit
{
    /// <inheritdoc/>
    public override UnitList List => UnitList.Provinces63;

    /// <summary>The official two-digit GSO code (same as <see cref="AdministrativeUnit.Code"/>).</summary>
    public string GsoCode => Code;
}
