using Nq52Metrics.DigitalEconomy;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// One published digital-economy share with its place: the rank among the units that have a figure for the same year
/// and series (current vintages only), and its markers.
/// </summary>
/// <param name="Observation">The published share.</param>
/// <param name="Unit">The unit (null for the national figure).</param>
/// <param name="Rank">Competition rank by share, highest first, among <see cref="RankedAmong"/> units; null for the
/// national figure, for earlier vintages and for figures whose producer is not named.</param>
/// <param name="RankedAmong">How many units have a current figure for the same year and series (0 when not ranked).</param>
/// <param name="Note">The row's note and its markers (<c>conflict:</c>, <c>revision:</c>…).</param>
public sealed record ShareStanding(DigitalEconomyObservation Observation, AdministrativeUnit? Unit, int? Rank, int RankedAmong, FactNote Note)
{
    /// <summary>True for the national figure.</summary>
    public bool IsNational => Unit is null;

    /// <summary>
    /// True for the value a year's series currently stands at: a row not marked <c>revision:</c>, or the last row of its
    /// year, unit and series when every row is so marked. Earlier vintages are kept and shown, never ranked.
    /// </summary>
    public bool IsCurrentVintage { get; init; } = true;
}
