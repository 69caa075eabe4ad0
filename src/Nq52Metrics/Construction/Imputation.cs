using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: fills missing values column by column with the mean or median of the indicator over all
/// units or over the unit's group. Statistics are computed from the values before imputation.
/// </summary>
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
        var values = table.CopyValues();
        var imputed = ImmutableArray.CreateBuilder<ImputedValue>();
        var stillMissing = ImmutableArray.CreateBuilder<(string, string)>();
        var n = table.UnitCount;
        var problems = new ValidationProblems();
        var byGroup = spec.Method is ImputationMethod.GroupMean or ImputationMethod.GroupMedian;
        if (!Enum.IsDefined(spec.Method))
        {
            problems.Add("impute.method", $"unknown imputation method {spec.Method}.");
            problems.ThrowIfAny();
        }

        if (spec.Method == ImputationMethod.None || !values.Any(double.IsNaN))
        {
            return (new UnitTable(table.Units, table.Columns, values), new ImputationReport([], []));
        }

        if (byGroup && string.IsNullOrWhiteSpace(spec.GroupColumn))
        {
            problems.Add("impute.group", "group imputation needs a group column.");
            problems.ThrowIfAny();
        }

        if (byGroup && table.Units.All(u => u.GroupOf(spec.GroupColumn!) is null))
        {
            problems.Add("impute.group", $"no unit has a value in group column \"{spec.GroupColumn}\"; check that the dataset has this group column.");
            problems.ThrowIfAny();
        }

        var groups = byGroup ? table.Units.Select(u => u.GroupOf(spec.GroupColumn!)).ToArray() : new string?[n];
        var useMedian = spec.Method is ImputationMethod.Median or ImputationMethod.GroupMedian;
        var buffer = new double[n];
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var column = table.Column(j);
            var destination = values.AsSpan(j * n, n);
            var cache = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                if (!double.IsNaN(column[i]))
                {
                    continue;
                }

                var group = groups[i];
                if (byGroup && group is null)
                {
                    problems.Add($"unit \"{table.Units[i].Code}\"", $"it has a missing value for \"{table.Columns[j]}\" but no value in group column \"{spec.GroupColumn}\".");
                    continue;
                }

                var key = group ?? "";
                if (!cache.TryGetValue(key, out var fill))
                {
                    for (var k = 0; k < n; k++)
                    {
                        buffer[k] = !byGroup || groups[k] == group ? column[k] : double.NaN;
                    }

                    fill = useMedian ? ColumnStatistics.Median(buffer) : ColumnStatistics.Mean(buffer);
                    cache[key] = fill;
                }

                destination[i] = fill;
                if (double.IsNaN(fill))
                {
                    stillMissing.Add((table.Units[i].Code, table.Columns[j]));
                }
                else
                {
                    imputed.Add(new ImputedValue(table.Units[i].Code, table.Columns[j], fill));
                }
            }
        }

        problems.ThrowIfAny();
        return (new UnitTable(table.Units, table.Columns, values), new ImputationReport(imputed.ToImmutable(), stillMissing.ToImmutable()));
    }
}
