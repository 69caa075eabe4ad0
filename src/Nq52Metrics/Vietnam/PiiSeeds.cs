using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// What the seeds know about the Provincial Innovation Index: its editions, its 7 pillars, the indicators known by
/// name, the published results and the regional means.
/// </summary>
public sealed class PiiSeeds
{
    internal PiiSeeds(
        ImmutableArray<PiiEdition> editions,
        ImmutableArray<PiiPillar> pillars,
        ImmutableArray<PiiKnownIndicator> knownIndicators,
        ImmutableArray<RegionMeanFact> regionMeans,
        PublishedResults results)
    {
        Editions = editions;
        Pillars = pillars;
        KnownIndicators = knownIndicators;
        RegionMeans = regionMeans;
        Results = results;
    }

    /// <summary>Every row of <c>pii_editions.csv</c> (an edition has several rows when sources disagree).</summary>
    public ImmutableArray<PiiEdition> Editions { get; }

    /// <summary>The seven pillars in the official order (1–5 Input, 6–7 Output).</summary>
    public ImmutableArray<PiiPillar> Pillars { get; }

    /// <summary>The indicators known by name, with their inferred pillars.</summary>
    public ImmutableArray<PiiKnownIndicator> KnownIndicators { get; }

    /// <summary>Every published regional figure, all editions.</summary>
    public ImmutableArray<RegionMeanFact> RegionMeans { get; }

    /// <summary>Every published PII fact, by edition.</summary>
    public PublishedResults Results { get; }

    /// <summary>The published editions (2023, 2024, 2025; the 2022 pilot was not published as a ranking).</summary>
    public ImmutableArray<int> PublishedEditions => Results.Editions;

    /// <summary>The published results of one edition.</summary>
    /// <param name="edition">An edition label year, e.g. 2023.</param>
    /// <returns>The edition's facts, rows and regional means.</returns>
    /// <exception cref="Nq52ValidationException">No such published edition.</exception>
    public PublishedEdition Published(int edition) => Results.Edition(edition);

    /// <summary>The main row of an edition (the one that states the units covered).</summary>
    /// <param name="edition">An edition label year.</param>
    /// <returns>The edition row.</returns>
    /// <exception cref="Nq52ValidationException">No such published edition.</exception>
    public PiiEdition Edition(int edition)
    {
        _ = Results.Edition(edition);
        return Editions.First(e => !e.IsPilot && e.Year == edition && e.UnitsCovered is not null);
    }

    /// <summary>The pillar with the given number.</summary>
    /// <param name="number">1–7.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="Nq52ValidationException">No such pillar.</exception>
    public PiiPillar Pillar(int number) =>
        Pillars.FirstOrDefault(p => p.Number == number)
        ?? throw ProblemMessages.Invalid("pillar", nameof(Messages.PiiPillarUnknown), number, Pillars.Length);

    /// <summary>
    /// The best-supported published mean score of a region in an edition: among conflicting versions, the one cited by
    /// the most sources (the first such row on a tie); null when none is published.
    /// </summary>
    /// <param name="edition">An edition label year.</param>
    /// <param name="regionCode">A region code.</param>
    /// <returns>The fact, or null.</returns>
    public RegionMeanFact? RegionMean(int edition, string regionCode) =>
        RegionMeans.Where(m => m.Edition == edition && m.RegionCode == regionCode && !m.IsRank)
            .Select((m, i) => (m, i))
            .OrderByDescending(p => p.m.Sources.Length)
            .ThenBy(p => p.i)
            .Select(p => p.m)
            .FirstOrDefault();
}
