using System.Globalization;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Every target of the seeds against the latest value the seeds hold.</summary>
public sealed class TargetScoreboardTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Every_target_is_listed_in_file_order_and_qualitative_targets_carry_no_number()
    {
        var outlooks = TargetScoreboard.Assess(Seeds);
        var rows = SeedCsv.Rows("targets.csv");

        Assert.Equal(rows.Select(r => (r["instrument"], r["metric_key"])), outlooks.Select(o => (o.Target.Instrument, o.Target.MetricKey)));
        Assert.Equal(rows.Count(r => r["value"].Length == 0), outlooks.Count(o => o.Status == TargetStatus.Qualitative));
        Assert.All(outlooks.Where(o => o.Status == TargetStatus.Qualitative), o => Assert.Null(o.ProgressPercent));
    }

    [Fact]
    public void The_2030_share_target_against_the_latest_GSO_value_and_its_observed_growth_since_2020()
    {
        var outlook = TargetScoreboard.Assess(Seeds).Single(o => o.Target.Instrument == TargetInstruments.Resolution52 && o.Target.MetricKey == "de_share_gdp" && o.Target.TargetYear == 2030);
        var gso = SeedCsv.Rows("digital_economy_share.csv").Where(r => r["unit_key"] == "national" && r["series"] == "gso" && !r["note"].StartsWith("revision:", StringComparison.Ordinal)).ToList();
        var latest = double.Parse(gso[^1]["share_percent"], CultureInfo.InvariantCulture);
        var first = double.Parse(gso[0]["share_percent"], CultureInfo.InvariantCulture);
        var span = int.Parse(gso[^1]["year"], CultureInfo.InvariantCulture) - int.Parse(gso[0]["year"], CultureInfo.InvariantCulture);

        Assert.Equal(latest, outlook.Current!.Value);
        Assert.Equal(30 - latest, outlook.Gap!.Value, 12);
        Assert.Equal(Math.Pow(30 / latest, 1.0 / (2030 - outlook.Current.Year)) - 1, outlook.RequiredCagr!.Value, 12);
        Assert.Equal(Math.Pow(latest / first, 1.0 / span) - 1, outlook.ObservedCagr!.Value, 12);
        Assert.False(outlook.ProjectionReachesTarget);
    }

    [Fact]
    public void A_target_whose_year_has_passed_is_assessed_with_the_value_of_its_year()
    {
        var plan = TargetScoreboard.Assess(Seeds).Single(o => o.Target.Instrument == TargetInstruments.DigitalTransformationPlan2023 && o.Target.MetricKey == "de_share_gdp");

        Assert.Equal((2023, 12.87), (plan.Current!.Year, plan.Current.Value));
        Assert.Equal(0, plan.YearsLeft);
        Assert.Equal(TargetStatus.NotMet, plan.Status);
    }

    [Fact]
    public void As_of_a_year_the_latest_value_of_that_year_or_before_is_used()
    {
        var outlook = TargetScoreboard.Assess(Seeds, year: 2024).Single(o => o.Target.Instrument == TargetInstruments.Decision411 && o.Target.MetricKey == "de_share_gdp" && o.Target.TargetYear == 2025);

        Assert.Equal((2024, 13.17), (outlook.Current!.Year, outlook.Current.Value));
        Assert.Equal(1, outlook.YearsLeft);
        Assert.Equal(20 / 13.17 - 1, outlook.RequiredCagr!.Value, 12);
    }

    [Fact]
    public void The_GII_rank_target_is_lower_is_better()
    {
        var gii = TargetScoreboard.Assess(Seeds).Single(o => o.Target.MetricKey == "gii_rank_world");

        Assert.True(gii.Target.LowerIsBetter);
        Assert.Equal((2023, 46.0), (gii.Current!.Year, gii.Current.Value));
        Assert.Equal(6, gii.Gap!.Value, 12);
    }

    [Fact]
    public void A_unit_is_assessed_against_the_share_targets_only_and_Bac_Ninh_already_meets_them()
    {
        var outlooks = TargetScoreboard.Assess(Seeds, "Bắc Ninh");

        Assert.All(outlooks, o => Assert.Equal("de_share_gdp", o.Target.MetricKey));
        Assert.Equal(Seeds.Targets.Count(t => t.MetricKey == "de_share_gdp"), outlooks.Length);
        var to2030 = outlooks.First(o => o.Target.TargetYear == 2030);
        Assert.Equal((2025, 46.30), (to2030.Current!.Year, to2030.Current.Value));
        Assert.Equal(TargetStatus.Met, to2030.Status);
        Assert.Contains("already met", to2030.Remark, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_a_year_before_its_GSO_figure_a_unit_is_assessed_with_its_MIC_figure()
    {
        var mic = SeedCsv.Rows("digital_economy_share.csv").Single(r => r["unit_key"] == "bac-ninh" && r["series"] == "mic");

        var outlook = TargetScoreboard.Assess(Seeds, "bac-ninh", 2022).First(o => o.Target.TargetYear == 2025);

        Assert.Equal((2022, double.Parse(mic["share_percent"], CultureInfo.InvariantCulture)), (outlook.Current!.Year, outlook.Current.Value));
        Assert.StartsWith("MIC share of Bắc Ninh", outlook.Current.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_is_an_error()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => TargetScoreboard.Assess(Seeds, "Atlantis"));

        Assert.Equal("unit \"Atlantis\"", Assert.Single(e.Problems).Location);
    }
}
