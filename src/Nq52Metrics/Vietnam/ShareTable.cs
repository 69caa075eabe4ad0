using System.Collections.Immutable;
using Nq52Metrics.DigitalEconomy;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The digital-economy shares of GDP/GRDP as published (<see cref="ShareScoreboard"/>): national and provincial
/// figures with ranks, the published band counts, and the article's figures against the other sources.
/// </summary>
/// <param name="Year">The year kept, or null for every year.</param>
/// <param name="Series">The series kept, or null for every series.</param>
/// <param name="RegionCode">The region kept (provinces before 2025 only), or null.</param>
/// <param name="Standings">The shares: by year, series, then national first and best rank first; earlier vintages after their current one.</param>
/// <param name="Bands">The published band counts of the years and series kept.</param>
/// <param name="ArticleChecks">The seed article's figures among the standings, each against the other sources.</param>
/// <param name="UnlistedForRegion">How many 2025-unit figures the region filter left out (no source gives the regions of the 34 units).</param>
public sealed record ShareTable(
    int? Year,
    DigitalEconomySeries? Series,
    string? RegionCode,
    ImmutableArray<ShareStanding> Standings,
    ImmutableArray<PublishedBandCount> Bands,
    ImmutableArray<ArticleShareCheck> ArticleChecks,
    int UnlistedForRegion)
{
    /// <summary>Every source key cited by the standings and bands, in order of first use.</summary>
    public ImmutableArray<string> Sources =>
        Standings.SelectMany(s => s.Observation.Sources).Concat(Bands.SelectMany(b => b.Sources))
            .Concat(ArticleChecks.SelectMany(c => c.Others.SelectMany(o => o.Observation.Sources)))
            .Distinct(StringComparer.Ordinal).ToImmutableArray();
}
