using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.DigitalEconomy;

/// <summary>Counting provinces by share band (&gt; 20 %, 10–20 %, 5–10 %, &lt; 5 %).</summary>
public sealed class ShareBandsTests
{
    private static readonly decimal[] Shares = [56.83m, 20m, 19.99m, 10m, 9.99m, 5m, 4.99m, 0m];

    [Fact]
    public void The_standard_bands_partition_the_shares_with_the_lower_bound_included()
    {
        var tallies = ShareBands.Count(Shares);

        Assert.Equal(["> 20 %", "10–20 %", "5–10 %", "< 5 %"], tallies.Select(t => t.Band.Label));
        Assert.Equal([2, 2, 2, 2], tallies.Select(t => t.Count));
        Assert.Equal(Shares.Length, tallies.Sum(t => t.Count));
    }

    [Fact]
    public void With_the_upper_bound_included_the_boundary_values_move_down_a_band()
    {
        var tallies = ShareBands.Count(Shares, boundary: BandBoundary.UpperInclusive);

        Assert.Equal([1, 2, 2, 3], tallies.Select(t => t.Count));
    }

    [Fact]
    public void The_MIC_2022_provincial_shares_in_the_seeds_fall_in_the_published_bands()
    {
        var mic = VietnamSeeds.Embedded.DigitalEconomyShares.Where(o => o.Year == 2022 && o.Series == DigitalEconomySeries.Mic && o.UnitKey != "national").Select(o => o.SharePercent);

        var tallies = ShareBands.Count(mic);

        // Only 13 of the 63 provinces are named; the named ones never exceed the published band counts (5, 13, 43, 2).
        Assert.Equal([5, 3, 3, 2], tallies.Select(t => t.Count));
    }

    [Fact]
    public void Custom_bands_may_overlap_or_leave_shares_out()
    {
        var tallies = ShareBands.Count(Shares, [new ShareBand(10m, null), new ShareBand(0m, 1m)]);

        Assert.Equal([4, 1], tallies.Select(t => t.Count));
        Assert.Equal([0, 0, 0, 0], ShareBands.Count([]).Select(t => t.Count));
    }

    [Fact]
    public void A_band_needs_a_bound_and_an_order()
    {
        Problems.AssertSingle(() => _ = new ShareBand(null, null), "share band", "at least one bound");
        Problems.AssertSingle(() => _ = new ShareBand(10m, 5m), "share band", "not below");
    }
}
