using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Grouping;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Maps values of the 63 old provinces onto the 34 units of 1 July 2025 with the merger map: by the mean of the
/// members (as the ministry did for DTI 2024) or by the caller's weights. The Vietnam part is the map and the province
/// names; the arithmetic is the generic <see cref="Regrouping"/> (the aggregation kernel of the index).
/// </summary>
public static class MergerAggregation
{
    /// <summary>Aggregates one value per old province to the 2025 units.</summary>
    /// <param name="valueByProvince">Value by old-province key (NaN = missing); provinces not listed are missing.</param>
    /// <param name="seeds">The seeds (merger map); default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="weighting">How members are combined; default <see cref="MemberWeighting.Mean"/>.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <returns>One value per 2025 unit, in the order of <see cref="VietnamSeeds.Units2025"/>.</returns>
    /// <exception cref="Nq52ValidationException">A key that is not an old province, an infinite value, or a weighted mean
    /// without a weight for a member that has a value (all problems together).</exception>
    public static ImmutableArray<MergedValue> Values(
        IReadOnlyDictionary<string, double> valueByProvince,
        VietnamSeeds? seeds = null,
        MemberWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll)
    {
        ArgumentNullException.ThrowIfNull(valueByProvince);
        seeds ??= VietnamSeeds.Embedded;
        weighting ??= MemberWeighting.Mean;
        var problems = new ValidationProblems();
        foreach (var (key, value) in valueByProvince.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!seeds.Provinces.Any(p => p.Key == key))
            {
                problems.AddMessage($"province \"{key}\"", nameof(Messages.MergerProvinceUnknown));
            }
            else if (!double.IsNaN(value) && weighting.WeightOf(key) is null)
            {
                problems.AddMessage($"province \"{key}\"", nameof(Messages.MergerProvinceNoWeight));
            }

            if (double.IsInfinity(value))
            {
                problems.AddMessage($"province \"{key}\"", nameof(Messages.MergerProvinceValueInfinite));
            }
        }

        problems.ThrowIfAny();
        var map = MapOf(seeds);
        var byGroup = Regrouping.Values(valueByProvince, map, weighting, missing).ToDictionary(v => v.Group, StringComparer.Ordinal);
        return seeds.Units2025.Select(unit =>
        {
            var value = byGroup[unit.Key];
            return new MergedValue(unit, value.Value, value.MembersWithValue, value.MemberCount, seeds.Merger.IsConfirmed(unit));
        }).ToImmutableArray();
    }

    /// <summary>
    /// Aggregates a whole dataset of old provinces to the 2025 units: every indicator by the weighting, every
    /// denominator (a total such as population) by the sum of the members. A group value is kept when all members share
    /// it (e.g. a data-status column) and dropped otherwise (regions do not carry over the merger).
    /// </summary>
    /// <param name="provinces">A dataset whose unit codes are old-province keys, GSO codes or names.</param>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="weighting">How indicator values are combined; default the plain mean.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <returns>A dataset with one unit per 2025 unit (code = its key, name = its Vietnamese name) that has at least one member in the input.</returns>
    /// <exception cref="Nq52ValidationException">A unit that is not an old province, or a weighted mean without a weight for a member.</exception>
    public static Dataset Data(
        Dataset provinces,
        VietnamSeeds? seeds = null,
        MemberWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        seeds ??= VietnamSeeds.Embedded;
        weighting ??= MemberWeighting.Mean;
        var problems = new ValidationProblems();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < provinces.Units.Length; i++)
        {
            var unit = provinces.Units[i];
            if (!seeds.TryFindUnit(unit.Code, UnitList.Provinces63, out var province))
            {
                problems.AddMessage($"unit \"{unit.Code}\"", nameof(Messages.MergerUnitNotProvince));
            }
            else if (!rowOf.TryAdd(province.Key, i))
            {
                problems.AddMessage($"unit \"{unit.Code}\"", nameof(Messages.MergerSameProvince), provinces.Units[rowOf[province.Key]].Code);
            }
            else if (weighting.WeightOf(province.Key) is null)
            {
                problems.AddMessage($"unit \"{unit.Code}\"", nameof(Messages.MergerUnitNoWeight));
            }
        }

        problems.ThrowIfAny();
        var keyOfRow = rowOf.ToDictionary(p => p.Value, p => p.Key);
        var renamed = provinces.Units.Select((u, i) => u with { Code = keyOfRow[i] }).ToList();
        var keyed = Dataset.Create(
            UnitTable.FromRows(renamed, provinces.Indicators.Columns, Rows(provinces.Indicators)),
            UnitTable.FromRows(renamed, provinces.Denominators.Columns, Rows(provinces.Denominators)));
        var names = seeds.Units2025.ToDictionary(u => u.Key, u => u.NameVi, StringComparer.Ordinal);
        return Regrouping.Data(keyed, MapOf(seeds), weighting, missing, names);
    }

    /// <summary>The merger as a many-to-one map: each old province's key → its 2025 unit's key, in the order of the 2025 units.</summary>
    private static GroupMap MapOf(VietnamSeeds seeds) =>
        GroupMap.Create(seeds.Units2025.SelectMany(unit => seeds.Merger.MembersOf(unit).Select(p => (p.Key, unit.Key))));

    private static List<IReadOnlyList<double>> Rows(UnitTable table) =>
        table.Units.Select(u => (IReadOnlyList<double>)table.Columns.Select(c => table[u.Code, c]).ToArray()).ToList();
}
