using System.Collections.Frozen;
using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Grouping;

/// <summary>
/// A many-to-one map of members to groups (e.g. old provinces to the units they were merged into): every member
/// belongs to exactly one group; a group has one or more members. Groups keep the order of their first member, and
/// members their order within their group. Codes are compared in Unicode normalisation form C.
/// </summary>
public sealed class GroupMap
{
    private readonly FrozenDictionary<string, string> _groupOf;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _members;

    private GroupMap(ImmutableArray<string> groups, FrozenDictionary<string, string> groupOf, FrozenDictionary<string, ImmutableArray<string>> members)
    {
        Groups = groups;
        _groupOf = groupOf;
        _members = members;
    }

    /// <summary>The groups, in the order of their first member.</summary>
    public ImmutableArray<string> Groups { get; }

    /// <summary>Every member, group by group.</summary>
    public IEnumerable<string> Members => Groups.SelectMany(g => _members[g]);

    /// <summary>Builds the map from member → group pairs.</summary>
    /// <param name="pairs">Each member with its group.</param>
    /// <returns>The map.</returns>
    /// <exception cref="Nq52ValidationException">An empty code, or a member given twice (all problems together).</exception>
    public static GroupMap Create(IEnumerable<(string Member, string Group)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var problems = new ValidationProblems();
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new Dictionary<string, ImmutableArray<string>.Builder>(StringComparer.Ordinal);
        var groups = ImmutableArray.CreateBuilder<string>();
        foreach (var (rawMember, rawGroup) in pairs)
        {
            var member = Codes.Normalize(rawMember ?? "");
            var group = Codes.Normalize(rawGroup ?? "");
            if (string.IsNullOrWhiteSpace(member) || string.IsNullOrWhiteSpace(group))
            {
                problems.AddMessage(ProblemLocation.OfParameter("map"), nameof(Messages.GroupCodeEmpty), ProblemText.Quote(member), ProblemText.Quote(group));
                continue;
            }

            if (!groupOf.TryAdd(member, group))
            {
                problems.AddMessage(ProblemLocation.OfUnit(member), nameof(Messages.GroupMemberInTwoGroups), ProblemText.Quote(groupOf[member]), ProblemText.Quote(group));
                continue;
            }

            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = ImmutableArray.CreateBuilder<string>();
                groups.Add(group);
            }

            list.Add(member);
        }

        problems.ThrowIfAny();
        return new GroupMap(
            groups.ToImmutable(),
            groupOf.ToFrozenDictionary(StringComparer.Ordinal),
            members.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal));
    }

    /// <summary>The members of a group, in map order.</summary>
    /// <param name="group">A group code.</param>
    /// <returns>Its members.</returns>
    /// <exception cref="KeyNotFoundException">Unknown group.</exception>
    public ImmutableArray<string> MembersOf(string group) =>
        _members.TryGetValue(Codes.Normalize(group), out var m) ? m : throw new KeyNotFoundException($"The map has no group \"{group}\".");

    /// <summary>The group of a member, or null when the map does not hold it.</summary>
    /// <param name="member">A member code.</param>
    /// <returns>Its group, or null.</returns>
    public string? GroupOf(string member) => _groupOf.TryGetValue(Codes.Normalize(member), out var g) ? g : null;
}
