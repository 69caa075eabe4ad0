using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.DigitalEconomy;

namespace Nq52Metrics.Tests.DigitalEconomy;

/// <summary>
/// A target against the latest value: progress, gap, required and observed growth, the straight projection, and a
/// clear answer (never an exception) for every edge case — the target year itself, a target already met, a rank
/// target, a current value of 0 or less, a qualitative target, no value.
/// </summary>
public sealed class TargetOutlookTests
{
    private static Target Share(int year, decimal value, TargetComparator comparator = TargetComparator.AtLeast) =>
        new("test", year, "de_share_gdp", "Digital economy share of GDP", value, "percent_of_gdp", comparator, ["src"], "");

    private static TargetReading Reading(int year, double value) => new(year, value, ["src"], "test series");

    [Fact]
    public void Worked_by_hand_20_percent_by_2025_from_10_in_2020_and_12_1_in_2022()
    {
        // Observed CAGR 2020→2022: sqrt(12.1 / 10) − 1 = 0.1 exactly; 3 years left to 2025.
        var outlook = TargetOutlook.Assess(Share(2025, 20), Reading(2022, 12.1), Reading(2020, 10));

        Assert.Equal(TargetStatus.NotMet, outlook.Status);
        Assert.Equal(60.5, outlook.ProgressPercent!.Value, 9);
        Assert.Equal(7.9, outlook.Gap!.Value, 9);
        Assert.Equal(3, outlook.YearsLeft);
        Assert.Equal(Math.Pow(20 / 12.1, 1.0 / 3) - 1, outlook.RequiredCagr!.Value, 12);
        Assert.Equal(7.9 / 3, outlook.RequiredAnnualChange!.Value, 12);
        Assert.Equal(0.1, outlook.ObservedCagr!.Value, 12);
        Assert.Equal(12.1 * 1.331, outlook.Projected!.Value, 9);
        Assert.False(outlook.ProjectionReachesTarget);
        Assert.Equal("", outlook.Remark);
    }

    [Fact]
    public void In_the_target_year_itself_nothing_is_required_and_the_answer_is_met_or_not()
    {
        var notMet = TargetOutlook.Assess(Share(2025, 20), Reading(2025, 14.02), Reading(2020, 12.66));
        var met = TargetOutlook.Assess(Share(2025, 10), Reading(2025, 14.02));

        Assert.Equal((TargetStatus.NotMet, 0), (notMet.Status, notMet.YearsLeft!.Value));
        Assert.Null(notMet.RequiredCagr);
        Assert.Null(notMet.RequiredAnnualChange);
        Assert.Equal(14.02, notMet.Projected!.Value, 12);
        Assert.False(notMet.ProjectionReachesTarget);
        Assert.Contains("the target year itself", notMet.Remark, StringComparison.Ordinal);
        Assert.Contains("not met", notMet.Remark, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.Met, met.Status);
        Assert.Equal("the target year itself: the target is met.", met.Remark);
    }

    [Fact]
    public void A_target_already_met_requires_no_growth_and_shows_a_negative_gap()
    {
        var outlook = TargetOutlook.Assess(Share(2030, 30), Reading(2022, 56.83));

        Assert.Equal(TargetStatus.Met, outlook.Status);
        Assert.Equal(56.83 / 30 * 100, outlook.ProgressPercent!.Value, 9);
        Assert.Equal(30 - 56.83, outlook.Gap!.Value, 9);
        Assert.Null(outlook.RequiredCagr);
        Assert.Null(outlook.ObservedCagr);
        Assert.Null(outlook.ProjectionReachesTarget);
        Assert.Equal("already met: no growth is required.", outlook.Remark);
    }

    [Fact]
    public void A_rank_target_is_lower_is_better_and_a_falling_rank_number_is_progress()
    {
        var rank = new Target("res-52-nq-tw", 2030, "gii_rank_world", "GII ranking worldwide", 40, "rank", TargetComparator.AtMost, ["src"], "");

        // 42 in 2020, 46 in 2023: the rank number grew, so the straight projection moves away from the target.
        var worse = TargetOutlook.Assess(rank, Reading(2023, 46), Reading(2020, 42));
        var better = TargetOutlook.Assess(rank, Reading(2023, 44), Reading(2020, 48));

        Assert.Equal(TargetStatus.NotMet, worse.Status);
        Assert.Equal(40.0 / 46 * 100, worse.ProgressPercent!.Value, 9);
        Assert.Equal(6, worse.Gap!.Value, 12);
        Assert.True(worse.RequiredCagr < 0);
        Assert.Equal(-6.0 / 7, worse.RequiredAnnualChange!.Value, 12);
        Assert.Equal(46 * Math.Pow(46.0 / 42, 7.0 / 3), worse.Projected!.Value, 9);
        Assert.False(worse.ProjectionReachesTarget);
        Assert.Equal(44 * Math.Pow(44.0 / 48, 7.0 / 3), better.Projected!.Value, 9);
        Assert.True(better.ProjectionReachesTarget);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    public void A_current_value_of_zero_or_less_gives_an_undefined_answer_not_an_exception(double current)
    {
        var outlook = TargetOutlook.Assess(Share(2030, 30), Reading(2024, current), Reading(2020, 1));

        Assert.Equal(TargetStatus.Undefined, outlook.Status);
        Assert.Null(outlook.ProgressPercent);
        Assert.Null(outlook.Gap);
        Assert.Null(outlook.RequiredCagr);
        Assert.Null(outlook.ObservedCagr);
        Assert.Null(outlook.Projected);
        Assert.Contains("0 or less", outlook.Remark, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_value_of_zero_gives_no_observed_growth_but_still_the_progress()
    {
        var outlook = TargetOutlook.Assess(Share(2030, 30), Reading(2024, 15), Reading(2020, 0));

        Assert.Equal(TargetStatus.NotMet, outlook.Status);
        Assert.Null(outlook.ObservedCagr);
        Assert.Equal(50, outlook.ProgressPercent!.Value, 12);
        Assert.Contains("no observed CAGR", outlook.Remark, StringComparison.Ordinal);
    }

    [Fact]
    public void Qualitative_targets_and_targets_without_a_value_or_year_are_listed_without_numbers()
    {
        var qualitative = new Target("res-52-nq-tw", 2030, "digital_government", "Digital government", null, null, null, ["src"], "qualitative target");
        var noYear = new Target("dec-2289-qd-ttg", null, "itu_gci_rank_world", "ITU GCI", 40, "rank", TargetComparator.AtMost, ["src"], "");

        Assert.Equal(TargetStatus.Qualitative, TargetOutlook.Assess(qualitative, Reading(2024, 1)).Status);
        Assert.Null(TargetOutlook.Assess(qualitative, Reading(2024, 1)).ProgressPercent);
        Assert.Equal(TargetStatus.NoValue, TargetOutlook.Assess(Share(2025, 20), null).Status);
        Assert.Equal(TargetStatus.Undefined, TargetOutlook.Assess(noYear, Reading(2024, 30)).Status);
        Assert.Equal(TargetStatus.Undefined, TargetOutlook.Assess(Share(2025, 0), Reading(2024, 3)).Status);
    }

    [Fact]
    public void A_value_after_the_target_year_an_earlier_value_out_of_order_and_a_non_finite_value_are_errors()
    {
        var late = Assert.Throws<Nq52ValidationException>(() => TargetOutlook.Assess(Share(2023, 16), Reading(2024, 13)));
        var order = Assert.Throws<Nq52ValidationException>(() => TargetOutlook.Assess(Share(2030, 30), Reading(2022, 13), Reading(2022, 12)));
        var orphan = Assert.Throws<Nq52ValidationException>(() => TargetOutlook.Assess(Share(2030, 30), null, Reading(2022, 12)));
        var nan = Assert.Throws<Nq52ValidationException>(() => TargetOutlook.Assess(Share(2030, 30), Reading(2022, double.NaN)));

        Assert.Contains(late.Problems, p => p.Message.Contains("after the target year 2023", StringComparison.Ordinal));
        Assert.Contains(order.Problems, p => p.Message.Contains("before the current value", StringComparison.Ordinal));
        Assert.Single(orphan.Problems);
        Assert.Contains(nan.Problems, p => p.Message.Contains("not a finite number", StringComparison.Ordinal));
    }

    [Property]
    public Property Met_exactly_when_progress_reaches_100_percent_and_then_nothing_is_required(PositiveInt currentTenths, PositiveInt targetTenths, bool lowerIsBetter, byte yearsAhead)
    {
        var target = Share(2024 + (yearsAhead % 10), targetTenths.Get / 10m, lowerIsBetter ? TargetComparator.AtMost : TargetComparator.AtLeast);
        var outlook = TargetOutlook.Assess(target, Reading(2024, currentTenths.Get / 10.0));

        var met = outlook.Status == TargetStatus.Met;
        return (met == (outlook.ProgressPercent >= 100 - 1e-9 || outlook.Gap <= 0)
                && (!met || outlook.RequiredCagr is null)
                && (outlook.Gap <= 0) == met)
            .Classify(met, "met");
    }

    [Property]
    public bool The_projection_from_an_earlier_value_through_the_current_one_follows_the_observed_growth(PositiveInt earlier, PositiveInt current, byte gap)
    {
        var years = 1 + (gap % 8);
        var outlook = TargetOutlook.Assess(Share(2030, 1000), Reading(2022, current.Get), Reading(2022 - years, earlier.Get));

        var rate = Math.Pow((double)current.Get / earlier.Get, 1.0 / years) - 1;
        return Math.Abs(outlook.ObservedCagr!.Value - rate) <= 1e-12 * Math.Max(1, Math.Abs(rate))
            && Math.Abs(outlook.Projected!.Value - (current.Get * Math.Pow(1 + rate, 8))) <= 1e-9 * Math.Max(1, outlook.Projected.Value);
    }
}
