using System.Collections.Frozen;
using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Data;

/// <summary>
/// An immutable table of numbers: one row per unit, one column per code (indicator, aggregate or
/// denominator). <see cref="double.NaN"/> means missing. Stored column-major, so a column is one contiguous
/// span. Unit and column codes are looked up in Unicode normalisation form C (either way of typing accents works).
/// </summary>
public sealed class UnitTable
{
    private readonly double[] _values;
    private readonly Lazy<FrozenDictionary<string, int>> _columnIndex;
    private readonly Lazy<FrozenDictionary<string, int>> _unitIndex;

    internal UnitTable(ImmutableArray<Unit> units, ImmutableArray<string> columns, double[] columnMajorValues)
    {
        if (columnMajorValues.Length != units.Length * columns.Length)
        {
            throw new ArgumentException("The value buffer does not match units × columns.", nameof(columnMajorValues));
        }

        Units = units;
        Columns = columns;
        _values = columnMajorValues;
        // Look-up indexes are built on first use: pipeline steps create many tables and never look units up by code.
        _columnIndex = new(() => columns.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i, StringComparer.Ordinal));
        _unitIndex = new(() => units.Select((u, i) => (u.Code, i)).ToFrozenDictionary(p => p.Code, p => p.i, StringComparer.Ordinal));
    }

    /// <summary>The rows, in order.</summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>The column codes, in order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Number of rows (units).</summary>
    public int UnitCount => Units.Length;

    /// <summary>Number of columns.</summary>
    public int ColumnCount => Columns.Length;

    /// <summary>The value of one unit in one column (NaN = missing).</summary>
    /// <param name="unitCode">A unit code.</param>
    /// <param name="column">A column code.</param>
    /// <exception cref="KeyNotFoundException">Unknown unit or column.</exception>
    public double this[string unitCode, string column] => _values[(ColumnIndex(column) * UnitCount) + UnitIndex(unitCode)];

    /// <summary>A whole column, one value per unit in <see cref="Units"/> order.</summary>
    /// <param name="column">A column code.</param>
    /// <returns>The column's values.</returns>
    /// <exception cref="KeyNotFoundException">Unknown column.</exception>
    public ReadOnlySpan<double> Column(string column) => Column(ColumnIndex(column));

    /// <summary>A whole column by position.</summary>
    /// <param name="index">Column position, 0-based.</param>
    /// <returns>The column's values.</returns>
    public ReadOnlySpan<double> Column(int index) => _values.AsSpan(index * UnitCount, UnitCount);

    /// <summary>True when the table has the column.</summary>
    /// <param name="column">A column code.</param>
    /// <returns>Whether the column exists.</returns>
    public bool HasColumn(string column) => _columnIndex.Value.ContainsKey(Codes.Normalize(column));

    /// <summary>Position of a column.</summary>
    /// <param name="column">A column code.</param>
    /// <returns>The 0-based position.</returns>
    /// <exception cref="KeyNotFoundException">Unknown column.</exception>
    public int ColumnIndex(string column) =>
        _columnIndex.Value.TryGetValue(Codes.Normalize(column), out var i) ? i : throw new KeyNotFoundException($"No column \"{column}\".");

    /// <summary>Position of a unit.</summary>
    /// <param name="unitCode">A unit code.</param>
    /// <returns>The 0-based row.</returns>
    /// <exception cref="KeyNotFoundException">Unknown unit.</exception>
    public int UnitIndex(string unitCode) =>
        _unitIndex.Value.TryGetValue(Codes.Normalize(unitCode), out var i) ? i : throw new KeyNotFoundException($"No unit \"{unitCode}\".");

    /// <summary>True when the table has a row for the unit.</summary>
    /// <param name="unitCode">A unit code.</param>
    /// <returns>Whether the unit exists.</returns>
    public bool HasUnit(string unitCode) => _unitIndex.Value.ContainsKey(Codes.Normalize(unitCode));

    /// <summary>
    /// Creates a table from rows of values (<c>rows[unit][column]</c>). Values may be NaN (missing) but not
    /// infinite; unit and column codes must be unique.
    /// </summary>
    /// <param name="units">The rows.</param>
    /// <param name="columns">The column codes.</param>
    /// <param name="rows">One array per unit, each as long as <paramref name="columns"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="Nq52ValidationException">Duplicate codes, ragged rows or infinite values.</exception>
    public static UnitTable FromRows(IEnumerable<Unit> units, IEnumerable<string> columns, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var u = units.ToImmutableArray();
        var c = columns.Select(code => Codes.Normalize(code)).ToImmutableArray();
        var problems = new ValidationProblems();
        CheckCodes(u.Select(x => x.Code), "unit", problems);
        CheckCodes(c, "column", problems);
        if (rows.Count != u.Length)
        {
            problems.AddMessage("values", nameof(Messages.UnitTableRowCount), rows.Count, u.Length);
            problems.ThrowIfAny();
        }

        var values = new double[u.Length * c.Length];
        for (var r = 0; r < u.Length; r++)
        {
            if (rows[r].Count != c.Length)
            {
                problems.AddMessage($"unit \"{u[r].Code}\"", nameof(Messages.UnitTableValueCount), rows[r].Count, c.Length);
                continue;
            }

            for (var j = 0; j < c.Length; j++)
            {
                var v = rows[r][j];
                if (double.IsInfinity(v))
                {
                    problems.AddMessage($"unit \"{u[r].Code}\", column \"{c[j]}\"", nameof(Messages.UnitTableValueInfinite));
                }

                values[(j * u.Length) + r] = v;
            }
        }

        problems.ThrowIfAny();
        return new UnitTable(u, c, values);
    }

    /// <summary>The values, column-major, without a copy (internal fast path; never write through it).</summary>
    internal ReadOnlySpan<double> Values => _values;

    /// <summary>A copy of the values as a new column-major array (internal fast path).</summary>
    internal double[] CopyValues() => (double[])_values.Clone();

    /// <summary>A table with only the given rows, in the given order.</summary>
    internal UnitTable SelectUnits(IReadOnlyList<int> rows)
    {
        var n = rows.Count;
        var values = new double[n * ColumnCount];
        for (var j = 0; j < ColumnCount; j++)
        {
            var source = Column(j);
            for (var r = 0; r < n; r++)
            {
                values[(j * n) + r] = source[rows[r]];
            }
        }

        return new UnitTable(rows.Select(r => Units[r]).ToImmutableArray(), Columns, values);
    }

    private static void CheckCodes(IEnumerable<string> codes, string what, ValidationProblems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.AddMessage(what, nameof(Messages.UnitTableCodeEmpty));
            }
            else if (!seen.Add(code))
            {
                problems.AddMessage($"{what} \"{code}\"", nameof(Messages.UnitTableCodeRepeated));
            }
        }
    }
}
