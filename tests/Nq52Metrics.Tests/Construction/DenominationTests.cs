using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>The denomination step: division by the framework's denominators, scale factor, missing values, errors.</summary>
public sealed class DenominationTests
{
    [Fact]
    public void Indicators_with_a_denominator_are_divided_and_the_others_pass_through()
    {
        var result = Denomination.Apply(TinyIndex.Framework(), TinyIndex.Dataset(), DenominationSpec.ByFramework);

        Assert.Equal(TinyIndex.IndicatorCodes, result.Columns);
        Assert.Equal([10.0, 15, 20, 10, 10], Build.ColumnOf(result, "I4"));
        Assert.Equal([10.0, 20, 30, 40, 50], Build.ColumnOf(result, "I1"));
        Assert.Equal([5.0, 4, 3, 2, 1], Build.ColumnOf(result, "I3"));
    }

    [Fact]
    public void The_scale_factor_multiplies_the_ratio()
    {
        var result = Denomination.Apply(TinyIndex.Framework(), TinyIndex.Dataset(), new DenominationSpec(ScaleFactor: 1000));

        Assert.Equal([10_000.0, 15_000, 20_000, 10_000, 10_000], Build.ColumnOf(result, "I4"));
        Assert.Equal([10.0, 20, 30, 40, 50], Build.ColumnOf(result, "I1"));
    }

    [Fact]
    public void A_disabled_step_leaves_values_unchanged()
    {
        var result = Denomination.Apply(TinyIndex.Framework(), TinyIndex.Dataset(), DenominationSpec.None);

        Assert.Equal([100.0, 300, 200, 500, 400], Build.ColumnOf(result, "I4"));
    }

    [Fact]
    public void Output_columns_follow_the_framework_order_not_the_dataset_order()
    {
        var units = TinyIndex.Units();
        var shuffled = Dataset.Create(
            UnitTable.FromRows(units, ["I4", "I2", "I1", "I3"], TinyIndex.Values().Select(r => (IReadOnlyList<double>)[r[3], r[1], r[0], r[2]]).ToArray()),
            TinyIndex.Dataset().Denominators);

        var result = Denomination.Apply(TinyIndex.Framework(), shuffled, DenominationSpec.None);

        Assert.Equal(TinyIndex.IndicatorCodes, result.Columns);
        Assert.Equal([10.0, 20, 30, 40, 50], Build.ColumnOf(result, "I1"));
    }

    [Fact]
    public void A_missing_denominator_or_value_gives_a_missing_result()
    {
        var values = TinyIndex.Values();
        values[4][3] = double.NaN;
        var data = TinyIndex.Dataset(values, [10, double.NaN, 10, 50, 40]);

        var result = Denomination.Apply(TinyIndex.Framework(), data, DenominationSpec.ByFramework);

        Assert.Equal([10.0, double.NaN, 20, 10, double.NaN], Build.ColumnOf(result, "I4"));
    }

    [Fact]
    public void Every_zero_denominator_of_an_available_value_is_reported()
    {
        var values = TinyIndex.Values();
        values[3][3] = double.NaN;
        var data = TinyIndex.Dataset(values, [0, 20, 0, 0, 40]);

        var exception = Problems.Thrown(() => Denomination.Apply(TinyIndex.Framework(), data, DenominationSpec.ByFramework));

        // U4's value is missing, so its zero denominator does not matter.
        Assert.Equal(["unit \"U1\", denominator \"Pop\"", "unit \"U3\", denominator \"Pop\""], exception.Problems.Select(p => p.Location));
        Assert.All(exception.Problems, p => Assert.Contains("indicator \"I4\"", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_denominator_does_not_matter_when_the_step_is_disabled()
    {
        var data = TinyIndex.Dataset(population: [0, 0, 0, 0, 0]);

        var result = Denomination.Apply(TinyIndex.Framework(), data, DenominationSpec.None);

        Assert.Equal([100.0, 300, 200, 500, 400], Build.ColumnOf(result, "I4"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void An_invalid_scale_factor_is_rejected(double factor) =>
        Problems.AssertSingle(
            () => Denomination.Apply(TinyIndex.Framework(), TinyIndex.Dataset(), new DenominationSpec(ScaleFactor: factor)),
            "denominate.scaleFactor",
            "finite and non-zero");

    [Fact]
    public void Data_that_do_not_fit_the_framework_are_rejected()
    {
        var data = Dataset.Create(Build.Table(["I1", "I2", "I3", "I4"], [1, 2, 3, 4]));

        Problems.AssertSingle(
            () => Denomination.Apply(TinyIndex.Framework(), data, DenominationSpec.ByFramework),
            "indicator \"I4\"",
            "denominator \"Pop\" is not a column");
    }
}
