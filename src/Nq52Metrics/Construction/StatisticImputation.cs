using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Fills missing values column by column with the mean or the median of the indicator over all units or over the
/// unit's group (<see cref="ImputationMethod.Mean"/>, <see cref="ImputationMethod.Median"/>,
/// <see cref="ImputationMethod.GroupMean"/>, <see cref="ImputationMethod.GroupMedian"/>). Statistics are computed from
/// the values before imputation; NaN values are left out of them.
/// </summary>
/// <remarks>
/// Group imputation falls back to the statistic over all units when the unit's group has no value for the indicator;
/// such values are marked <see cref="ImputedValue.FromAllUnits"/>. A value stays missing only when no unit has the
/// indicator. A group method needs a group column; a unit with a missing value and no group is an error.
/// </remarks>
public sealed record StatisticImputation : ImputationMethod
{
    private readonly bool _median;
    private readonly bool _byGroup;

    internal StatisticImputation(string name, bool median, bool byGroup)
    {
        Name = name;
        _median = median;
        _byGroup = byGroup;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <summary>Whether the fill value is the median (otherwise the mean).</summary>
    public bool UsesMedian => _median;

    /// <inheritdoc/>
    internal override bool UsesGroups => _byGroup;

    internal override (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, string? groupColumn, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier)
    {
        var before = problems.Count;
        var imputed = ImmutableArray.CreateBuilder<ImputedValue>();
        var stillMissing = ImmutableArray.CreateBuilder<(string, string)>();
        var n = table.UnitCount;
        var byGroup = _byGroup;
        if (byGroup && string.IsNullOrWhiteSpace(groupColumn))
        {
            problems.AddMessage("impute.group", nameof(Messages.ImputationGroupColumnMissing));
            return null;
        }

        if (byGroup && table.Units.All(u => u.GroupOf(groupColumn!) is null))
        {
            problems.AddMessage("impute.group", nameof(Messages.ImputationGroupColumnEmpty), groupColumn!);
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
                    problems.AddMessage($"unit \"{table.Units[i].Code}\"", nameof(Messages.ImputationUnitWithoutGroup), table.Columns[j], groupColumn!);
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
