using System.Collections.Immutable;
using Nq52Metrics.Data;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Maps values of the 63 old provinces onto the 34 units of 1 July 2025 with the merger map: by the mean of the
/// members (as the ministry did for DTI 2024) or by the caller's weights.
/// </summary>
public static class MergerAggregation
{
    /// <summary>Aggregates one value per old province to the 2025 units.</summary>
    /// <param name="valueByProvince">Value by old-province key (NaN = missing); provinces not listed are missing.</param>
    /// <param name="seeds">The seeds (merger map); default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="weighting">How members are combined; default <see cref="MergerWeighting.Mean"/>.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <returns>One value per 2025 unit, in the order of <see cref="VietnamSeeds.Units2025"/>.</returns>
    /// <exception cref="Nq52ValidationException">A key that is not an old province, an infinite value, or a weighted mean
    /// without a weight for a member that has a value (all problems together).</exception>
    public static ImmutableArray<MergedValue> Values(
        IReadOnlyDictionary<string, double> valueByProvince,
        VietnamSeeds? seeds = null,
        MergerWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll)
    {
        ArgumentNullException.ThrowIfNull(valueByProvince);
        seeds ??= VietnamSeeds.Embedded;
        weighting ??= MergerWeighting.Mean;
        var problems = new ValidationProblems();
        foreach (var (key, value) in valueByProvince.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!seeds.Provinces.Any(p => p.Key == key))
            {
                problems.Add($"province \"{key}\"", "no province before the 2025 merger has this key.");
            }
            else if (!double.IsNaN(value) && weighting.WeightOf(key) is null)
            {
                problems.Add($"province \"{key}\"", "the weighting has no weight for it.");
            }

            if (double.IsInfinity(value))
            {
                problems.Add($"province \"{key}\"", "its value is infinite.");
            }
        }

        problems.ThrowIfAny();
        return seeds.Units2025.Select(unit =>
        {
            var members = seeds.Merger.MembersOf(unit);
            var (value, available) = Combine(members.Select(p => (p.Key, valueByProvince.TryGetValue(p.Key, out var v) ? v : double.NaN)), weighting, missing, members.Length);
            return new MergedValue(unit, value, available, members.Length, seeds.Merger.IsConfirmed(unit));
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
        MergerWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        seeds ??= VietnamSeeds.Embedded;
        weighting ??= MergerWeighting.Mean;
        var problems = new ValidationProblems();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < provinces.Units.Length; i++)
        {
            var unit = provinces.Units[i];
            if (!seeds.TryFindUnit(unit.Code, UnitList.Provinces63, out var province))
            {
                problems.Add($"unit \"{unit.Code}\"", "it is not one of the 63 provinces before the 2025 merger.");
            }
            else if (!rowOf.TryAdd(province.Key, i))
            {
                problems.Add($"unit \"{unit.Code}\"", $"it is the same province as \"{provinces.Units[rowOf[province.Key]].Code}\".");
            }
            else if (weighting.WeightOf(province.Key) is null)
            {
                problems.Add($"unit \"{unit.Code}\"", "the weighting has no weight for it.");
            }
        }

        problems.ThrowIfAny();
        var units = new List<Unit>();
        var indicatorRows = new List<IReadOnlyList<double>>();
        var denominatorRows = new List<IReadOnlyList<double>>();
        foreach (var merged in seeds.Units2025)
        {
            var members = seeds.Merger.MembersOf(merged).Where(p => rowOf.ContainsKey(p.Key)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var memberCount = seeds.Merger.MembersOf(merged).Length;
            var rows = members.Select(p => rowOf[p.Key]).ToList();
            units.Add(new Unit(merged.Key, merged.NameVi, SharedGroups(rows.Select(r => provinces.Units[r]).ToList())));
            indicatorRows.Add(provinces.Indicators.Columns
                .Select(c => Combine(members.Select(p => (p.Key, provinces.Indicators[provinces.Units[rowOf[p.Key]].Code, c])), weighting, missing, memberCount).Value)
                .ToArray());
            denominatorRows.Add(provinces.Denominators.Columns
                .Select(c => members.Count < memberCount ? double.NaN : rows.Sum(r => provinces.Denominators[provinces.Units[r].Code, c]))
                .ToArray());
        }

        return Dataset.Create(
            UnitTable.FromRows(units, provinces.Indicators.Columns, indicatorRows),
            UnitTable.FromRows(units, provinces.Denominators.Columns, denominatorRows));
    }

    private static (double Value, int Available) Combine(IEnumerable<(string Key, double Value)> members, MergerWeighting weighting, MissingMembers missing, int memberCount)
    {
        double sum = 0, weights = 0;
        var available = 0;
        foreach (var (key, value) in members)
        {
            if (double.IsNaN(value))
            {
                continue;
            }

            var w = weighting.WeightOf(key)!.Value;
            sum += w * value;
            weights += w;
            available++;
        }

        var complete = available == memberCount;
        var value2 = available == 0 || (!complete && missing == MissingMembers.RequireAll) ? double.NaN : sum / weights;
        return (value2, available);
    }

    private static ImmutableDictionary<string, string> SharedGroups(List<Unit> members)
    {
        var shared = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (column, value) in members[0].Groups)
        {
            if (members.All(m => m.GroupOf(column) == value))
            {
                shared[column] = value;
            }
        }

        return shared.ToImmutable();
    }
}
