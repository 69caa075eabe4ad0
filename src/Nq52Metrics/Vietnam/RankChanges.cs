using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Results;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>Rank changes between two builds or two published editions of the same unit list.</summary>
public static class RankChanges
{
    /// <summary>The rank of every unit present in both builds, matched by unit code, in the earlier build's order.</summary>
    /// <param name="before">The earlier build.</param>
    /// <param name="after">The later build.</param>
    /// <param name="node">The node to compare; default the index of <paramref name="after"/>.</param>
    /// <returns>One change per shared unit.</returns>
    /// <exception cref="KeyNotFoundException">The node is missing from either build.</exception>
    public static ImmutableArray<RankChange> Between(IndexResult before, IndexResult after, string? node = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        node ??= after.IndexCode;
        return before.Units
            .Where(u => after.Ranks.HasUnit(u.Code))
            .Select(u => new RankChange(u.Code, before.Ranks[u.Code, node], after.Ranks[u.Code, node]))
            .ToImmutableArray();
    }

    /// <summary>
    /// The published national ranks of every unit ranked in both editions, with the places gained and whether a
    /// published <c>rank_change</c> agrees. Conflicting rank versions give one change per combination.
    /// </summary>
    /// <param name="before">The earlier edition.</param>
    /// <param name="after">The later edition; same index and unit list.</param>
    /// <returns>The changes, in the order of the later edition's facts.</returns>
    /// <exception cref="Nq52ValidationException">The editions belong to different indices or rank different unit lists
    /// (compare across the 2025 merger with <see cref="EditionComparison"/>).</exception>
    public static ImmutableArray<PublishedRankChange> Between(PublishedEdition before, PublishedEdition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Index != after.Index)
        {
            throw ProblemMessages.Invalid("editions", nameof(Messages.RankChangesDifferentIndices), before.Index, after.Index);
        }

        if (before.UnitList != after.UnitList)
        {
            throw ProblemMessages.Invalid("editions", nameof(Messages.RankChangesDifferentLists), before.Edition, before.UnitList.Text(), after.Edition, after.UnitList.Text());
        }

        var result = ImmutableArray.CreateBuilder<PublishedRankChange>();
        foreach (var unit in after.Facts.Where(f => f.Measure.Kind == MeasureKind.Rank).Select(f => f.UnitKey).Distinct(StringComparer.Ordinal))
        {
            var earlier = before.FactsFor(unit, MeasureKind.Rank);
            var later = after.FactsFor(unit, MeasureKind.Rank);
            var reported = after.FactsFor(unit, MeasureKind.RankChange);
            var ambiguous = earlier.Select(f => f.Value).Distinct().Count() > 1 || later.Select(f => f.Value).Distinct().Count() > 1;
            foreach (var b in earlier)
            {
                foreach (var a in later)
                {
                    result.Add(new PublishedRankChange(unit, b, a, reported, ambiguous));
                }
            }
        }

        return result.ToImmutable();
    }
}
