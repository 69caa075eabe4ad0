using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.DigitalEconomy;

/// <summary>The digital-economy share of GRDP = (core + digitalised) / GRDP × 100, checked on the GSO's published components.</summary>
public sealed class DigitalEconomyShareTests
{
    [Fact]
    public void The_share_is_core_plus_digitalised_over_GRDP_in_percent()
    {
        var share = DigitalEconomyShare.Create(30m, 20m, 400m);

        Assert.Equal(50m, share.ValueAdded);
        Assert.Equal(12.5m, share.SharePercent);
        Assert.Equal(7.5m, share.CoreSharePercent);
        Assert.Equal(5m, share.DigitalisedSharePercent);
        Assert.Equal(60m, share.CoreShareOfValueAdded);
    }

    [Fact]
    public void The_GSO_2023_components_reproduce_the_published_12_33_percent()
    {
        var gso2023 = VietnamSeeds.Embedded.DigitalEconomyShares.Single(o => o.Year == 2023 && o.UnitKey == "national" && o.Series == DigitalEconomySeries.Gso && o.Components is not null);

        Assert.Equal(gso2023.SharePercent, gso2023.Components!.SharePercent);
        Assert.Equal(60.18m, Math.Round(gso2023.Components.CoreShareOfValueAdded!.Value, 2));
    }

    [Fact]
    public void The_first_release_of_2022_is_off_by_0_01_from_its_own_components_as_the_seeds_note()
    {
        var first = VietnamSeeds.Embedded.DigitalEconomyShares.Single(o => o.Year == 2022 && o.UnitKey == "national" && o.Components is not null);

        Assert.Equal(12.67m, first.SharePercent);
        Assert.Equal(12.68m, first.Components!.SharePercent);
        Assert.Contains("12.68", first.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_without_value_added_has_no_core_fraction()
    {
        Assert.Null(DigitalEconomyShare.Create(0m, 0m, 1m).CoreShareOfValueAdded);
        Assert.Equal(0m, DigitalEconomyShare.Create(0m, 0m, 1m).SharePercent);
    }

    [Fact]
    public void Negative_components_and_a_GRDP_of_zero_or_less_are_reported_together()
    {
        var e = Problems.Thrown(() => DigitalEconomyShare.Create(-1m, -2m, 0m));

        Problems.AssertHas(e, "core value added", "negative");
        Problems.AssertHas(e, "digitalised value added", "negative");
        Problems.AssertHas(e, "GRDP", "not greater than 0");
    }

    [Fact]
    public void The_MIC_and_GSO_national_series_are_kept_apart()
    {
        var seeds = VietnamSeeds.Embedded.DigitalEconomyShares.Where(o => o.UnitKey == "national" && o.Year == 2022).ToList();

        Assert.Equal(14.26m, seeds.Single(o => o.Series == DigitalEconomySeries.Mic).SharePercent);
        Assert.Equal([12.63m, 12.83m, 12.67m], seeds.Where(o => o.Series == DigitalEconomySeries.Gso).Select(o => o.SharePercent));
    }

    [Fact]
    public void A_series_is_read_by_year_with_its_revisions_kept()
    {
        var gso = VietnamSeeds.Embedded.ShareSeries("national", DigitalEconomySeries.Gso);
        var mic = VietnamSeeds.Embedded.ShareSeries("national", DigitalEconomySeries.Mic);

        Assert.Equal([2020, 2021, 2021, 2022, 2022, 2022, 2023, 2023, 2024, 2025], gso.Select(o => o.Year));
        Assert.Equal([12.33m, 12.87m], gso.Where(o => o.Year == 2023).Select(o => o.SharePercent));
        Assert.Equal([12.88m, 12.87m], gso.Where(o => o.Year == 2021).Select(o => o.SharePercent));
        Assert.Equal([11.91m, 14.26m, 16.5m], mic.Select(o => o.SharePercent));
        Assert.Equal([2022], VietnamSeeds.Embedded.ShareSeries("bac-ninh", DigitalEconomySeries.Mic).Select(o => o.Year));
        Assert.Empty(VietnamSeeds.Embedded.ShareSeries("atlantis", DigitalEconomySeries.Gso));
    }
}
