using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>
/// Integrity of every seed file: the published counts (63 provinces, 6 regions of 11/14/14/5/6/13, 34 units, the
/// merger covering every old province once), the row counts the seed README lists, and a known source behind every fact.
/// </summary>
public sealed class SeedIntegrityTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void There_are_63_provinces_with_unique_two_digit_GSO_codes_and_keys()
    {
        Assert.Equal(63, Seeds.Provinces.Length);
        Assert.All(Seeds.Provinces, p => Assert.Matches("^[0-9]{2}$", p.GsoCode));
        Assert.Equal(63, Seeds.Provinces.Select(p => p.GsoCode).Distinct().Count());
        Assert.Equal(63, Seeds.Provinces.Select(p => p.Key).Distinct().Count());
        Assert.All(Seeds.Provinces, p => Assert.Equal(UnitNames.ToKey(p.Key), p.Key));
        Assert.Equal(Seeds.Provinces.Select(p => p.GsoCode).Order(StringComparer.Ordinal), Seeds.Provinces.Select(p => p.GsoCode));
    }

    [Fact]
    public void The_six_regions_have_the_published_counts_and_hold_every_province()
    {
        var expected = new Dictionary<string, int> { ["RRD"] = 11, ["NMM"] = 14, ["NCC"] = 14, ["CH"] = 5, ["SE"] = 6, ["MRD"] = 13 };

        Assert.Equal(expected.Keys.Order(), Seeds.Regions.Select(r => r.Code).Order());
        foreach (var region in Seeds.Regions)
        {
            Assert.Equal(expected[region.Code], region.ProvinceCount);
            Assert.Equal(expected[region.Code], Seeds.Provinces.Count(p => p.RegionCode == region.Code));
        }

        Assert.Equal(63, expected.Values.Sum());
    }

    [Fact]
    public void There_are_34_units_of_2025_without_a_region()
    {
        Assert.Equal(34, Seeds.Units2025.Length);
        Assert.Equal(34, Seeds.Units2025.Select(u => u.Key).Distinct().Count());
        Assert.All(Seeds.Units2025, u => Assert.Null(u.RegionCode));
        Assert.Equal(["N01", "N34"], new[] { Seeds.Units2025[0].Code, Seeds.Units2025[^1].Code });
    }

    [Fact]
    public void The_merger_maps_every_old_province_exactly_once()
    {
        Assert.Equal(63, Seeds.Merger.Entries.Length);
        Assert.Equal(Seeds.Provinces.Select(p => p.Key).Order(), Seeds.Merger.Entries.Select(e => e.ProvinceKey).Order());
        Assert.All(Seeds.Units2025, u => Assert.NotEmpty(Seeds.Merger.MembersOf(u)));
        Assert.Equal(63, Seeds.Units2025.Sum(u => Seeds.Merger.MembersOf(u).Length));
    }

    [Fact]
    public void The_merger_has_11_unchanged_units_17_two_way_and_6_three_way_merges()
    {
        var sizes = Seeds.Units2025.Select(u => Seeds.Merger.MembersOf(u).Length).ToList();

        Assert.Equal(11, sizes.Count(s => s == 1));
        Assert.Equal(17, sizes.Count(s => s == 2));
        Assert.Equal(6, sizes.Count(s => s == 3));
    }

    [Fact]
    public void Every_composition_is_confirmed_the_five_once_unconfirmed_by_the_list_of_Resolution_60()
    {
        Assert.All(Seeds.Units2025, u => Assert.True(Seeds.Merger.IsConfirmed(u), u.Key));
        string[] once = ["khanh-hoa", "lam-dong", "quang-ngai", "tay-ninh", "vinh-long"];
        var members = once.SelectMany(k => Seeds.Merger.MembersOf((MergedUnit)Seeds.Unit(k, UnitList.Units34))).ToList();
        Assert.Equal(12, members.Count);
        Assert.All(members, m => Assert.Contains("vietnamplus-zh-239334", Seeds.Merger.Entry(m.Key).Sources));
        Assert.Equal(["binh-thuan", "dak-nong", "lam-dong"], Seeds.Merger.MembersOf((MergedUnit)Seeds.Unit("lam-dong", UnitList.Units34)).Select(p => p.Key));
    }

    [Fact]
    public void Every_file_has_the_row_count_the_seed_readme_gives()
    {
        Assert.Equal(104, Seeds.Sources.Length);
        Assert.Equal(5, Seeds.Pii.Editions.Length);
        Assert.Equal(7, Seeds.Pii.Pillars.Length);
        Assert.Equal(23, Seeds.Pii.KnownIndicators.Length);
        Assert.Equal(155, Seeds.Pii.Results.Facts.Length);
        Assert.Equal(11, Seeds.Pii.RegionMeans.Length);
        Assert.Equal(107, Seeds.Dti.Facts.Length);
        Assert.Equal(34, Seeds.DigitalEconomyShares.Length);
        Assert.Equal(9, Seeds.DigitalEconomyBands.Length);
        Assert.Equal(15, Seeds.NationalObservations.Length);
        Assert.Equal(39, Seeds.Targets.Length);
        Assert.Equal(29, Seeds.ArticleClaims.Length);
    }

    [Fact]
    public void Every_fact_names_at_least_one_source_and_every_source_exists()
    {
        var known = Seeds.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var cited = Seeds.Regions.Select(r => r.Sources)
            .Concat(Seeds.Provinces.Select(p => p.Sources))
            .Concat(Seeds.Units2025.Select(u => u.Sources))
            .Concat(Seeds.Merger.Entries.Select(e => e.Sources))
            .Concat(Seeds.Pii.Editions.Select(e => e.Sources))
            .Concat(Seeds.Pii.Pillars.Select(p => p.Sources))
            .Concat(Seeds.Pii.KnownIndicators.Select(i => i.Sources))
            .Concat(Seeds.Pii.Results.Facts.Select(f => f.Sources))
            .Concat(Seeds.Pii.RegionMeans.Select(m => m.Sources))
            .Concat(Seeds.Dti.Facts.Select(f => f.Sources))
            .Concat(Seeds.DigitalEconomyShares.Select(o => o.Sources))
            .Concat(Seeds.DigitalEconomyBands.Select(b => b.Sources))
            .Concat(Seeds.NationalObservations.Select(o => o.Sources))
            .Concat(Seeds.Targets.Select(t => t.Sources))
            .Concat(Seeds.ArticleClaims.Select(c => c.Sources))
            .ToList();

        Assert.All(cited, sources => Assert.NotEmpty(sources));
        Assert.All(cited.SelectMany(s => s), key => Assert.Contains(key, known));
        Assert.Equal(104, known.Count);
    }

    [Fact]
    public void The_PII_editions_pillars_and_indicators_have_the_published_structure()
    {
        Assert.Equal([2023, 2024, 2025], Seeds.Pii.PublishedEditions);
        Assert.Equal(UnitList.Provinces63, Seeds.Pii.Published(2024).UnitList);
        Assert.Equal(UnitList.Units34, Seeds.Pii.Published(2025).UnitList);
        Assert.Equal(52, Seeds.Pii.Edition(2023).IndicatorCount);
        Assert.Equal(new DateOnly(2024, 3, 12), Seeds.Pii.Edition(2023).PublishedOn);
        Assert.Equal(18, Seeds.Pii.Edition(2025).IndicatorGroupCount);
        Assert.Contains(Seeds.Pii.Editions, e => e.Year == 2023 && e.IndicatorCount == 51 && e.Note.IsConflict);
        Assert.True(Seeds.Pii.Editions.Single(e => e.IsPilot).UnitsCovered == 20);
        Assert.Equal(5, Seeds.Pii.Pillars.Count(p => p.SubIndex == PiiSubIndex.Input));
        Assert.Equal([6, 7], Seeds.Pii.Pillars.Where(p => p.SubIndex == PiiSubIndex.Output).Select(p => p.Number));
        Assert.All(Seeds.Pii.KnownIndicators, i => Assert.True(i.PillarInferred));
        Assert.Equal(3, Seeds.Pii.KnownIndicators.Count(i => i.Pillar is null));
        Assert.Equal([4, 7], Seeds.Pii.KnownIndicators.Single(i => i.Code == "export_value").CandidatePillars);
    }

    [Fact]
    public void Conflicting_values_are_kept_side_by_side_and_marked()
    {
        var ranks = Seeds.Pii.Published(2023).FactsFor("lam-dong", MeasureKind.Rank);

        Assert.Equal([16m, 15m], ranks.Select(f => f.Value));
        Assert.All(ranks, f => Assert.True(f.Note.IsConflict));
        Assert.Equal(["article-seed"], ranks[0].Sources);
        Assert.Equal(["baomoi-c52288304"], ranks[1].Sources);
        var means = Seeds.Pii.RegionMeans.Where(m => m.RegionCode == "CH" && m.Edition == 2023).Select(m => m.Value).ToList();
        Assert.Equal([32.72m, 32.19m], means);
    }

    [Fact]
    public void Published_values_keep_the_precision_of_the_source()
    {
        var daNang = Seeds.Pii.Published(2023).FactsFor("da-nang", MeasureKind.Score).Single();

        Assert.Equal("50.70", daNang.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("pii_published.csv line 8", daNang.Origin);
    }

    [Fact]
    public void The_regional_means_imply_the_derived_national_mean_37_62()
    {
        var mean = Seeds.Regions.Sum(r => Seeds.Pii.RegionMean(2023, r.Code)!.Value * r.ProvinceCount) / 63m;

        Assert.Equal(37.62m, PublicationRounding.RoundHalfUp(mean));
    }

    [Fact]
    public void The_digital_economy_band_counts_of_each_series_add_up_to_63()
    {
        foreach (var series in new[] { DigitalEconomySeries.Gso, DigitalEconomySeries.Mic })
        {
            var bands = Seeds.DigitalEconomyBands.Where(b => b.Series == series && b.Note.Length == 0).ToList();
            Assert.Equal(4, bands.Count);
            Assert.Equal(63, bands.Sum(b => b.ProvinceCount));
        }
    }
}
