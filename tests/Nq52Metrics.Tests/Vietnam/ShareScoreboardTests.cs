using System.Globalization;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Digital-economy shares as published, ranked among the units with a figure, with vintages, bands and the article's figures.</summary>
public sealed class ShareScoreboardTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Every_year_unit_and_series_has_exactly_one_current_vintage()
    {
        var groups = ShareScoreboard.Build(Seeds).Standings.GroupBy(s => (s.Observation.Year, s.Observation.UnitKey, s.Observation.Series));

        Assert.All(groups, g => Assert.Single(g, s => s.IsCurrentVintage));
        Assert.All(groups, g => Assert.True(g.Count(s => !s.Note.Markers.HasFlag(NoteMarkers.Revision)) <= 1, g.Key.ToString()));
    }

    [Fact]
    public void The_GSO_national_series_stands_at_the_release_of_6_January_2025_with_the_earlier_vintages_kept()
    {
        var rows = SeedCsv.Rows("digital_economy_share.csv").Where(r => r["unit_key"] == "national" && r["series"] == "gso").ToList();
        var current = ShareScoreboard.Build(Seeds, series: DigitalEconomySeries.Gso).Standings.Where(s => s.IsNational && s.IsCurrentVintage).ToList();

        var expected = rows.Where(r => !r["note"].StartsWith("revision:", StringComparison.Ordinal))
            .Select(r => (int.Parse(r["year"], CultureInfo.InvariantCulture), decimal.Parse(r["share_percent"], CultureInfo.InvariantCulture)));
        Assert.Equal(expected, current.Select(s => (s.Observation.Year, s.Observation.SharePercent)));
        Assert.Equal([12.66m, 12.87m, 12.83m, 12.87m, 13.17m, 14.02m], current.Select(s => s.Observation.SharePercent));
        var earlier = ShareScoreboard.Build(Seeds, 2023, DigitalEconomySeries.Gso).Standings.Single(s => !s.IsCurrentVintage);
        Assert.Equal(12.33m, earlier.Observation.SharePercent);
        Assert.Null(earlier.Rank);
    }

    [Fact]
    public void A_province_is_ranked_among_the_units_with_a_figure_of_the_same_year_and_series()
    {
        var mic2022 = SeedCsv.Rows("digital_economy_share.csv").Where(r => r["year"] == "2022" && r["series"] == "mic" && r["unit_key"] != "national").ToList();
        var standings = ShareScoreboard.Build(Seeds, 2022, DigitalEconomySeries.Mic).Standings.Where(s => !s.IsNational).ToList();

        Assert.Equal(mic2022.Count, standings.Count);
        var thaiNguyen = standings.Single(s => s.Observation.UnitKey == "thai-nguyen");
        Assert.Equal((2, mic2022.Count), (thaiNguyen.Rank!.Value, thaiNguyen.RankedAmong));
        Assert.Equal(decimal.Parse(mic2022.Single(r => r["unit_key"] == "thai-nguyen")["share_percent"], CultureInfo.InvariantCulture), thaiNguyen.Observation.SharePercent);
        var bestFirst = mic2022.Select(r => decimal.Parse(r["share_percent"], CultureInfo.InvariantCulture)).OrderDescending();
        Assert.Equal(bestFirst, standings.Select(s => s.Observation.SharePercent));
        Assert.Equal(Enumerable.Range(1, standings.Count), standings.Select(s => s.Rank!.Value));
        Assert.True(standings.Single(s => s.Observation.UnitKey == "da-nang").Note.IsConflict);
    }

    [Fact]
    public void The_article_figure_for_Thai_Nguyen_differs_from_every_other_source_and_is_not_ranked()
    {
        var table = ShareScoreboard.Build(Seeds);

        var check = Assert.Single(table.ArticleChecks);
        Assert.Equal((2023, 31.4m, "thai-nguyen"), (check.Article.Observation.Year, check.Article.Observation.SharePercent, check.Article.Observation.UnitKey));
        Assert.Null(check.Article.Rank);
        Assert.True(check.DiffersFromEverySource);
        Assert.Equal([(2022, 42.92m, 2), (2025, 29.53m, 2)], check.Others.Select(o => (o.Observation.Year, o.Observation.SharePercent, o.Rank!.Value)));
    }

    [Fact]
    public void A_region_keeps_its_provinces_and_the_national_figures_and_counts_the_2025_units_it_cannot_place()
    {
        var table = ShareScoreboard.Build(Seeds, region: "NMM");

        Assert.All(table.Standings.Where(s => !s.IsNational), s => Assert.Equal("NMM", s.Unit!.RegionCode));
        Assert.Contains(table.Standings, s => s.Observation.UnitKey == "thai-nguyen" && s.Observation.Series == DigitalEconomySeries.Mic);
        Assert.Contains(table.Standings, s => s.IsNational);
        Assert.Equal(SeedCsv.Rows("digital_economy_share.csv").Count(r => r["year"] == "2025" && r["unit_key"] != "national"), table.UnlistedForRegion);
        Assert.Equal("NMM", table.RegionCode);
    }

    [Fact]
    public void Bands_follow_the_filters_and_an_unknown_region_is_an_error()
    {
        Assert.Equal(SeedCsv.Rows("digital_economy_bands.csv").Count(r => r["series"] == "mic"), ShareScoreboard.Build(Seeds, series: DigitalEconomySeries.Mic).Bands.Length);
        Assert.Empty(ShareScoreboard.Build(Seeds, 2025).Bands);
        Assert.Empty(ShareScoreboard.Build(Seeds, 2019).Standings);
        Assert.Throws<Nq52ValidationException>(() => ShareScoreboard.Build(Seeds, region: "Atlantis"));
    }
}
