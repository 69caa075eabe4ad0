using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// One province's story from the sources, as far as they go: PII results in each edition (2023, 2024 on the 63
/// provinces, 2025 on the 34 units), the 2025 merger (which unit it joined, with whom), DTI results, digital-economy
/// shares and ranks, and the seed article's claims about it with their verdicts. Conflicting facts are all kept.
/// </summary>
public sealed record ProvinceStory
{
    private ProvinceStory()
    {
    }

    /// <summary>The province before the 2025 merger; null when the text names only a 2025 unit.</summary>
    public Province? Province { get; private init; }

    /// <summary>The 2025 unit: the one <see cref="Province"/> went into, or the unit named.</summary>
    public required MergedUnit Unit { get; init; }

    /// <summary>The old provinces <see cref="Unit"/> was formed from, in GSO-code order.</summary>
    public required ImmutableArray<Province> Members { get; init; }

    /// <summary>True when a cited source confirms the composition of <see cref="Unit"/>.</summary>
    public required bool CompositionConfirmed { get; init; }

    /// <summary>
    /// The PII editions, oldest first: before the merger one standing per old province followed (the named province, or
    /// every member when only the 2025 unit was named); from 2025 the unit's standing.
    /// </summary>
    public required ImmutableArray<EditionStanding> Pii { get; init; }

    /// <summary>The DTI editions, in the same way as <see cref="Pii"/>.</summary>
    public required ImmutableArray<EditionStanding> Dti { get; init; }

    /// <summary>The digital-economy shares of the provinces followed (before 2025) and of the unit (from 2025), with ranks.</summary>
    public required ImmutableArray<ShareStanding> Shares { get; init; }

    /// <summary>The seed article's claims about the provinces followed or the unit, with their verdicts.</summary>
    public required ImmutableArray<ClaimCheck> Claims { get; init; }

    /// <summary>True when the text named a province that no longer exists as such after 2025 (it was merged into another unit's name).</summary>
    public bool KnownOnlyBeforeMerger => Province is not null && Province.Key != Unit.Key;

    /// <summary>True when the text named a 2025 unit and no province of that name existed before.</summary>
    public bool KnownOnlyAfterMerger => Province is null;

    /// <summary>Tells a province's story.</summary>
    /// <param name="unit">A province before 2025 or a 2025 unit: key, code or name (diacritics and case ignored).
    /// A name both lists hold (e.g. Thái Nguyên) means the province and the unit it became.</param>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <returns>The story.</returns>
    /// <exception cref="Nq52ValidationException">The text names neither a province nor a 2025 unit.</exception>
    public static ProvinceStory Of(string unit, VietnamSeeds? seeds = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        seeds ??= VietnamSeeds.Embedded;
        Province? province = seeds.TryFindUnit(unit, UnitList.Provinces63, out var p) ? (Province)p : null;
        MergedUnit merged;
        if (province is not null)
        {
            merged = seeds.Merger.UnitOf(province.Key);
        }
        else if (seeds.TryFindUnit(unit, UnitList.Units34, out var u))
        {
            merged = (MergedUnit)u;
        }
        else
        {
            throw TargetScoreboard.UnknownUnit(unit);
        }

        var members = seeds.Merger.MembersOf(merged);
        ImmutableArray<Province> followed = province is null ? members : [province];
        var shares = ShareScoreboard.Rank(seeds)
            .Where(s => s.Unit is not null && (s.Unit == merged || followed.Contains(s.Unit)))
            .ToImmutableArray();
        var keys = followed.Select(f => f.Key).Append(merged.Key).ToHashSet(StringComparer.Ordinal);
        var claims = new StatementChecker(seeds).CheckAll(seeds.ArticleClaims.Where(c => keys.Contains(c.Unit)));
        return new ProvinceStory
        {
            Province = province,
            Unit = merged,
            Members = members,
            CompositionConfirmed = seeds.Merger.IsConfirmed(merged),
            Pii = Standings(seeds.Pii.Results, followed, merged),
            Dti = Standings(seeds.Dti, followed, merged),
            Shares = shares,
            Claims = claims,
        };
    }

    private static ImmutableArray<EditionStanding> Standings(PublishedResults results, ImmutableArray<Province> followed, MergedUnit merged)
    {
        var list = ImmutableArray.CreateBuilder<EditionStanding>();
        foreach (var edition in results.Editions)
        {
            var published = results.Edition(edition);
            var rows = published.Rows();
            IEnumerable<AdministrativeUnit> units = published.UnitList == UnitList.Units34 ? [merged] : followed;
            foreach (var u in units)
            {
                list.Add(new EditionStanding(results.Index, edition, u, rows.FirstOrDefault(r => r.Unit == u)));
            }
        }

        return list.ToImmutable();
    }
}
