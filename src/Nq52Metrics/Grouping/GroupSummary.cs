using System.Collections.Immutable;

namespace Nq52Metrics.Grouping;

/// <summary>
/// One group's results: its members with their ranks in the group, the unweighted mean of the members' scores (the way
/// regional means of published indices are computed), and its leaders (every member with the group's best rank;
/// several on a tie).
/// </summary>
/// <param name="Group">The group code (the value of the group column).</param>
/// <param name="Members">The members, best first (missing scores last).</param>
/// <param name="MeanScore">The unweighted mean of the available scores; NaN when none.</param>
/// <param name="Leaders">The codes of the members with the best rank in the group (empty when no member has a score).</param>
public sealed record GroupSummary(string Group, ImmutableArray<GroupMember> Members, double MeanScore, ImmutableArray<string> Leaders)
{
    /// <summary>The number of members with a score.</summary>
    public int ScoredCount => Members.Count(m => !double.IsNaN(m.Score));
}
