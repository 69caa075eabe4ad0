using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A provincial-level unit: a <see cref="Province"/> (one of the 63 before the 2025 merger) or a
/// <see cref="MergedUnit"/> (one of the 34 formed on 1 July 2025).
/// </summary>
public abstract record AdministrativeUnit
{
    private protected AdministrativeUnit()
    {
    }

    /// <summary>The unit's code: the two-digit GSO code of a province, or the local <c>N01</c>–<c>N34</c> code of a 2025 unit.</summary>
    public required string Code { get; init; }

    /// <summary>The ASCII key used by the seed facts, e.g. <c>thai-nguyen</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The Vietnamese name with diacritics, e.g. <c>Thái Nguyên</c>.</summary>
    public required string NameVi { get; init; }

    /// <summary>The English name, e.g. <c>Thai Nguyen</c>.</summary>
    public required string NameEn { get; init; }

    /// <summary>The socio-economic region code, or null when no source gives one (every 2025 unit).</summary>
    public string? RegionCode { get; init; }

    /// <summary>Keys of the sources (see <see cref="VietnamSeeds.Sources"/>).</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Which list the unit belongs to.</summary>
    public abstract UnitList List { get; }
}
