using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// In panel data, fills a missing value with the unit's latest earlier value of the indicator (COINr
/// <c>impute_panel</c>, "constant" with the latest available year); the report names the period each value came
/// from. Without earlier periods, or when the unit has no earlier value, the value stays missing.
/// </summary>
public sealed record LatestEarlierValueImputation : ImputationMethod
{
    internal LatestEarlierValueImputation()
    {
    }

    /// <inheritdoc/>
    public override string Name => "latestEarlier";

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ProblemMessages.Format(nameof(Messages.DescribeImputeLatestEarlier), language, []);
    }

    /// <inheritdoc/>
    internal override string Label => "latestEarlierValue";

    /// <summary>
    /// Fills each missing value with the unit's value of the same column in the latest earlier period that has one, and
    /// names that period in the report; a value with no earlier observation stays missing.
    /// </summary>
    internal override (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier)
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
}
