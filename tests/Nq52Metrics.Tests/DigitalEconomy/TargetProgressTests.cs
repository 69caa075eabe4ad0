using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.DigitalEconomy;

/// <summary>Targets as data: progress, gap and the constant annual growth needed (CAGR), with every invalid case.</summary>
public sealed class TargetProgressTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Resolution_52_sets_20_percent_for_2025_and_more_than_30_percent_for_2030()
    {
        var target2025 = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2025);
        var target2030 = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2030);

        Assert.Equal((20m, TargetComparator.About), (target2025.Value, target2025.Comparator));
        Assert.Equal((30m, TargetComparator.AtLeast), (target2030.Value, target2030.Comparator));
        Assert.Contains("more than 30%", target2030.Note, StringComparison.Ordinal);
        Assert.Equal(20m, Seeds.Target(TargetInstruments.Decision411, "de_share_gdp", 2025).Value);
        Assert.True(Seeds.Targets.Where(t => t.Instrument == TargetInstruments.Resolution52 && t.TargetYear == 2045).All(t => t.IsQualitative));
    }

    [Fact]
    public void The_GSO_share_of_2023_against_the_2025_target()
    {
        var progress = TargetProgress.Assess(Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2025), 12.33, 2023);

        Assert.Equal(61.65, progress.ProgressPercent, 9);
        Assert.Equal(7.67, progress.Gap, 9);
        Assert.False(progress.IsMet);
        Assert.Equal(2, progress.YearsLeft);
        Assert.Equal(Math.Sqrt(20 / 12.33) - 1, progress.RequiredCagr!.Value, 12);
        Assert.Equal(0.2736011998, progress.RequiredCagr.Value, 9);
        Assert.Equal(3.835, progress.RequiredAnnualChange!.Value, 9);
    }

    [Fact]
    public void A_rank_target_is_lower_is_better()
    {
        var progress = TargetProgress.Assess(Seeds.Target(TargetInstruments.Resolution52, "gii_rank_world", 2030), 46, 2023);

        Assert.Equal(40.0 / 46 * 100, progress.ProgressPercent, 9);
        Assert.Equal(6.0, progress.Gap);
        Assert.False(progress.IsMet);
        Assert.Equal(Math.Pow(40.0 / 46, 1.0 / 7) - 1, progress.RequiredCagr!.Value, 12);
        Assert.True(progress.RequiredCagr < 0);
        Assert.True(TargetProgress.Assess(Seeds.Target(TargetInstruments.Resolution52, "gii_rank_world", 2030), 38, 2023).IsMet);
    }

    [Fact]
    public void In_the_target_year_there_is_no_growth_left_to_require()
    {
        var progress = TargetProgress.Assess(Seeds.Target(TargetInstruments.DigitalTransformationPlan2023, "de_share_gdp", 2023), 12.33, 2023);

        Assert.Equal(0, progress.YearsLeft);
        Assert.Null(progress.RequiredCagr);
        Assert.Null(progress.RequiredAnnualChange);
        Assert.False(progress.IsMet);
        Assert.True(TargetProgress.Assess(Seeds.Target(TargetInstruments.DigitalTransformationPlan2023, "de_share_gdp", 2023), 16.5, 2023).IsMet);
    }

    [Fact]
    public void A_past_target_year_a_qualitative_target_a_missing_year_or_a_non_positive_value_is_an_error()
    {
        var past = Seeds.Target(TargetInstruments.DigitalTransformationPlan2023, "de_share_gdp", 2023);
        var qualitative = Seeds.Targets.First(t => t.IsQualitative);
        var noYear = Seeds.Targets.Single(t => t.TargetYear is null);

        Problems.AssertSingle(() => TargetProgress.Assess(past, 14.02, 2025), "target ncdt-action-plan-2023/de_share_gdp", "already past");
        Problems.AssertSingle(() => TargetProgress.Assess(qualitative, 1, 2020), $"target {qualitative.Instrument}/{qualitative.MetricKey}", "qualitative");
        Problems.AssertSingle(() => TargetProgress.Assess(noYear, 50, 2020), "target dec-2289-qd-ttg/itu_gci_rank_world", "no target year");
        Problems.AssertSingle(() => TargetProgress.Assess(past, 0, 2023), "current value", "greater than 0");
        Problems.AssertSingle(() => TargetProgress.Assess(past, double.NaN, 2023), "current value", "greater than 0");
        var zero = past with { Value = 0m };
        Problems.AssertSingle(() => TargetProgress.Assess(zero, 1, 2023), "target ncdt-action-plan-2023/de_share_gdp", "not greater than 0");
    }

    [Fact]
    public void The_observed_CAGR_of_the_GSO_series_2020_to_2023_is_negative()
    {
        var cagr = Growth.Cagr(12.66, 2020, 12.33, 2023);

        Assert.Equal(Math.Pow(12.33 / 12.66, 1.0 / 3) - 1, cagr, 12);
        Assert.Equal(-0.0087653912, cagr, 9);
        Assert.Equal(12.33, Growth.Project(12.66, cagr, 3), 9);
    }

    [Fact]
    public void Growth_arithmetic_rejects_non_positive_values_and_years_out_of_order()
    {
        var e = Problems.Thrown(() => Growth.Cagr(0, 2023, -1, 2020));
        Problems.AssertHas(e, "start value", "greater than 0");
        Problems.AssertHas(e, "end value", "greater than 0");
        Problems.AssertHas(e, "years", "not after");

        Problems.AssertSingle(() => Growth.RequiredCagr(10, 2025, 20, 2025), "target year", "not after");
        Problems.AssertSingle(() => Growth.RequiredCagr(10, 2020, double.PositiveInfinity, 2025), "target value", "finite");
        var projection = Problems.Thrown(() => Growth.Project(double.NaN, -1, -2));
        Assert.Equal(3, projection.Problems.Length);
        Assert.Equal(20.0, Growth.Project(10, Growth.RequiredCagr(10, 2020, 20, 2025), 5), 9);
    }
}
