using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Data;

/// <summary>Validation of <see cref="Dataset"/> on its own and against a framework.</summary>
public sealed class DatasetTests
{
    [Fact]
    public void A_dataset_exposes_its_units_and_tables()
    {
        var data = TinyIndex.Dataset();

        Assert.Equal(["U1", "U2", "U3", "U4", "U5"], data.Units.Select(u => u.Code));
        Assert.Equal(TinyIndex.IndicatorCodes, data.Indicators.Columns);
        Assert.Equal([TinyIndex.DenominatorColumn], data.Denominators.Columns);
        Assert.Empty(data.Check(TinyIndex.Framework()));
    }

    [Fact]
    public void Without_denominators_the_dataset_has_an_empty_denominator_table()
    {
        var data = Dataset.Create(Build.Table(["A"], [1], [2]));

        Assert.Equal(0, data.Denominators.ColumnCount);
        Assert.Equal(data.Units, data.Denominators.Units);
    }

    [Fact]
    public void An_empty_dataset_is_rejected_with_both_problems() =>
        Assert.Equal(
            ["it has no units.", "it has no indicator columns."],
            Problems.Thrown(() => Dataset.Create(UnitTable.FromRows([], [], []))).Problems.Select(p => p.Message));

    [Fact]
    public void A_dataset_without_units_is_rejected() =>
        Problems.AssertSingle(() => Dataset.Create(UnitTable.FromRows([], ["A"], [])), "dataset", "no units");

    [Fact]
    public void A_dataset_without_indicator_columns_is_rejected() =>
        Problems.AssertSingle(() => Dataset.Create(UnitTable.FromRows(Build.Units(2), [], [[], []])), "dataset", "no indicator columns");

    [Fact]
    public void A_denominator_table_with_other_units_is_rejected()
    {
        var indicators = Build.Table(["A"], [1], [2]);
        var denominators = Build.Table(Build.Units(3).Skip(1), ["Pop"], [1], [2]);

        Problems.AssertSingle(() => Dataset.Create(indicators, denominators), "dataset", "denominator table's units differ");
    }

    [Fact]
    public void A_denominator_table_with_the_units_in_another_order_is_rejected()
    {
        var indicators = Build.Table(["A"], [1], [2]);
        var denominators = Build.Table(Build.Units(2).Reverse(), ["Pop"], [1], [2]);

        Problems.AssertSingle(() => Dataset.Create(indicators, denominators), "dataset", "denominator table's units differ");
    }

    [Fact]
    public void Check_reports_every_mismatch_with_the_framework()
    {
        // The framework has I1…I4 (I4 divided by Pop); the data lack I2 and Pop and carry X and the aggregate P1.
        var units = TinyIndex.Units();
        var data = Dataset.Create(UnitTable.FromRows(
            units, ["I1", "I3", "I4", "X", "P1"], units.Select(_ => (IReadOnlyList<double>)[1.0, 2, 3, 4, 5]).ToArray()));

        var problems = data.Check(TinyIndex.Framework());

        Assert.Equal(
            [
                ("indicator \"I2\"", "the framework has it but the dataset has no column for it."),
                ("column \"X\"", "the dataset has it but the framework has no indicator with this code."),
                ("column \"P1\"", "it is an aggregate (level 2) in the framework; aggregates are computed, not read."),
                ("indicator \"I4\"", "its denominator \"Pop\" is not a column of the dataset."),
            ],
            problems.Select(p => (p.Location, p.Message)));
    }

    [Fact]
    public void EnsureFits_throws_the_problems_Check_finds()
    {
        var data = Dataset.Create(Build.Table(["I1", "I2", "I3"], [1, 2, 3]));
        var framework = TinyIndex.Framework();

        var exception = Problems.Thrown(() => data.EnsureFits(framework));

        Assert.Equal(data.Check(framework), exception.Problems);
        Problems.AssertHas(exception, "indicator \"I4\"", "no column");
    }

    [Fact]
    public void EnsureFits_accepts_a_dataset_that_fits()
    {
        var framework = IndexFramework.Create([Nodes.Indicator("A", "Top"), Nodes.Aggregate("Top", 2, null)]);

        var data = Dataset.Create(Build.Table(["A"], [1], [2]));

        data.EnsureFits(framework);
        Assert.Empty(data.Check(framework));
    }
}
