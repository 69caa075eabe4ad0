using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The screening step: drops units whose share of available (non-missing) indicator values is below the
/// threshold. Kept units stay in input order.
/// </summary>
public static class Screening
{
    /// <summary>Screens units by data availability.</summary>
    /// <param name="table">Indicator values (NaN = missing).</param>
    /// <param name="spec">The step's spec.</param>
    /// <returns>The kept rows and a report with every unit's availability.</returns>
    /// <exception cref="Nq52ValidationException">An invalid threshold, or no unit left.</exception>
    public static (UnitTable Table, ScreeningReport Report) Apply(UnitTable table, ScreeningSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var result = Apply(table, spec, problems);
        problems.ThrowIfAny();
        return result!.Value;
    }

    /// <summary>The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.</summary>
    internal static (UnitTable Table, ScreeningReport Report)? Apply(UnitTable table, ScreeningSpec spec, ValidationProblems problems)
    {
        if (!(spec.MinDataAvailability is >= 0 and <= 1))
        {
            problems.AddMessage("screen.minDataAvailability", nameof(Messages.ScreeningAvailabilityNotShare), spec.MinDataAvailability);
            return null;
        }

        var n = table.UnitCount;
        var available = AvailableCounts(table);

        var rows = new List<int>(n);
        var report = ImmutableArray.CreateBuilder<UnitAvailability>(n);
        for (var i = 0; i < n; i++)
        {
            var share = (double)available[i] / table.ColumnCount;
            var kept = share >= spec.MinDataAvailability;
            if (kept)
            {
                rows.Add(i);
            }

            report.Add(new UnitAvailability(table.Units[i].Code, share, kept));
        }

        if (rows.Count == 0)
        {
            problems.AddMessage("screen", nameof(Messages.ScreeningNothingLeft), spec.MinDataAvailability);
            return null;
        }

        var result = rows.Count == n ? table : table.SelectUnits(rows);
        return (result, new ScreeningReport(report.MoveToImmutable()));
    }

    /// <summary>How many non-missing values each unit has, counted a vector of units at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long[] AvailableCounts(UnitTable table)
    {
        var n = table.UnitCount;
        var available = new long[n];
        var width = Vector<double>.Count;
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var column = table.Column(j);
            var i = 0;
            for (; i <= n - width; i += width)
            {
                var v = new Vector<double>(column.Slice(i, width));
                (new Vector<long>(available.AsSpan(i, width)) - Vector.Equals(v, v)).CopyTo(available.AsSpan(i, width));
            }

            for (; i < n; i++)
            {
                available[i] += double.IsNaN(column[i]) ? 0 : 1;
            }
        }

        return available;
    }
}
