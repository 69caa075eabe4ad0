using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>The screening step: the threshold keeps units at or above it; the report; errors.</summary>
public sealed class ScreeningTests
{
    /// <summary>U1 has 3/3 values, U2 2/3, U3 1/3, U4 0/3, U5 3/3.</summary>
    private static UnitTable Sample()
    {
        var nan = double.NaN;
        return Build.Table(["X", "Y", "Z"], [1, 2, 3], [4, nan, 6], [nan, nan, 9], [nan, nan, nan], [13, 14, 15]);
    }

    [Fact]
    public void Units_at_exactly_the_threshold_are_kept()
    {
        var (table, report) = Screening.Apply(Sample(), new ScreeningSpec(2.0 / 3));

        Assert.Equal(["U1", "U2", "U5"], table.Units.Select(u => u.Code));
        Assert.Equal(["U3", "U4"], report.Dropped);
    }

    [Fact]
    public void Kept_units_keep_their_order_and_values()
    {
        var (table, _) = Screening.Apply(Sample(), new ScreeningSpec(0.5));

        Assert.Equal(["X", "Y", "Z"], table.Columns);
        Assert.Equal([1.0, 4, 13], Build.ColumnOf(table, "X"));
        Assert.Equal([2.0, double.NaN, 14], Build.ColumnOf(table, "Y"));
        Assert.Equal([3.0, 6, 15], Build.ColumnOf(table, "Z"));
    }

    [Fact]
    public void The_report_lists_every_unit_with_its_availability()
    {
        var (_, report) = Screening.Apply(Sample(), new ScreeningSpec(0.9));

        Assert.Equal(
            [
                new UnitAvailability("U1", 1, true),
                new UnitAvailability("U2", 2.0 / 3, false),
                new UnitAvailability("U3", 1.0 / 3, false),
                new UnitAvailability("U4", 0, false),
                new UnitAvailability("U5", 1, true),
            ],
            report.Units);
        Assert.Equal(["U2", "U3", "U4"], report.Dropped);
    }

    [Fact]
    public void A_zero_threshold_keeps_every_unit_even_one_without_data()
    {
        var sample = Sample();

        var (table, report) = Screening.Apply(sample, ScreeningSpec.None);

        Assert.Equal(sample.Units, table.Units);
        Assert.Empty(report.Dropped);
    }

    [Fact]
    public void A_threshold_of_one_keeps_complete_units_only()
    {
        var (table, _) = Screening.Apply(Sample(), new ScreeningSpec(1));

        Assert.Equal(["U1", "U5"], table.Units.Select(u => u.Code));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_threshold_outside_zero_to_one_is_rejected(double threshold) =>
        Problems.AssertSingle(() => Screening.Apply(Sample(), new ScreeningSpec(threshold)), "screen.minDataAvailability", "not a share between 0 and 1");

    [Fact]
    public void Screening_that_drops_every_unit_is_rejected()
    {
        var nan = double.NaN;
        var table = Build.Table(["X", "Y"], [1, nan], [nan, 2]);

        Problems.AssertSingle(() => Screening.Apply(table, new ScreeningSpec(0.75)), "screen", "nothing is left to rank");
    }
}
