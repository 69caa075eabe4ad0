using Nq52Metrics.Data;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Data;

/// <summary>Construction, look-ups and validation of <see cref="UnitTable"/>.</summary>
public sealed class UnitTableTests
{
    [Fact]
    public void Values_are_found_by_unit_and_column()
    {
        var table = Build.Table(["A", "B"], [1, 2], [3, double.NaN], [5, 6]);

        Assert.Equal(3, table.UnitCount);
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["A", "B"], table.Columns);
        Assert.Equal(3.0, table["U2", "A"]);
        Assert.True(double.IsNaN(table["U2", "B"]));
        Assert.Equal([2.0, double.NaN, 6.0], table.Column("B").ToArray());
        Assert.Equal([1.0, 3.0, 5.0], table.Column(0).ToArray());
        Assert.Equal(1, table.ColumnIndex("B"));
        Assert.Equal(2, table.UnitIndex("U3"));
        Assert.True(table.HasColumn("A"));
        Assert.False(table.HasColumn("a"));
        Assert.True(table.HasUnit("U1"));
        Assert.False(table.HasUnit("U4"));
    }

    [Fact]
    public void Unknown_units_and_columns_throw_key_not_found()
    {
        var table = Build.Table(["A"], [1]);

        Assert.Throws<KeyNotFoundException>(() => table["U9", "A"]);
        Assert.Throws<KeyNotFoundException>(() => table["U1", "Z"]);
        Assert.Throws<KeyNotFoundException>(() => table.Column("Z").ToArray());
        Assert.Throws<KeyNotFoundException>(() => table.UnitIndex("U9"));
    }

    [Fact]
    public void A_table_may_have_no_units()
    {
        var table = UnitTable.FromRows([], ["A"], []);

        Assert.Equal(0, table.UnitCount);
        Assert.Equal(0, table.Column("A").Length);
    }

    [Fact]
    public void Duplicate_unit_codes_are_rejected() =>
        Problems.AssertSingle(
            () => UnitTable.FromRows([new Unit("U1", "a"), new Unit("U1", "b")], ["A"], [[1.0], [2.0]]),
            "unit \"U1\"",
            "appears more than once");

    [Fact]
    public void Empty_unit_codes_are_rejected() =>
        Problems.AssertSingle(
            () => UnitTable.FromRows([new Unit("", "a")], ["A"], [[1.0]]),
            "unit",
            "code is empty");

    [Fact]
    public void Duplicate_and_empty_column_codes_are_rejected_together()
    {
        var exception = Problems.Thrown(() => UnitTable.FromRows(Build.Units(1), ["A", "A", " "], [[1.0, 2.0, 3.0]]));

        Problems.AssertHas(exception, "column \"A\"", "appears more than once");
        Problems.AssertHas(exception, "column", "code is empty");
        Assert.Equal(2, exception.Problems.Length);
    }

    [Fact]
    public void A_row_count_that_differs_from_the_unit_count_is_rejected() =>
        Problems.AssertSingle(
            () => UnitTable.FromRows(Build.Units(2), ["A"], [[1.0], [2.0], [3.0]]),
            "values",
            "3 rows of values for 2 units");

    [Fact]
    public void Ragged_rows_and_infinite_values_are_all_reported_with_their_cells()
    {
        var exception = Problems.Thrown(() => UnitTable.FromRows(
            Build.Units(4),
            ["A", "B"],
            [[1.0, double.PositiveInfinity], [1.0], [double.NegativeInfinity, 2.0], [1.0, 2.0, 3.0]]));

        Problems.AssertHas(exception, "unit \"U1\", column \"B\"", "infinite");
        Problems.AssertHas(exception, "unit \"U2\"", "1 values for 2 columns");
        Problems.AssertHas(exception, "unit \"U3\", column \"A\"", "infinite");
        Problems.AssertHas(exception, "unit \"U4\"", "3 values for 2 columns");
        Assert.Equal(4, exception.Problems.Length);
    }

    [Fact]
    public void Duplicate_codes_and_infinite_values_are_reported_together()
    {
        // House rule: a validation exception carries every problem found. Duplicate codes do not stop the
        // values from being checked, so both kinds of problem belong in one report.
        var exception = Problems.Thrown(() => UnitTable.FromRows(
            [new Unit("U1", "a"), new Unit("U1", "b")],
            ["A"],
            [[1.0], [double.PositiveInfinity]]));

        Problems.AssertHas(exception, "unit \"U1\"", "appears more than once");
        Problems.AssertHas(exception, "unit \"U1\", column \"A\"", "infinite");
    }

    [Fact]
    public void A_unit_reports_its_group_values()
    {
        var unit = Build.Unit("VNM", ("Region", "Asia"));

        Assert.Equal("Asia", unit.GroupOf("Region"));
        Assert.Null(unit.GroupOf("Income"));
        Assert.Null(new Unit("X", "X").GroupOf("Region"));
    }
}
