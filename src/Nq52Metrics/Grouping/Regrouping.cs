using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Grouping;

/// <summary>
/// Regroups values of units through a many-to-one map (<see cref="GroupMap"/>), e.g. old provinces onto the units they
/// were merged into: each group's value is the weighted arithmetic mean of its members' values (the plain mean by
/// default). The arithmetic is the index's own aggregation step (<see cref="Aggregation"/>): the map becomes a
/// two-level tree (members under their group) and the values are aggregated with the same kernel, so a missing member
/// is dropped and the weights of the others rescaled, and <see cref="MissingMembers.RequireAll"/> is a data-availability
/// threshold of 1.
/// </summary>
public static class Regrouping
{
    /// <summary>Combines one value per member into one value per group.</summary>
    /// <param name="valueByMember">Value by member code (NaN = missing); members not listed are missing.</param>
    /// <param name="map">The map.</param>
    /// <param name="weighting">How members are combined; default <see cref="MemberWeighting.Mean"/>.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <returns>One value per group of the map, in map order.</returns>
    /// <exception cref="Nq52ValidationException">A code that is no member of the map, an infinite value, or a weighted mean
    /// without a weight for a member that has a value (all problems together).</exception>
    public static ImmutableArray<RegroupedValue> Values(
        IReadOnlyDictionary<string, double> valueByMember,
        GroupMap map,
        MemberWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll)
    {
        ArgumentNullException.ThrowIfNull(valueByMember);
        ArgumentNullException.ThrowIfNull(map);
        weighting ??= MemberWeighting.Mean;
        var problems = new ValidationProblems();
        foreach (var (member, value) in valueByMember.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (map.GroupOf(member) is null)
            {
                problems.AddMessage(ProblemLocation.OfUnit(member), nameof(Messages.RegroupNotAMember));
            }
            else if (!double.IsNaN(value) && weighting.WeightOf(member) is null)
            {
                problems.AddMessage(ProblemLocation.OfUnit(member), nameof(Messages.RegroupNoWeight));
            }

            if (double.IsInfinity(value))
            {
                problems.AddMessage(ProblemLocation.OfUnit(member), nameof(Messages.RegroupValueInfinite));
            }
        }

        problems.ThrowIfAny();
        var values = map.Members.Select(m => valueByMember.TryGetValue(m, out var v) ? v : double.NaN).ToArray();
        var combined = Combine(map, weighting, missing, [values]);
        return map.Groups.Select((g, k) => new RegroupedValue(g, combined.Values[0][k], combined.Available[0][k], map.MembersOf(g).Length)).ToImmutableArray();
    }

    /// <summary>
    /// Regroups a whole dataset whose units are members of the map: every indicator by the weighting (as
    /// <see cref="Values"/>), every denominator (a total such as population) by the sum of the members, missing unless
    /// every member of the group is in the data. A group value is kept when all its members in the data share it (e.g.
    /// a data-status column) and dropped otherwise.
    /// </summary>
    /// <param name="data">The members' data; unit codes are member codes of the map.</param>
    /// <param name="map">The map.</param>
    /// <param name="weighting">How indicator values are combined; default the plain mean.</param>
    /// <param name="missing">What to do with members without a value; default <see cref="MissingMembers.RequireAll"/>.</param>
    /// <param name="groupNames">The name of each group's unit (by group code); default the group code.</param>
    /// <returns>A dataset with one unit per group (code = the group code) that has at least one member in the data, in map order.</returns>
    /// <exception cref="Nq52ValidationException">A unit that is no member of the map, or a weighted mean without a
    /// weight for a member (all problems together).</exception>
    public static Dataset Data(
        Dataset data,
        GroupMap map,
        MemberWeighting? weighting = null,
        MissingMembers missing = MissingMembers.RequireAll,
        IReadOnlyDictionary<string, string>? groupNames = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(map);
        weighting ??= MemberWeighting.Mean;
        var problems = new ValidationProblems();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.Units.Length; i++)
        {
            var code = data.Units[i].Code;
            if (map.GroupOf(code) is null)
            {
                problems.AddMessage(ProblemLocation.OfUnit(code), nameof(Messages.RegroupNotAMember));
            }
            else if (weighting.WeightOf(code) is null)
            {
                problems.AddMessage(ProblemLocation.OfUnit(code), nameof(Messages.RegroupNoWeight));
            }
            else
            {
                rowOf[code] = i;
            }
        }

        problems.ThrowIfAny();
        var columns = data.Indicators.Columns;
        var rows = columns
            .Select(c => map.Members.Select(m => rowOf.TryGetValue(m, out var r) ? data.Indicators[data.Units[r].Code, c] : double.NaN).ToArray())
            .ToList();
        var combined = Combine(map, weighting, missing, rows);
        var units = new List<Unit>();
        var indicatorRows = new List<IReadOnlyList<double>>();
        var denominatorRows = new List<IReadOnlyList<double>>();
        for (var k = 0; k < map.Groups.Length; k++)
        {
            var group = map.Groups[k];
            var all = map.MembersOf(group);
            var present = all.Where(rowOf.ContainsKey).Select(m => data.Units[rowOf[m]]).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var name = groupNames is not null && groupNames.TryGetValue(group, out var n) ? n : group;
            units.Add(new Unit(group, name, SharedGroups(present)));
            indicatorRows.Add(Enumerable.Range(0, columns.Length).Select(c => combined.Values[c][k]).ToArray());
            denominatorRows.Add(data.Denominators.Columns
                .Select(c => present.Count < all.Length ? double.NaN : present.Sum(u => data.Denominators[u.Code, c]))
                .ToArray());
        }

        return Dataset.Create(
            UnitTable.FromRows(units, columns, indicatorRows),
            UnitTable.FromRows(units, data.Denominators.Columns, denominatorRows));
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

    /// <summary>
    /// Combines rows of member values into rows of group values: for each row (e.g. each indicator of a dataset) the
    /// members' values are combined group by group as <see cref="Values"/> does. Inputs are assumed valid (finite or
    /// NaN, a weight for every member with a value).
    /// </summary>
    /// <param name="map">The map.</param>
    /// <param name="weighting">How members are combined.</param>
    /// <param name="missing">What to do with members without a value.</param>
    /// <param name="rows">Per row, one value per member of <see cref="GroupMap.Members"/> (NaN = missing).</param>
    /// <returns>Per row, the value and the number of members with a value of every group, in map order.</returns>
    internal static (double[][] Values, int[][] Available) Combine(GroupMap map, MemberWeighting weighting, MissingMembers missing, IReadOnlyList<double[]> rows)
    {
        // The map as a tree: member i is indicator "m{i}" under group "g{k}", every group under one top node. Codes are
        // made up so that a member and a group with the same code (a unit kept by the merger) stay distinct.
        var members = map.Members.ToList();
        var nodes = new List<FrameworkNode> { new() { Code = "top", Level = 3 } };
        var memberCodes = new List<string>(members.Count);
        var i = 0;
        for (var k = 0; k < map.Groups.Length; k++)
        {
            var group = FormattableString.Invariant($"g{k}");
            nodes.Add(new FrameworkNode { Code = group, Level = 2, Parent = "top" });
            foreach (var member in map.MembersOf(map.Groups[k]))
            {
                var code = FormattableString.Invariant($"m{i++}");
                memberCodes.Add(code);
                nodes.Add(new FrameworkNode { Code = code, Level = 1, Parent = group, Weight = weighting.WeightOf(member) ?? 1.0 });
            }
        }

        var framework = IndexFramework.Create(nodes);
        var rowUnits = Enumerable.Range(0, rows.Count).Select(r => new Unit(FormattableString.Invariant($"r{r}"), "")).ToList();
        var table = UnitTable.FromRows(rowUnits, memberCodes, rows.Select(r => (IReadOnlyList<double>)r).ToList());
        var spec = new AggregationSpec(AggregationMethod.Arithmetic) { MinDataAvailability = missing == MissingMembers.RequireAll ? 1.0 : null };
        var aggregated = Aggregation.Apply(table, framework, spec);
        var values = new double[rows.Count][];
        var available = new int[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            values[r] = new double[map.Groups.Length];
            available[r] = new int[map.Groups.Length];
            var m = 0;
            for (var k = 0; k < map.Groups.Length; k++)
            {
                values[r][k] = aggregated.Column(FormattableString.Invariant($"g{k}"))[r];
                foreach (var _ in map.MembersOf(map.Groups[k]))
                {
                    available[r][k] += double.IsNaN(rows[r][m++]) ? 0 : 1;
                }
            }
        }

        return (values, available);
    }
}
