namespace Nq52Metrics.Grouping;

/// <summary>The value of one group, combined from its members' values by <see cref="Regrouping"/>.</summary>
/// <param name="Group">The group code.</param>
/// <param name="Value">The combined value (NaN when missing under the chosen <see cref="MissingMembers"/> rule).</param>
/// <param name="MembersWithValue">How many members had a value.</param>
/// <param name="MemberCount">How many members the group has in the map.</param>
public sealed record RegroupedValue(string Group, double Value, int MembersWithValue, int MemberCount)
{
    /// <summary>True when every member had a value.</summary>
    public bool IsComplete => MembersWithValue == MemberCount;
}
