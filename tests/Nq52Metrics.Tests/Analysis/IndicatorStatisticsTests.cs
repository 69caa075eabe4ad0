using Nq52Metrics.Analysis;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Indicator statistics and flags on columns worked by hand.</summary>
public sealed class IndicatorStatisticsTests
{
    [Fact]
    public void Counts_shares_moments_and_flags_of_a_small_column()
    {
        // Available (0, 0, 0, 2, 4): mean 1.2, median 0, Σ(x − 1.2)² = 3·1.44 + 0.64 + 7.84 = 12.8 so sd = √(12.8/4);
        // 3 zeros of 5, 3 distinct; skew = √5·Σd³/(Σd²)^1.5·√20/3 with Σd³ = 17.28, about 1.26.
        var s = IndicatorStatistics.Of(AuditStep.Treated, "Z", [0, 0, double.NaN, 0, 2, 4]);

        Assert.Equal((AuditStep.Treated, "Z", 5), (s.Step, s.Code, s.N));
        Assert.Equal(1.0 / 6, s.MissingShare, 15);
        Assert.Equal((0.0, 4.0, 0.0), (s.Min, s.Max, s.Median));
        Assert.Equal(1.2, s.Mean, 14);
        Assert.Equal(Math.Sqrt(3.2), s.Sd, 14);
        Assert.Equal(Math.Sqrt(5) * 17.28 / Math.Pow(12.8, 1.5) * Math.Sqrt(20) / 3, s.Skew, 12);
        Assert.Equal(0.6, s.ZerosShare);
        Assert.Equal(0.6, s.UniqueShare);
        // Availability 5/6 ≥ 0.65, skew below 2, unique 0.6 not below 0.5: only the zeros are flagged.
        Assert.Equal(IndicatorFlags.ManyZeros, s.Flags);
        Assert.Equal("many_zeros", IndicatorStatistics.Label(s.Flags));
    }

    [Fact]
    public void The_skew_and_kurtosis_rule_flags_an_outlier_candidate_with_COINr_golden_moments()
    {
        // COINr's golden values for (1, …, 10, 30, 100): skew 3.063241, kurtosis 9.741391.
        double[] x = [.. Enumerable.Range(1, 10).Select(i => (double)i), 30, 100];

        var s = IndicatorStatistics.Of(AuditStep.Raw, "F", x);

        Assert.Equal(3.063241, s.Skew, 6);
        Assert.Equal(9.741391, s.Kurtosis, 6);
        Assert.Equal(IndicatorFlags.SkewKurtosis, s.Flags);
        Assert.Equal(IndicatorFlags.None, IndicatorStatistics.Of(AuditStep.Raw, "F", x, new StatisticsThresholds { Kurtosis = 10 }).Flags);
    }

    [Fact]
    public void Low_availability_and_few_unique_values_are_flagged_and_labelled_in_order()
    {
        // 6 of 10 available (0.6 < 0.65), 2 distinct of 6 (0.33 < 0.5), symmetric so skew 0.
        var s = IndicatorStatistics.Of(AuditStep.Raw, "L", [1, 1, 1, 2, 2, 2, double.NaN, double.NaN, double.NaN, double.NaN]);

        Assert.Equal(IndicatorFlags.LowAvailability | IndicatorFlags.FewUnique, s.Flags);
        Assert.Equal("low_availability;few_unique", IndicatorStatistics.Label(s.Flags));
        Assert.Equal(0, s.Skew, 12);
        Assert.True(double.IsNaN(IndicatorStatistics.Of(AuditStep.Raw, "T", [1, 2]).Skew), "skew needs 3 values");
    }

    [Fact]
    public void An_all_missing_column_is_a_located_problem()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => IndicatorStatistics.Of(AuditStep.Normalised, "M", [double.NaN, double.NaN]));

        Assert.Equal("statistics (normalised), indicator \"M\": every value is missing.", Assert.Single(e.Problems).ToString());
    }
}
