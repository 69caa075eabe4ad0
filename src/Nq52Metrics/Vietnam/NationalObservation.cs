using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A national figure that is neither an index result nor a target (<c>national_observations.csv</c>): Vietnam's GII
/// rank, its UN e-government rank, digital-economy value added and its split, the status of the strategy targets.
/// </summary>
/// <param name="Period">The year or period as written (<c>2023</c>, <c>2020-2022</c>); null when the source does not say.</param>
/// <param name="Year">The single year of <see cref="Period"/>, when it is one year.</param>
/// <param name="MetricKey">What is observed, e.g. <c>gii_rank</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">Its unit, e.g. <c>rank_of_economies</c>, <c>pct_of_gdp</c>.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note.</param>
public sealed record NationalObservation(string? Period, int? Year, string MetricKey, decimal Value, string Unit, ImmutableArray<string> Sources, FactNote Note);
