using Nq52Metrics.Analysis;

namespace Nq52Metrics.Tests.Analysis;

/// <summary><see cref="ColumnStatistics"/> against hand-computed values, with missing values and too few points.</summary>
public sealed class ColumnStatisticsTests
{
    private const double Tolerance = 1e-12;
    private static readonly double Nan = double.NaN;

    [Fact]
    public void Skewness_matches_a_hand_computation()
    {
        // x = 1, 2, 3, 10: mean 4, deviations −3, −2, −1, 6; Σd² = 50, Σd³ = 180.
        // skew = n·√(n − 1)·Σd³ / ((n − 2)·(Σd²)^1.5) = 4·√3·180 / (2·50^1.5).
        var expected = 4 * Math.Sqrt(3) * 180 / (2 * Math.Pow(50, 1.5));

        Assert.Equal(expected, ColumnStatistics.Skewness([1, 2, 3, 10]), Tolerance);
        Assert.Equal(1.7636326148, ColumnStatistics.Skewness([1, 2, 3, 10]), 1e-9);
    }

    [Fact]
    public void Kurtosis_matches_a_hand_computation()
    {
        // Σd⁴ = 1394, r = n·Σd⁴/(Σd²)² = 2.2304; kurt = ((n + 1)(r − 3) + 6)(n − 1)/((n − 2)(n − 3)) = 3.228.
        Assert.Equal(3.228, ColumnStatistics.Kurtosis([1, 2, 3, 10]), 1e-12);
    }

    [Fact]
    public void Skewness_and_kurtosis_match_COINr_on_the_golden_column()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

        Assert.Equal(3.063241, ColumnStatistics.Skewness(x), 1e-6);
        Assert.Equal(9.741391, ColumnStatistics.Kurtosis(x), 1e-6);
    }

    [Fact]
    public void Missing_values_are_ignored_by_every_statistic()
    {
        double[] x = [Nan, 1, 2, Nan, 3, 10];

        Assert.Equal(ColumnStatistics.Skewness([1, 2, 3, 10]), ColumnStatistics.Skewness(x));
        Assert.Equal(ColumnStatistics.Kurtosis([1, 2, 3, 10]), ColumnStatistics.Kurtosis(x));
        Assert.Equal(4.0, ColumnStatistics.Mean(x));
        Assert.Equal(2.5, ColumnStatistics.Median(x));
        Assert.Equal(4, ColumnStatistics.CountAvailable(x));
        Assert.Equal((1.0, 10.0, 4), ColumnStatistics.MinMax(x));
    }

    [Fact]
    public void A_symmetric_column_has_zero_skew()
    {
        Assert.Equal(0.0, ColumnStatistics.Skewness([1, 2, 3, 4, 5]), Tolerance);
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0 })]
    [InlineData(new[] { 1.0, 2 })]
    [InlineData(new[] { 1.0, double.NaN, 2 })]
    [InlineData(new[] { 5.0, 5, 5, 5 })]
    public void Skewness_needs_three_values_with_spread(double[] x) =>
        Assert.True(double.IsNaN(ColumnStatistics.Skewness(x)));

    [Theory]
    [InlineData(new[] { 1.0, 2, 3 })]
    [InlineData(new[] { 1.0, 2, double.NaN, 3 })]
    [InlineData(new[] { 5.0, 5, 5, 5, 5 })]
    public void Kurtosis_needs_four_values_with_spread(double[] x) =>
        Assert.True(double.IsNaN(ColumnStatistics.Kurtosis(x)));

    [Fact]
    public void Skewness_with_exactly_three_values_is_defined() =>
        Assert.False(double.IsNaN(ColumnStatistics.Skewness([1, 2, 10])));

    [Theory]
    [InlineData(new[] { 3.0, 1, 2 }, 2.0)]
    [InlineData(new[] { 4.0, 1, 3, 2 }, 2.5)]
    [InlineData(new[] { 7.0 }, 7.0)]
    [InlineData(new[] { 1.0, 100, 2 }, 2.0)]
    [InlineData(new[] { 1.0, 1, 2, 2 }, 1.5)]
    public void Median_takes_the_middle_value_or_the_mean_of_the_middle_pair(double[] x, double expected) =>
        Assert.Equal(expected, ColumnStatistics.Median(x));

    [Fact]
    public void Statistics_of_no_available_value_are_missing()
    {
        double[] none = [Nan, Nan];

        Assert.True(double.IsNaN(ColumnStatistics.Mean(none)));
        Assert.True(double.IsNaN(ColumnStatistics.Median(none)));
        Assert.True(double.IsNaN(ColumnStatistics.Mean([])));
        Assert.Equal(0, ColumnStatistics.CountAvailable(none));
        var (min, max, count) = ColumnStatistics.MinMax(none);
        Assert.True(double.IsNaN(min) && double.IsNaN(max));
        Assert.Equal(0, count);
    }

    [Fact]
    public void MeanSd_uses_the_sample_standard_deviation()
    {
        var (mean, sd, count) = ColumnStatistics.MeanSd([2, 4, 4, 4, 5, 5, 7, 9, Nan]);

        Assert.Equal(5.0, mean);
        Assert.Equal(Math.Sqrt(32.0 / 7), sd, Tolerance);
        Assert.Equal(8, count);
    }

    [Fact]
    public void MeanSd_of_one_value_has_no_sd()
    {
        var (mean, sd, count) = ColumnStatistics.MeanSd([3, Nan]);

        Assert.Equal(3.0, mean);
        Assert.True(double.IsNaN(sd));
        Assert.Equal(1, count);
    }

    [Fact]
    public void AscendingMinRanks_ranks_ascending_with_min_ties_and_skips_missing_values()
    {
        var ranks = new double[6];

        var count = ColumnStatistics.AscendingMinRanks([3, 1, 3, 5, Nan, 2], ranks);

        Assert.Equal(5, count);
        Assert.Equal([3.0, 1, 3, 5, Nan, 2], ranks);
    }

    [Fact]
    public void AscendingMinRanks_rejects_a_destination_of_another_length() =>
        Assert.Throws<ArgumentException>(() => ColumnStatistics.AscendingMinRanks([1, 2], new double[3]));
}
