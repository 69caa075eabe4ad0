using System.Collections.Immutable;
using Nq52Metrics.Grouping;
using Nq52Metrics.Ranking;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Edition-aware comparison across the 2025 merger: values of an edition on the 63 old provinces are aggregated to the
/// 34 units (<see cref="MergerAggregation"/>) and compared with an edition on the 34 units, value and rank.
/// </summary>
public static class EditionComparison
{
    /// <summary>Compares an edition on the old provinces with an edition on the 2025 units.</summary>
    /// <param name="before">Value by old-province key (e.g. PII 2024 scores).</param>
    /// <param name="after">Value by 2025-unit key (e.g. PII 2025 scores).</param>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="weighting">How old values are combined; default the plain mean of the members.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <param name="ties">The tie rule for both rankings; default competition.</param>
    /// <returns>One row per 2025 unit, in the order of <see cref="VietnamSeeds.Units2025"/>.</returns>
    /// <exception cref="Nq52ValidationException">Unknown keys on either side, or invalid values (all problems together).</exception>
    public static ImmutableArray<UnitEditionChange> AcrossMerger(
        IReadOnlyDictionary<string, double> before,
        IReadOnlyDictionary<string, double> after,
        VietnamSeeds? seeds = null,
        MemberWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll,
        TieMethod ties = TieMethod.Competition)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        seeds ??= VietnamSeeds.Embedded;
        var problems = new ValidationProblems();
        foreach (var key in after.Keys.Where(k => !seeds.Units2025.Any(u => u.Key == k)).Order(StringComparer.Ordinal))
        {
            problems.AddMessage($"unit \"{key}\"", nameof(Messages.EditionUnitUnknown));
        }

        foreach (var (key, _) in after.Where(p => double.IsInfinity(p.Value)))
        {
            problems.AddMessage($"unit \"{key}\"", nameof(Messages.EditionUnitValueInfinite));
        }

        problems.ThrowIfAny();
        var merged = MergerAggregation.Values(before, seeds, weighting, missing);
        var beforeValues = merged.Select(m => m.Value).ToArray();
        var afterValues = merged.Select(m => after.TryGetValue(m.Unit.Key, out var v) ? v : double.NaN).ToArray();
        var beforeRanks = Ranker.Rank(beforeValues, ties);
        var afterRanks = Ranker.Rank(afterValues, ties);
        return merged.Select((m, i) => new UnitEditionChange(
                m.Unit, beforeValues[i], afterValues[i], beforeRanks[i], afterRanks[i], m.MembersWithValue, m.MemberCount, m.CompositionConfirmed))
            .ToImmutableArray();
    }
}
