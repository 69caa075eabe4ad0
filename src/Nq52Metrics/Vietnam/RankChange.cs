namespace Nq52Metrics.Vietnam;

/// <summary>A unit's rank in two builds (e.g. two editions computed with the same framework).</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="RankBefore">Its rank in the earlier build (NaN when missing).</param>
/// <param name="RankAfter">Its rank in the later build (NaN when missing).</param>
public sealed record RankChange(string Unit, double RankBefore, double RankAfter)
{
    /// <summary>Places gained: before − after (positive = moved up; negative = fell; NaN when a rank is missing).</summary>
    public double PlacesGained => RankBefore - RankAfter;
}
