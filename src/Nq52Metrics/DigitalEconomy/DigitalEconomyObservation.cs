using System.Collections.Immutable;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// A published digital-economy share (a row of <c>digital_economy_share.csv</c>). Where the GSO gave the two
/// components as percentages of GDP, <see cref="Components"/> holds them with GRDP = 100, so that
/// <see cref="DigitalEconomyShare.SharePercent"/> reproduces the share (up to the source's rounding).
/// </summary>
/// <param name="Year">The year the share is for.</param>
/// <param name="UnitKey">The unit's key (the 63-province list before 2025, the 34-unit list from 2025) or <c>national</c>.</param>
/// <param name="Series">Who produced it.</param>
/// <param name="SharePercent">The share as published, in percent.</param>
/// <param name="Components">The components, when the source gives them.</param>
/// <param name="MoneyUnit">The unit of the component amounts (e.g. <c>pct_of_gdp</c>); null when there are none.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note (marker words such as <c>conflict:</c> and <c>revision:</c>).</param>
public sealed record DigitalEconomyObservation(
    int Year,
    string UnitKey,
    DigitalEconomySeries Series,
    decimal SharePercent,
    DigitalEconomyShare? Components,
    string? MoneyUnit,
    ImmutableArray<string> Sources,
    string Note);
