using System.Collections.Immutable;
using Nq52Metrics.DigitalEconomy;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Digital-economy shares of GDP/GRDP as published, ranked: each provincial figure's rank among the units with a figure
/// for the same year and series ("2nd of 14 with a figure"), the published band counts, conflict and revision markers,
/// and the seed article's figures set against every other source. Series are never mixed in a ranking; earlier
/// vintages are kept and shown but not ranked.
/// </summary>
public static class ShareScoreboard
{
    /// <summary>The source key of the seed article.</summary>
    public const string ArticleSource = "article-seed";

    /// <summary>Every published share, optionally of one year, one series and the provinces of one region.</summary>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="year">Only this year; null for every year.</param>
    /// <param name="series">Only this series; null for every series.</param>
    /// <param name="region">Only the provinces of this region (code or name; national figures stay); null for all units.</param>
    /// <returns>The table (empty standings when the seeds hold no share for the filters).</returns>
    /// <exception cref="Nq52ValidationException">An unknown region.</exception>
    public static ShareTable Build(VietnamSeeds? seeds = null, int? year = null, DigitalEconomySeries? series = null, string? region = null)
    {
        seeds ??= VietnamSeeds.Embedded;
        var regionCode = region is null ? null : seeds.Region(region).Code;
        var all = Rank(seeds);
        bool Kept(ShareStanding s) => (year is null || s.Observation.Year == year) && (series is null || s.Observation.Series == series);
        var kept = all.Where(Kept).ToList();
        var unlisted = regionCode is null ? 0 : kept.Count(s => s.Unit is MergedUnit);
        var standings = kept.Where(s => regionCode is null || s.IsNational || s.Unit!.RegionCode == regionCode).ToImmutableArray();
        var bands = seeds.DigitalEconomyBands.Where(b => (year is null || b.Year == year) && (series is null || b.Series == series)).ToImmutableArray();
        var checks = standings.Where(s => s.Observation.Sources.Contains(ArticleSource))
            .Select(a => new ArticleShareCheck(a, all.Where(o => !o.Observation.Sources.Contains(ArticleSource) && SameNamesake(o, a)).ToImmutableArray()))
            .ToImmutableArray();
        return new ShareTable(year, series, regionCode, standings, bands, checks, unlisted);
    }

    /// <summary>Every share of the seeds with its rank (see <see cref="ShareStanding"/>), in table order.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <returns>The standings.</returns>
    internal static ImmutableArray<ShareStanding> Rank(VietnamSeeds seeds)
    {
        var result = new List<ShareStanding>();
        foreach (var group in seeds.DigitalEconomyShares.GroupBy(o => (o.Year, o.Series)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Series))
        {
            var rows = group.Select(o => (Obs: o, Note: new FactNote(o.Note))).ToList();
            var current = rows.GroupBy(r => r.Obs.UnitKey, StringComparer.Ordinal)
                .Select(g => g.LastOrDefault(r => !r.Note.Markers.HasFlag(NoteMarkers.Revision)) is { Obs: not null } fresh ? fresh : g.Last())
                .ToHashSet();
            var ranked = current.Where(r => r.Obs.UnitKey != PublishedFact.National).ToList();
            foreach (var (obs, note) in rows.OrderBy(r => r.Obs.UnitKey == PublishedFact.National ? 0 : 1)
                         .ThenByDescending(r => current.Contains(r) ? r.Obs.SharePercent : decimal.MinValue)
                         .ThenBy(r => r.Obs.UnitKey, StringComparer.Ordinal))
            {
                var isCurrent = current.Contains((obs, note));
                var national = obs.UnitKey == PublishedFact.National;
                var unit = national ? null : seeds.Unit(obs.UnitKey, VietnamSeeds.UnitListOfYear(obs.Year));
                // A producer that is not named forms no series, so its figures are not ranked.
                var ranks = !national && obs.Series != DigitalEconomySeries.Unspecified;
                int? rank = ranks && isCurrent ? 1 + ranked.Count(r => r.Obs.SharePercent > obs.SharePercent) : null;
                result.Add(new ShareStanding(obs, unit, rank, ranks ? ranked.Count : 0, note) { IsCurrentVintage = isCurrent });
            }
        }

        return [.. result];
    }

    // The same key names the province before 2025 and its namesake 2025 unit; both count as "the same unit" here.
    private static bool SameNamesake(ShareStanding other, ShareStanding article) => other.Observation.UnitKey == article.Observation.UnitKey;
}
