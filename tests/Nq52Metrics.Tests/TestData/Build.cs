using System.Collections.Immutable;
using Nq52Metrics.Data;

namespace Nq52Metrics.Tests.TestData;

/// <summary>Builders for units and tables of hand-written values.</summary>
internal static class Build
{
    public static Unit Unit(string code, params (string Column, string Value)[] groups) =>
        new(code, code, groups.ToImmutableDictionary(g => g.Column, g => g.Value));

    /// <summary>Units U1…Un without groups.</summary>
    public static ImmutableArray<Unit> Units(int count) =>
        Enumerable.Range(1, count).Select(i => new Unit($"U{i}", $"Unit {i}")).ToImmutableArray();

    /// <summary>A table with one column <paramref name="column"/> and units U1…Un.</summary>
    public static UnitTable Column(string column, params double[] values) =>
        UnitTable.FromRows(Units(values.Length), [column], values.Select(v => (IReadOnlyList<double>)[v]).ToArray());

    /// <summary>A table from rows (one array per unit) with units U1…Un.</summary>
    public static UnitTable Table(string[] columns, params double[][] rows) =>
        UnitTable.FromRows(Units(rows.Length), columns, rows);

    /// <summary>A table from rows with the given units.</summary>
    public static UnitTable Table(IEnumerable<Unit> units, string[] columns, params double[][] rows) =>
        UnitTable.FromRows(units, columns, rows);

    /// <summary>A column of a table as an array.</summary>
    public static double[] ColumnOf(UnitTable table, string column) => table.Column(column).ToArray();
}
