using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: fills missing values column by column with the mean or median of the indicator over all
/// units or over the unit's group. Statistics are computed from the values before imputation.
/// </summary>
/// <remarks>
/// Group imputation falls back to the statistic over all units when the unit's group has no value for the indicator
/// (a unit alone in its group, or a group missing the indicator throughout); such values are marked
/// <see cref="ImputedValue.FromAllUnits"/> in the report, so no unit is left unranked without a trace. A value stays
/// missing (and is listed in <see cref="ImputationReport.StillMissing"/>) only when no unit has the indicator.
/// </remarks>
public static class Imputation
{
    /// <summary>Imputes missing values.</summary>
    /// <param name="table">Indicator values (NaN = missing).</param>
    /// <param name="spec">The step's spec.</param>
    /// <returns>The imputed table and a report of every filled value.</returns>
    /// <exception cref="Nq52ValidationException">A group method without a group column, or a unit with a missing
    /// value and no value in the group column.</exception>
    public static (UnitTable Table, ImputationReport Report) Apply(UnitTable table, ImputationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var result = Apply(table, spec, problems);
        problems.ThrowIfAny();
        return result!.Value;
    }

    /// <summary>
    /// The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.
    /// <paramref name="earlier"/> holds the same stage's input in the earlier periods of a panel, oldest first (empty for
    /// a single period); only <see cref="ImputationMethod.LatestEarlierValue"/> reads it.
    /// </summary>
    internal static (UnitTable Table, ImputationReport Report)? Apply(UnitTable table, ImputationSpec spec, ValidationProblems problems, IReadOnlyList<PeriodTable>? earlier = null)
    {
        var before = problems.Count;
        var values = table.CopyValues();
        var imputed = ImmutableArray.CreateBuilder<ImputedValue>();
        var stillMissing = ImmutableArray.CreateBuilder<(string, string)>();
        var n = table.UnitCount;
        var byGroup = spec.Method is ImputationMethod.GroupMean or ImputationMethod.GroupMedian;
        if (!Enum.IsDefined(spec.Method))
        {
            problems.Add("impute.method", $"unknown imputation method {spec.Method}.");
            return null;
        }

        if (spec.Method == ImputationMethod.None || !values.Any(double.IsNaN))
        {
            return (new UnitTable(table.Units, table.Columns, values), new ImputationReport([], []));
        }

        if (spec.Method == ImputationMethod.LatestEarlierValue)
        {
            return LatestEarlier(table, values, earlier ?? []);
        }

        if (byGroup && string.IsNullOrWhiteSpace(spec.GroupColumn))
        {
            problems.Add("impute.group", "group imputation needs a group column.");
            return null;
        }

        if (byGroup && table.Units.All(u => u.GroupOf(spec.GroupColumn!) is null))
        {
            problems.Add("impute.group", $"no unit has a value in group column \"{spec.GroupColumn}\"; check that the dataset has this group column.");
            return null;
        }

        // Units of each group, found once: imputing a column then costs one pass over it, whatever the group count.
        var groupOf = new int[n];
        var groupNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            var name = byGroup ? table.Units[i].GroupOf(spec.GroupColumn!) : "";
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

        var useMedian = spec.Method is ImputationMethod.Median or ImputationMethod.GroupMedian;
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
                    problems.Add($"unit \"{table.Units[i].Code}\"", $"it has a missing value for \"{table.Columns[j]}\" but no value in group column \"{spec.GroupColumn}\".");
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

    /// <summary>
    /// Fills each missing value with the unit's value of the same column in the latest earlier period that has one, and
    /// names that period in the report; a value with no earlier observation stays missing.
    /// </summary>
    private static (UnitTable Table, ImputationReport Report) LatestEarlier(UnitTable table, double[] values, IReadOnlyList<PeriodTable> earlier)
    {
        var imputed = ImmutableArray.CreateBuilder<ImputedValue>();
        var stillMissing = ImmutableArray.CreateBuilder<(string, string)>();
        var n = table.UnitCount;
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var column = table.Columns[j];
            for (var i = 0; i < n; i++)
            {
                if (!double.IsNaN(values[(j * n) + i]))
                {
                    continue;
                }

                var code = table.Units[i].Code;
                var found = false;
                for (var p = earlier.Count - 1; p >= 0 && !found; p--)
                {
                    var past = earlier[p].Table;
                    if (past.HasUnit(code) && past.HasColumn(column) && past[code, column] is var value && !double.IsNaN(value))
                    {
                        values[(j * n) + i] = value;
                        imputed.Add(new ImputedValue(code, column, value) { SourcePeriod = earlier[p].Period });
                        found = true;
                    }
                }

                if (!found)
                {
                    stillMissing.Add((code, column));
                }
            }
        }

        return (new UnitTable(table.Units, table.Columns, values), new ImputationReport(imputed.ToImmutable(), stillMissing.ToImmutable()));
    }

    /// <summary>The mean or median of the available values (NaN when there are none).</summary>
    private static double Statistic(ReadOnlySpan<double> sample, bool median, double[] scratch) =>
        median ? ColumnStatistics.MedianOfAvailable(sample, scratch) : ColumnStatistics.Mean(sample);
}
