using System.Collections.Immutable;
using System.Text.Json;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Fills missing values column by column with the mean or the median of the indicator over all units
/// (<see cref="ImputationMethod.Mean"/>, <see cref="ImputationMethod.Median"/>) or over the units of the same group
/// in a group column (<see cref="ImputationMethod.GroupMean"/>, <see cref="ImputationMethod.GroupMedian"/>, which
/// carry their <see cref="GroupColumn"/>). Statistics are computed from the values before imputation; NaN values are
/// left out of them.
/// </summary>
/// <remarks>
/// Group imputation falls back to the statistic over all units when the unit's group has no value for the indicator
/// (e.g. a unit alone in its group); such values are marked <see cref="ImputedValue.FromAllUnits"/>. A value stays
/// missing only when no unit has the indicator. A unit with a missing value and no value in the group column, or a
/// group column no unit has a value in, is an error. In a method file the group column is <c>impute.group</c>.
/// </remarks>
public sealed record StatisticImputation : ImputationMethod
{
    private readonly bool _median;
    private readonly bool _byGroup;

    internal StatisticImputation(bool median, bool byGroup, string? groupColumn)
    {
        _median = median;
        _byGroup = byGroup;
        GroupColumn = groupColumn;
    }

    /// <inheritdoc/>
    public override string Name => (_byGroup, _median) switch
    {
        (false, false) => "mean",
        (false, true) => "median",
        (true, false) => "groupMean",
        (true, true) => "groupMedian",
    };

    /// <summary>Whether the fill value is the median (otherwise the mean).</summary>
    public bool UsesMedian => _median;

    /// <summary>The unit-group column whose groups the statistic is taken over; null for the methods over all units.</summary>
    public string? GroupColumn { get; }

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return (_byGroup, _median) switch
        {
            (false, false) => ProblemMessages.Format(nameof(Messages.DescribeImputeMean), language, []),
            (false, true) => ProblemMessages.Format(nameof(Messages.DescribeImputeMedian), language, []),
            (true, false) => ProblemMessages.Format(nameof(Messages.DescribeImputeGroupMean), language, [GroupColumn ?? ""]),
            (true, true) => ProblemMessages.Format(nameof(Messages.DescribeImputeGroupMedian), language, [GroupColumn ?? ""]),
        };
    }

    private protected override string Notation() => _byGroup ? $"{Name}({GroupColumn})" : Name;

    internal override IReadOnlyList<string> Settings => _byGroup ? ["group"] : [];

    internal override ImputationMethod WithSettings(Serialization.ImputeDocument document) =>
        !_byGroup ? this
        : document.Group.ValueKind switch
        {
            JsonValueKind.String => new StatisticImputation(_median, _byGroup, document.Group.GetString()),
            JsonValueKind.Null => new StatisticImputation(_median, _byGroup, null),
            _ => this,
        };

    internal override Serialization.ImputeDocument ToDocument() =>
        _byGroup && GroupColumn is not null
            ? new() { Method = Name, Group = JsonSerializer.SerializeToElement(GroupColumn, Serialization.SerializationContext.Default.String) }
            : new() { Method = Name };

    internal override SettingProblem? Problem() =>
        !_byGroup ? null
        : GroupColumn is null ? new SettingProblem("group", "groupColumn", MessageText.Of(nameof(Messages.MethodImputeNeedsGroup), Name))
        : string.IsNullOrWhiteSpace(GroupColumn) ? new SettingProblem("group", "groupColumn", MessageText.Of(nameof(Messages.MethodImputeGroupEmpty)))
        : null;

    internal override bool FillsFrom(Unit filled, Unit source) =>
        !_byGroup || (filled.GroupOf(GroupColumn!) is { } group && string.Equals(group, source.GroupOf(GroupColumn!), StringComparison.Ordinal));

    internal override (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier)
    {
        var before = problems.Count;
        var imputed = ImmutableArray.CreateBuilder<ImputedValue>();
        var stillMissing = ImmutableArray.CreateBuilder<(string, string)>();
        var n = table.UnitCount;
        var byGroup = _byGroup;
        var groupColumn = GroupColumn;
        var groupSetting = ProblemLocation.OfParameter("impute.group");
        if (byGroup && Problem() is { } invalid)
        {
            problems.Add(invalid.At(groupSetting));
            return null;
        }

        if (byGroup && table.Units.All(u => u.GroupOf(groupColumn!) is null))
        {
            problems.AddMessage(groupSetting, nameof(Messages.ImputeGroupColumnAbsent), ProblemText.Quote(groupColumn!));
            return null;
        }

        // Units of each group, found once: imputing a column then costs one pass over it, whatever the group count.
        var groupOf = new int[n];
        var groupNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            var name = byGroup ? table.Units[i].GroupOf(groupColumn!) : "";
            if (name is null)
            {
                groupOf[i] = -1;
                continue;
            }

            if (!groupNames.TryGetValue(name, out var g))
            {
                g = members.Count;
                groupNames[name] = g;
                members.Add([]);
            }

            groupOf[i] = g;
            members[g].Add(i);
        }

        var useMedian = _median;
        var gathered = new double[n];
        var scratch = new double[n];
        var fills = new double[members.Count];
        var known = new bool[members.Count];
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var column = table.Column(j);
            var destination = values.AsSpan(j * n, n);
            Array.Clear(known);
            double? overall = null;
            for (var i = 0; i < n; i++)
            {
                if (!double.IsNaN(column[i]))
                {
                    continue;
                }

                var g = groupOf[i];
                if (g < 0)
                {
                    problems.AddMessage(ProblemLocation.OfUnit(table.Units[i].Code), nameof(Messages.ImputeUnitWithoutGroup), ProblemText.Quote(table.Columns[j]), ProblemText.Quote(groupColumn!));
                    continue;
                }

                if (!known[g])
                {
                    var group = members[g];
                    for (var k = 0; k < group.Count; k++)
                    {
                        gathered[k] = column[group[k]];
                    }

                    fills[g] = Statistic(gathered.AsSpan(0, group.Count), useMedian, scratch);
                    known[g] = true;
                }

                var fill = fills[g];
                var fromAllUnits = false;
                if (double.IsNaN(fill) && byGroup)
                {
                    overall ??= Statistic(column, useMedian, scratch);
                    fill = overall.Value;
                    fromAllUnits = !double.IsNaN(fill);
                }

                destination[i] = fill;
                if (double.IsNaN(fill))
                {
                    stillMissing.Add((table.Units[i].Code, table.Columns[j]));
                }
                else
                {
                    imputed.Add(new ImputedValue(table.Units[i].Code, table.Columns[j], fill) { FromAllUnits = fromAllUnits });
                }
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        return (new UnitTable(table.Units, table.Columns, values), new ImputationReport(imputed.ToImmutable(), stillMissing.ToImmutable()));
    }

    /// <summary>The mean or median of the available values (NaN when there are none).</summary>
    private static double Statistic(ReadOnlySpan<double> sample, bool median, double[] scratch) =>
        median ? ColumnStatistics.MedianOfAvailable(sample, scratch) : ColumnStatistics.Mean(sample);
}
