using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// One region's results: its members with their region ranks, the unweighted mean of the members' scores (the way the
/// regional PII means are published), and its leaders (every member with the region's best rank; several on a tie).
/// </summary>
/// <param name="Region">The region code (the group value).</param>
/// <param name="Members">The members, best first (missing scores last).</param>
/// <param name="MeanScore">The unweighted mean of the available scores; NaN when none.</param>
/// <param name="Leaders">The codes of the members with the best rank in the region (empty when no member has a score).</param>
public sealed record RegionSummary(string Region, ImmutableArray<RegionMember> Members, double MeanScore, ImmutableArray<string> Leaders)
{
    /// <summary>The number of members with a score.</summary>
    public int ScoredCount => Members.Count(m => !double.IsNaN(m.Score));
}
