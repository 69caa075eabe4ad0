namespace Nq52Metrics.Vietnam;

/// <summary>A value of the old provinces aggregated to one 2025 unit.</summary>
/// <param name="Unit">The 2025 unit.</param>
/// <param name="Value">The aggregated value (NaN when missing under the chosen rule).</param>
/// <param name="MembersWithValue">How many member provinces had a value.</param>
/// <param name="MemberCount">How many old provinces the unit was formed from.</param>
/// <param name="CompositionConfirmed">False when no cited source confirms the unit's composition.</param>
public sealed record MergedValue(MergedUnit Unit, double Value, int MembersWithValue, int MemberCount, bool CompositionConfirmed)
{
    /// <summary>True when every member had a value.</summary>
    public bool IsComplete => MembersWithValue == MemberCount;
}
