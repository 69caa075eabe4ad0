namespace Nq52Metrics.Vietnam;

/// <summary>One unit within its region's summary.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Score">Its score (NaN = missing).</param>
/// <param name="RegionRank">Its rank within the region (competition ties by default; NaN when the score is missing).</param>
/// <param name="NationalRank">Its rank among all units (NaN when missing).</param>
public sealed record RegionMember(string Unit, double Score, double RegionRank, double NationalRank);
