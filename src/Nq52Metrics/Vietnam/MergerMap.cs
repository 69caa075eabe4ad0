using System.Collections.Frozen;
using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The 2025 merger: which of the 34 units each of the 63 old provinces went into (every old province exactly once,
/// validated when the seeds load). Compositions that no cited source confirms are marked (see
/// <see cref="MergerEntry.Confirmed"/>).
/// </summary>
public sealed class MergerMap
{
    private readonly FrozenDictionary<string, MergerEntry> _byProvince;
    private readonly FrozenDictionary<string, MergedUnit> _unitByCode;
    private readonly FrozenDictionary<string, Province> _provinceByKey;

    internal MergerMap(ImmutableArray<MergerEntry> entries, ImmutableArray<Province> provinces, ImmutableArray<MergedUnit> units)
    {
        Entries = entries;
        _byProvince = entries.ToFrozenDictionary(e => e.ProvinceKey, StringComparer.Ordinal);
        _unitByCode = units.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        _provinceByKey = provinces.ToFrozenDictionary(p => p.Key, StringComparer.Ordinal);
        Units = units;
    }

    /// <summary>One entry per old province, in the order of <c>merger_2025.csv</c>.</summary>
    public ImmutableArray<MergerEntry> Entries { get; }

    /// <summary>The 34 units, in the order of <c>units_2025.csv</c>.</summary>
    public ImmutableArray<MergedUnit> Units { get; }

    /// <summary>The 2025 unit an old province went into.</summary>
    /// <param name="provinceKey">An old province's key, e.g. <c>bac-kan</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="Nq52ValidationException">No old province has that key.</exception>
    public MergedUnit UnitOf(string provinceKey) => _unitByCode[Entry(provinceKey).UnitCode];

    /// <summary>The merger row of an old province.</summary>
    /// <param name="provinceKey">An old province's key.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="Nq52ValidationException">No old province has that key.</exception>
    public MergerEntry Entry(string provinceKey)
    {
        ArgumentNullException.ThrowIfNull(provinceKey);
        return _byProvince.TryGetValue(provinceKey, out var entry)
            ? entry
            : throw ProblemMessages.Invalid($"province \"{provinceKey}\"", nameof(Messages.MergerProvinceUnknown));
    }

    /// <summary>The old provinces a 2025 unit was formed from, in GSO-code order.</summary>
    /// <param name="unit">The 2025 unit.</param>
    /// <returns>Its members (one for an unchanged unit).</returns>
    public ImmutableArray<Province> MembersOf(MergedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Entries.Where(e => e.UnitCode == unit.Code)
            .Select(e => _provinceByKey[e.ProvinceKey])
            .OrderBy(p => p.GsoCode, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>True when every member row of the unit is confirmed by a cited source.</summary>
    /// <param name="unit">The 2025 unit.</param>
    /// <returns>Whether the composition is confirmed.</returns>
    public bool IsConfirmed(MergedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Entries.Where(e => e.UnitCode == unit.Code).All(e => e.Confirmed);
    }
}
