using Nq52Metrics.Data;

namespace Nq52Metrics.Conformance;

/// <summary>Compares one step's reference table (<c>uCode</c> + columns) with one of our tables, by unit code and column name.</summary>
public static class StepComparison
{
    /// <summary>
    /// Compares every reference cell with ours. Units are matched by code (the orders may differ), columns by name.
    /// A unit or column present on one side only is a mismatch; with <paramref name="referenceColumnsOnly"/> our
    /// extra columns are allowed (the reference holds a subset, e.g. ranks of aggregates only).
    /// </summary>
    /// <param name="reference">The reference file.</param>
    /// <param name="actual">Our table.</param>
    /// <param name="exact">Require identical numbers (ranks) instead of the relative tolerance.</param>
    /// <param name="referenceColumnsOnly">Compare only the reference's columns and ignore our extra ones.</param>
    /// <returns>The log, not yet asserted (its <see cref="MismatchLog.Compared"/> counts the cells compared).</returns>
    public static MismatchLog Compare(ReferenceCsv reference, UnitTable actual, bool exact = false, bool referenceColumnsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(actual);
        var log = new MismatchLog(reference.Name);
        var unitColumn = reference.ColumnIndex("uCode");
        var columns = reference.Header.Where((_, i) => i != unitColumn).ToList();
        foreach (var column in columns.Where(c => !actual.HasColumn(c)))
        {
            log.Add("-", column, "column present", "no such column");
        }

        if (!referenceColumnsOnly)
        {
            foreach (var column in actual.Columns.Except(columns, StringComparer.Ordinal))
            {
                log.Add("-", column, "no such column", "column present");
            }
        }

        var referenceUnits = reference.Rows.Select(r => r[unitColumn]).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in actual.Units.Where(u => !referenceUnits.Contains(u.Code)))
        {
            log.Add(unit.Code, "-", "no such unit", "unit present");
        }

        foreach (var row in reference.Rows)
        {
            var unit = row[unitColumn];
            if (!actual.HasUnit(unit))
            {
                log.Add(unit, "-", "unit present", "no such unit");
                continue;
            }

            for (var c = 0; c < row.Length; c++)
            {
                var column = reference.Header[c];
                if (c == unitColumn || !actual.HasColumn(column))
                {
                    continue;
                }

                var expected = ReferenceCsv.Number(row[c]);
                if (exact)
                {
                    log.Exact(unit, column, expected, actual[unit, column]);
                }
                else
                {
                    log.Number(unit, column, expected, actual[unit, column]);
                }
            }
        }

        return log;
    }
}
