namespace Nq52Metrics.Vietnam;

/// <summary>
/// One 2025 unit compared across the merger: the old provinces' values aggregated to the unit (before) against the
/// unit's own value (after), with the ranks both give among the 34 units.
/// </summary>
/// <param name="Unit">The 2025 unit.</param>
/// <param name="Before">The aggregated value of its old provinces (NaN when missing).</param>
/// <param name="After">The unit's value in the later edition (NaN when missing).</param>
/// <param name="RankBefore">The rank of <see cref="Before"/> among the units' aggregated values.</param>
/// <param name="RankAfter">The rank of <see cref="After"/> among the units' later values.</param>
/// <param name="MembersWithValue">How many member provinces had a value before.</param>
/// <param name="MemberCount">How many old provinces the unit was formed from.</param>
/// <param name="CompositionConfirmed">False when no cited source confirms the unit's composition.</param>
public sealed record UnitEditionChange(
    MergedUnit Unit,
    double Before,
    double After,
    double RankBefore,
    double RankAfter,
    int MembersWithValue,
    int MemberCount,
    bool CompositionConfirmed)
{
    /// <summary>After − before (NaN when either is missing).</summary>
    public double Change => After - Before;

    /// <summary>Places gained: rank before − rank after (NaN when either is missing).</summary>
    public double PlacesGained => RankBefore - RankAfter;
}
