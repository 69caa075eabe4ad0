namespace Nq52Metrics.Grouping;

/// <summary>One unit within its group's summary.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Score">Its score (NaN = missing).</param>
/// <param name="GroupRank">Its rank within the group (competition ties by default; NaN when the score is missing).</param>
/// <param name="NationalRank">Its rank among all units (NaN when missing).</param>
public sealed record GroupMember(string Unit, double Score, double GroupRank, double NationalRank);
