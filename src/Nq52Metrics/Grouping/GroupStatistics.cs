using System.Collections.Immutable;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Grouping;

/// <summary>
/// Statistics of the groups of units (regions, income groups, any group column): ranks within each group, the group's
/// unweighted mean score and its leaders, from a build result or from any scores with their groups. Ranks reuse
/// <see cref="Ranker"/> (competition "1224" by default).
/// </summary>
public static class GroupStatistics
{
    /// <summary>Summarises every group of a build result.</summary>
    /// <param name="result">The build result; its units carry their group in <paramref name="groupColumn"/>.</param>
    /// <param name="groupColumn">The group column (e.g. <c>Region</c>).</param>
    /// <param name="node">The node to rank by; default the index.</param>
    /// <param name="ties">The tie rule; default the result's methodology's.</param>
    /// <returns>One summary per group, in order of first appearance; units without a group are left out.</returns>
    /// <exception cref="KeyNotFoundException">Unknown node.</exception>
    public static ImmutableArray<GroupSummary> Summarise(IndexResult result, string groupColumn, string? node = null, TieMethod? ties = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        node ??= result.IndexCode;
        var scores = result.Scores.Column(node).ToArray();
        var national = result.Ranks.Column(node).ToArray();
        var groupRanks = result.GroupRanks(node, groupColumn, ties);
        var units = result.Units;
        return units.Select((u, i) => (Group: u.GroupOf(groupColumn), Index: i))
            .Where(p => p.Group is not null)
            .GroupBy(p => p.Group!, StringComparer.Ordinal)
            .Select(g => Summary(g.Key, g.Select(p => new GroupMember(units[p.Index].Code, scores[p.Index], groupRanks[p.Index], national[p.Index]))))
            .ToImmutableArray();
    }

    /// <summary>Summarises groups from scores given directly (e.g. published scores).</summary>
    /// <param name="scores">Unit code, group code and score (NaN = missing) of every unit; codes must be unique.</param>
    /// <param name="ties">The tie rule; default competition.</param>
    /// <returns>One summary per group, in order of first appearance.</returns>
    /// <exception cref="Nq52ValidationException">A unit code repeats or a group is empty.</exception>
    public static ImmutableArray<GroupSummary> FromScores(IEnumerable<(string Unit, string Group, double Score)> scores, TieMethod ties = TieMethod.Competition)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        var problems = new ValidationProblems();
        foreach (var duplicate in list.GroupBy(s => s.Unit, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.AddMessage($"unit \"{duplicate.Key}\"", nameof(Messages.GroupUnitRepeated));
        }

        foreach (var empty in list.Where(s => string.IsNullOrWhiteSpace(s.Group)))
        {
            problems.AddMessage($"unit \"{empty.Unit}\"", nameof(Messages.GroupEmpty));
        }

        problems.ThrowIfAny();
        var national = Ranker.Rank(list.Select(s => s.Score).ToArray(), ties);
        return list.Select((s, i) => (s, i))
            .GroupBy(p => p.s.Group, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToList();
                var ranks = Ranker.Rank(members.Select(p => p.s.Score).ToArray(), ties);
                return Summary(g.Key, members.Select((p, k) => new GroupMember(p.s.Unit, p.s.Score, ranks[k], national[p.i])));
            })
            .ToImmutableArray();
    }

    private static GroupSummary Summary(string group, IEnumerable<GroupMember> members)
    {
        var ordered = members.Select((m, i) => (m, i))
            .OrderBy(p => double.IsNaN(p.m.GroupRank) ? double.PositiveInfinity : p.m.GroupRank)
            .ThenBy(p => p.i)
            .Select(p => p.m)
            .ToImmutableArray();
        var available = ordered.Where(m => !double.IsNaN(m.Score)).ToList();
        var mean = available.Count == 0 ? double.NaN : available.Average(m => m.Score);
        var best = available.Count == 0 ? double.NaN : available.Min(m => m.GroupRank);
        var leaders = ordered.Where(m => m.GroupRank == best).Select(m => m.Unit).ToImmutableArray();
        return new GroupSummary(group, ordered, mean, leaders);
    }
}
