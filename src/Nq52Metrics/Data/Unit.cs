using System.Collections.Immutable;

namespace Nq52Metrics.Data;

/// <summary>
/// A unit being ranked (a country, a province…): its code, its name and its memberships of unit groups
/// (e.g. <c>EurAsia_group = "Asia"</c>, <c>Region = "NMM"</c>).
/// </summary>
/// <param name="Code">Unique code, e.g. <c>VNM</c> or a province key; kept in Unicode normalisation form C.</param>
/// <param name="Name">Display name; may equal the code.</param>
/// <param name="Groups">Group value by group column name; a unit without a value for a group is absent from it.</param>
public sealed record Unit(string Code, string Name, ImmutableDictionary<string, string> Groups)
{
    /// <summary>Unique code, in Unicode normalisation form C (so either way of typing "Huế" gives the same code).</summary>
    public string Code { get; init => field = Codes.Normalize(value); } = Codes.Normalize(Code);

    /// <summary>Creates a unit with no group memberships.</summary>
    /// <param name="code">Unique code.</param>
    /// <param name="name">Display name.</param>
    public Unit(string code, string name)
        : this(code, name, ImmutableDictionary<string, string>.Empty)
    {
    }

    /// <summary>Creates a unit with group memberships given as any read-only dictionary (e.g. a <c>Dictionary</c>).</summary>
    /// <param name="code">Unique code.</param>
    /// <param name="name">Display name.</param>
    /// <param name="groups">Group value by group column name (copied; empty for none).</param>
    public Unit(string code, string name, IReadOnlyDictionary<string, string> groups)
        : this(code, name, (groups ?? throw new ArgumentNullException(nameof(groups))).ToImmutableDictionary(StringComparer.Ordinal))
    {
    }

    /// <summary>The unit's value of a group column, or <see langword="null"/> when it has none.</summary>
    /// <param name="groupColumn">A group column name.</param>
    /// <returns>The group value, or null.</returns>
    public string? GroupOf(string groupColumn) => Groups.TryGetValue(groupColumn, out var g) ? g : null;

    /// <summary>The unit as text: <c>code (name)</c>, or the code alone when the name equals it; groups are not shown.</summary>
    /// <returns>E.g. <c>ha-noi (Hà Nội)</c>.</returns>
    public override string ToString() => Name == Code || string.IsNullOrEmpty(Name) ? Code : $"{Code} ({Name})";
}
