using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Published PII rank and score changes between consecutive editions: for units ranked or scored in both editions of
/// the same unit list, and across the 2025 merger for each pre-merger province against the merged unit it joined
/// (marked <see cref="TrendComparability.NotOneToOne"/>, or <see cref="TrendComparability.SameTerritoryNewList"/>
/// for a province left whole).
/// </summary>
public static class PiiTrend
{
    /// <summary>Every change between consecutive published editions, optionally for one unit.</summary>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="unit">A province before 2025 or a 2025 unit (key, code or name): only its rows (as the earlier or the
    /// later unit); null for every unit.</param>
    /// <returns>The rows by pair of editions, then in the later edition's table order (empty when the unit has no
    /// published figure in two consecutive editions).</returns>
    /// <exception cref="Nq52ValidationException">An unknown unit.</exception>
    public static ImmutableArray<PiiTrendRow> Changes(VietnamSeeds? seeds = null, string? unit = null)
    {
        seeds ??= VietnamSeeds.Embedded;
        var wanted = unit is null ? null : TargetScoreboard.UnitsNamed(seeds, unit);

        var editions = seeds.Pii.PublishedEditions;
        var rows = ImmutableArray.CreateBuilder<PiiTrendRow>();
        for (var i = 1; i < editions.Length; i++)
        {
            var before = seeds.Pii.Published(editions[i - 1]);
            var after = seeds.Pii.Published(editions[i]);
            var earlier = before.Rows().ToDictionary(r => r.Unit);
            foreach (var later in after.Rows())
            {
                var pairs = before.UnitList == after.UnitList
                    ? earlier.TryGetValue(later.Unit, out var same) ? [(same, TrendComparability.SameUnit)] : []
                    : seeds.Merger.MembersOf((MergedUnit)later.Unit)
                        .Where(m => earlier.ContainsKey(m))
                        .Select(m => (earlier[m], seeds.Merger.MembersOf((MergedUnit)later.Unit).Length == 1 ? TrendComparability.SameTerritoryNewList : TrendComparability.NotOneToOne))
                        .ToList();
                foreach (var (old, comparability) in pairs)
                {
                    if (wanted is not null && !wanted.Contains(old.Unit) && !wanted.Contains(later.Unit))
                    {
                        continue;
                    }

                    var row = Row(before.Edition, after.Edition, old, later, comparability);
                    if (!(row.RanksBefore.IsEmpty && row.ScoresBefore.IsEmpty) && !(row.RanksAfter.IsEmpty && row.ScoresAfter.IsEmpty))
                    {
                        rows.Add(row);
                    }
                }
            }
        }

        return rows.ToImmutable();
    }

    private static PiiTrendRow Row(int from, int to, PublishedUnitRow old, PublishedUnitRow later, TrendComparability comparability)
    {
        static ImmutableArray<decimal> Values(PublishedUnitRow row, MeasureKind kind) => row.Of(kind).Select(f => f.Value).Distinct().ToImmutableArray();
        var facts = old.Of(MeasureKind.Rank).Concat(old.Of(MeasureKind.Score)).Concat(later.Of(MeasureKind.Rank)).Concat(later.Of(MeasureKind.Score)).ToImmutableArray();
        return new PiiTrendRow(
            from, to, old.Unit, later.Unit,
            Values(old, MeasureKind.Rank), Values(later, MeasureKind.Rank),
            Values(old, MeasureKind.Score), Values(later, MeasureKind.Score),
            comparability, facts);
    }
}
