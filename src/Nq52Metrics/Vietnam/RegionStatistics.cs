using System.Collections.Immutable;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Ranks within regions, regional means and regional leaders, from a build result or from any scores with their
/// regions. Ranks reuse <see cref="Ranker"/> (competition "1224" by default, as the DTI publishes ties).
/// </summary>
public static class RegionStatistics
{
    /// <summary>The group column the PII sample and preset use for the socio-economic region.</summary>
    public const string RegionColumn = "Region";

    /// <summary>Summarises every region of a build result.</summary>
    /// <param name="result">The build result; its units carry the region in <paramref name="groupColumn"/>.</param>
    /// <param name="node">The node to rank by; default the index.</param>
    /// <param name="groupColumn">The region column; default <see cref="RegionColumn"/>.</param>
    /// <param name="ties">The tie rule; default the result's methodology's.</param>
    /// <returns>One summary per region, in order of first appearance; units without a region are left out.</returns>
    /// <exception cref="KeyNotFoundException">Unknown node.</exception>
    public static ImmutableArray<RegionSummary> Summarise(IndexResult result, string? node = null, string groupColumn = RegionColumn, TieMethod? ties = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        node ??= result.IndexCode;
        var scores = result.Scores.Column(node).ToArray();
        var national = result.Ranks.Column(node).ToArray();
        var regionRanks = result.GroupRanks(node, groupColumn, ties);
        var units = result.Units;
        return units.Select((u, i) => (Region: u.GroupOf(groupColumn), Index: i))
            .Where(p => p.Region is not null)
            .GroupBy(p => p.Region!, StringComparer.Ordinal)
            .Select(g => Summary(g.Key, g.Select(p => new RegionMember(units[p.Index].Code, scores[p.Index], regionRanks[p.Index], national[p.Index]))))
            .ToImmutableArray();
    }

    /// <summary>Summarises regions from scores given directly (e.g. published scores).</summary>
    /// <param name="scores">Unit code, region code and score (NaN = missing) of every unit; codes must be unique.</param>
    /// <param name="ties">The tie rule; default competition.</param>
    /// <returns>One summary per region, in order of first appearance.</returns>
    /// <exception cref="Nq52ValidationException">A unit code repeats or a region is empty.</exception>
    public static ImmutableArray<RegionSummary> FromScores(IEnumerable<(string Unit, string Region, double Score)> scores, TieMethod ties = TieMethod.Competition)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        var problems = new ValidationProblems();
        foreach (var duplicate in list.GroupBy(s => s.Unit, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"unit \"{duplicate.Key}\"", "it is given more than once.");
        }

        foreach (var empty in list.Where(s => string.IsNullOrWhiteSpace(s.Region)))
        {
            problems.Add($"unit \"{empty.Unit}\"", "its region is empty.");
        }

        problems.ThrowIfAny();
        var national = Ranker.Rank(list.Select(s => s.Score).ToArray(), ties);
        return list.Select((s, i) => (s, i))
            .GroupBy(p => p.s.Region, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToList();
                var ranks = Ranker.Rank(members.Select(p => p.s.Score).ToArray(), ties);
                return Summary(g.Key, members.Select((p, k) => new RegionMember(p.s.Unit, p.s.Score, ranks[k], national[p.i])));
            })
            .ToImmutableArray();
    }

    private static RegionSummary Summary(string region, IEnumerable<RegionMember> members)
    {
        var ordered = members.Select((m, i) => (m, i))
            .OrderBy(p => double.IsNaN(p.m.RegionRank) ? double.PositiveInfinity : p.m.RegionRank)
            .ThenBy(p => p.i)
            .Select(p => p.m)
            .ToImmutableArray();
        var available = ordered.Where(m => !double.IsNaN(m.Score)).ToList();
        var mean = available.Count == 0 ? double.NaN : available.Average(m => m.Score);
        var best = available.Count == 0 ? double.NaN : available.Min(m => m.RegionRank);
        var leaders = ordered.Where(m => m.RegionRank == best).Select(m => m.Unit).ToImmutableArray();
        return new RegionSummary(region, ordered, mean, leaders);
    }
}
