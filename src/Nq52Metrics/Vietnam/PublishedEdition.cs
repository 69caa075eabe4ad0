using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The published results of one edition of an index as far as the sources give them: facts, per-unit rows and (for
/// the PII) regional means. Sources are cited on every fact; conflicting versions are all kept.
/// </summary>
public sealed class PublishedEdition
{
    private readonly VietnamSeeds _seeds;

    internal PublishedEdition(VietnamSeeds seeds, IndexKind index, int edition, UnitList units, ImmutableArray<PublishedFact> facts, ImmutableArray<RegionMeanFact> regionMeans)
    {
        _seeds = seeds;
        Index = index;
        Edition = edition;
        UnitList = units;
        Facts = facts;
        RegionMeans = regionMeans;
    }

    /// <summary>PII or DTI.</summary>
    public IndexKind Index { get; }

    /// <summary>The edition label year.</summary>
    public int Edition { get; }

    /// <summary>The unit list the edition ranks (63 provinces or 34 units).</summary>
    public UnitList UnitList { get; }

    /// <summary>Every fact of the edition, in file order.</summary>
    public ImmutableArray<PublishedFact> Facts { get; }

    /// <summary>The published regional figures of the edition (PII only; conflicting versions all kept).</summary>
    public ImmutableArray<RegionMeanFact> RegionMeans { get; }

    /// <summary>The facts about the whole country (unit key <c>national</c>).</summary>
    public ImmutableArray<PublishedFact> National => Facts.Where(f => f.UnitKey == PublishedFact.National).ToImmutableArray();

    /// <summary>The facts about one unit, optionally of one kind.</summary>
    /// <param name="unitKey">The unit's key in the edition's unit list.</param>
    /// <param name="kind">A measure kind, or null for all.</param>
    /// <returns>The facts, in file order (empty when none).</returns>
    public ImmutableArray<PublishedFact> FactsFor(string unitKey, MeasureKind? kind = null) =>
        Facts.Where(f => f.UnitKey == unitKey && (kind is null || f.Measure.Kind == kind)).ToImmutableArray();

    /// <summary>
    /// The published table as known: one row per unit with at least one fact, best known rank first (units known only by
    /// a rank band after the ranked ones, units without any rank last, each group in file order).
    /// </summary>
    /// <param name="region">A region code or name to keep only its provinces; null for all units.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="Nq52ValidationException">An unknown region, or a region filter on the 34 units of 2025 (no source gives their regions).</exception>
    public ImmutableArray<PublishedUnitRow> Rows(string? region = null)
    {
        string? regionCode = null;
        if (region is not null)
        {
            if (UnitList == UnitList.Units34)
            {
                throw ProblemMessages.Invalid("region", nameof(Messages.PublishedNoRegions34), Index.ToString().ToUpperInvariant(), Edition);
            }

            regionCode = _seeds.Region(region).Code;
        }

        var rows = Facts.Where(f => f.UnitKey != PublishedFact.National)
            .GroupBy(f => f.UnitKey, StringComparer.Ordinal)
            .Select(g => new PublishedUnitRow(_seeds.Unit(g.Key, UnitList), g.ToImmutableArray()))
            .Where(r => regionCode is null || r.Unit.RegionCode == regionCode)
            .Select((r, i) => (Row: r, Order: i))
            .OrderBy(p => p.Row.Of(MeasureKind.Rank).IsEmpty ? 1 : 0)
            .ThenBy(p => p.Row.BestKnownRank ?? decimal.MaxValue)
            .ThenBy(p => p.Order)
            .Select(p => p.Row);
        return rows.ToImmutableArray();
    }
}
