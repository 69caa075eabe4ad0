using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>A published regional PII figure (<c>pii_region_means.csv</c>).</summary>
/// <param name="Edition">The PII edition.</param>
/// <param name="RegionCode">The region (see <see cref="Region"/>).</param>
/// <param name="IsRank">False for <c>mean_score</c> (the published regional mean), true for <c>mean_rank</c> (the region's position by mean).</param>
/// <param name="Value">The value as published.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note.</param>
/// <param name="Origin">Where the fact was read.</param>
public sealed record RegionMeanFact(int Edition, string RegionCode, bool IsRank, decimal Value, ImmutableArray<string> Sources, FactNote Note, string Origin);
