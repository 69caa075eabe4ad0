using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>The typed loaders, unit and region look-ups, and every loading error with its location.</summary>
public sealed class SeedLoaderTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void The_embedded_seeds_are_the_repository_files()
    {
        var fromFolder = VietnamSeeds.LoadDirectory(SeedFolder.Vietnam);

        Assert.Equal(Seeds.Provinces.Select(p => (p.Code, p.Key, p.NameVi, p.NameEn, p.RegionCode)), fromFolder.Provinces.Select(p => (p.Code, p.Key, p.NameVi, p.NameEn, p.RegionCode)));
        Assert.Equal(Seeds.Pii.Results.Facts.Select(f => (f.UnitKey, f.Measure.Key, f.Value)), fromFolder.Pii.Results.Facts.Select(f => (f.UnitKey, f.Measure.Key, f.Value)));
        Assert.Equal(Seeds.Targets.Length, fromFolder.Targets.Length);
    }

    [Fact]
    public void Published_returns_typed_facts_of_one_edition()
    {
        var edition = Seeds.Pii.Published(2023);
        var score = edition.FactsFor("thai-nguyen", MeasureKind.Score).Single();

        Assert.Equal(IndexKind.Pii, score.Index);
        Assert.Equal(2023, score.Edition);
        Assert.Equal(47.75m, score.Value);
        Assert.Contains("nhandan-pii2023", score.Sources);
        Assert.Equal(MeasureKind.PillarRank, edition.FactsFor("lam-dong").First(f => f.Measure.Kind == MeasureKind.PillarRank).Measure.Kind);
        Assert.Equal(1, edition.FactsFor("lam-dong", MeasureKind.PillarRank)[0].Measure.Pillar);
        Assert.Equal("bus_capital_avg", edition.FactsFor("thai-nguyen", MeasureKind.IndicatorScore).Single().Measure.Component);
    }

    [Fact]
    public void The_published_table_is_ordered_by_rank_and_filters_by_region()
    {
        var rows = Seeds.Pii.Published(2023).Rows();
        var central = Seeds.Pii.Published(2023).Rows("Tây Nguyên");

        Assert.Equal("ha-noi", rows[0].Unit.Key);
        Assert.Equal("cao-bang", rows.Where(r => !r.Of(MeasureKind.Rank).IsEmpty).Last().Unit.Key);
        Assert.Equal(["lam-dong", "dak-nong", "gia-lai"], central.Select(r => r.Unit.Key));
        Assert.True(central[0].HasConflict);
        Assert.Equal(15m, central[0].BestKnownRank);
        Assert.Equal(rows.Select(r => r.Unit.Key), Seeds.Pii.Published(2023).Rows(null).Select(r => r.Unit.Key));
    }

    [Fact]
    public void Rows_of_units_known_only_by_a_rank_band_follow_the_ranked_units()
    {
        var rows = Seeds.Pii.Published(2023).Rows("MRD");

        Assert.Equal(["can-tho", "dong-thap", "tien-giang", "vinh-long", "long-an"], rows.Select(r => r.Unit.Key));
    }

    [Fact]
    public void The_2025_edition_ranks_the_34_units_and_has_no_regions()
    {
        var edition = Seeds.Pii.Published(2025);

        Assert.Equal("hue", edition.Rows().Single(r => r.BestKnownRank == 5).Unit.Key);
        Problems.AssertSingle(() => edition.Rows("CH"), "region", "34 units");
    }

    [Fact]
    public void The_DTI_results_are_loaded_with_their_own_unit_lists()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024], Seeds.Dti.Editions);
        Assert.Equal(UnitList.Units34, Seeds.Dti.UnitListOf(2024));
        Assert.Equal(0.8002m, Seeds.Dti.Edition(2022).FactsFor("da-nang", MeasureKind.Score).Single().Value);
        Assert.Equal(8, Seeds.Dti.Edition(2022).FactsFor("da-nang", MeasureKind.ComponentScore).Length);
        Assert.Equal(0.6961m, Seeds.Dti.Edition(2024).National.Single(f => f.Measure.Kind == MeasureKind.ProvincialMean).Value);
        Assert.Equal("provincial_mean_score", Seeds.Dti.Edition(2024).National.Single(f => f.Measure.Key == "provincial_mean_score_change_percent").Measure.Component);
    }

    [Fact]
    public void Digital_economy_targets_and_observations_are_typed()
    {
        var target = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2030);
        var gsoComponents = Seeds.DigitalEconomyShares.Single(o => o.Year == 2023 && o.UnitKey == "national" && o.Series == DigitalEconomySeries.Gso && o.Components is not null);

        Assert.Equal(30m, target.Value);
        Assert.Equal(TargetComparator.AtLeast, target.Comparator);
        Assert.True(Seeds.Targets.Single(t => t.MetricKey == "digital_infrastructure_level").IsQualitative);
        Assert.Equal(12.33m, gsoComponents.Components!.SharePercent);
        Assert.Equal(46m, Seeds.NationalObservations.Single(o => o.MetricKey == "gii_rank" && o.Year == 2023).Value);
        Assert.Null(Seeds.NationalObservations.Single(o => o.MetricKey == "un_egov_rank").Period);
    }

    [Theory]
    [InlineData("Thái Nguyên", "thai-nguyen")]
    [InlineData("thai-nguyen", "thai-nguyen")]
    [InlineData("THAI NGUYEN", "thai-nguyen")]
    [InlineData("19", "thai-nguyen")]
    [InlineData("Hanoi", "ha-noi")]
    [InlineData("TP. Hồ Chí Minh", "ho-chi-minh")]
    [InlineData("Ho Chi Minh City", "ho-chi-minh")]
    [InlineData("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau")]
    [InlineData("Tỉnh Đắk Lắk", "dak-lak")]
    [InlineData("Thừa Thiên Huế", "thua-thien-hue")]
    public void A_province_is_found_by_key_code_or_name_ignoring_diacritics(string text, string key) =>
        Assert.Equal(key, Seeds.Unit(text, UnitList.Provinces63).Key);

    [Fact]
    public void The_same_key_names_different_territories_in_the_two_lists()
    {
        var before = Seeds.Unit("Thái Nguyên", UnitList.Provinces63);
        var after = Seeds.Unit("Thái Nguyên", UnitList.Units34);

        Assert.IsType<Province>(before);
        Assert.IsType<MergedUnit>(after);
        Assert.Equal("N04", after.Code);
        Assert.Equal("hue", Seeds.Unit("Huế", UnitList.Units34).Key);
    }

    [Fact]
    public void An_unknown_province_is_an_error_with_a_hint_when_the_other_list_has_it()
    {
        Problems.AssertSingle(() => Seeds.Unit("Atlantis", UnitList.Provinces63), "unit \"Atlantis\"", "none of the 63 provinces");
        Problems.AssertSingle(() => Seeds.Unit("hue", UnitList.Provinces63), "unit \"hue\"", "a unit formed in 2025");
        Problems.AssertSingle(() => Seeds.Unit("bac-kan", UnitList.Units34), "unit \"bac-kan\"", "a province before the 2025 merger");
    }

    [Fact]
    public void An_unknown_edition_region_source_target_or_pillar_is_an_error()
    {
        Problems.AssertSingle(() => Seeds.Pii.Published(2019), "edition", "2023, 2024, 2025");
        Problems.AssertSingle(() => Seeds.Dti.Edition(2030), "edition", "DTI edition 2030");
        Problems.AssertSingle(() => Seeds.Region("Atlantis"), "region \"Atlantis\"", "no region");
        Problems.AssertSingle(() => Seeds.Source("nope"), "source \"nope\"", "no source");
        Problems.AssertSingle(() => Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2040), "target res-52-nq-tw/de_share_gdp/2040", "no such target");
        Problems.AssertSingle(() => Seeds.Pii.Pillar(8), "pillar", "no PII pillar 8");
        Problems.AssertSingle(() => Seeds.Merger.Entry("hue"), "province \"hue\"", "no province");
    }

    [Fact]
    public void A_region_is_found_by_code_or_name()
    {
        Assert.Equal("CH", Seeds.Region("ch").Code);
        Assert.Equal("CH", Seeds.Region("Central Highlands").Code);
        Assert.Equal("MRD", Seeds.Region("Đồng bằng sông Cửu Long").Code);
    }

    [Fact]
    public void A_missing_folder_or_file_is_reported()
    {
        Problems.AssertSingle(() => VietnamSeeds.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-seed-folder")), Path.Combine(Path.GetTempPath(), "no-such-seed-folder"), "does not exist");
        var e = SeedFolder.LoadWithout("targets.csv");
        Assert.Contains(e.Problems, p => p.Location.EndsWith("targets.csv", StringComparison.Ordinal) && p.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_province_rows_are_reported_with_file_line_and_column()
    {
        var e = SeedFolder.LoadBroken("provinces.csv", text => text
            .Replace("04,Cao Bằng,cao-bang", "4,Cao Bằng,cao-bang", StringComparison.Ordinal)
            .Replace("Hà Giang,ha-giang,Ha Giang,NMM", "Hà Giang,ha-giang,Ha Giang,XYZ", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location.EndsWith("provinces.csv line 4, column \"gso_code\"", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location.EndsWith("provinces.csv line 3, column \"region_code\"", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location.EndsWith("regions.csv region \"NMM\"", StringComparison.Ordinal) && p.Message.Contains("13 provinces", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location.EndsWith("merger_2025.csv line 4, column \"old_gso_code\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_mapped_twice_or_not_at_all_is_reported()
    {
        var e = SeedFolder.LoadBroken("merger_2025.csv", text => text.Replace("02,ha-giang,N02", "04,cao-bang,N02", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Message.Contains("\"cao-bang\" is already mapped", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("province \"ha-giang\" is not mapped", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_source_measure_unit_or_edition_in_a_fact_is_reported()
    {
        var e = SeedFolder.LoadBroken("pii_published.csv", text => text
            .Replace("2023,ha-noi,score,62.86,nhandan-pii2023", "2023,ha-noi,score,62.86,no-such-source", StringComparison.Ordinal)
            .Replace("2023,ha-noi,rank,1,", "2023,ha-noi,rnak,1,", StringComparison.Ordinal)
            .Replace("2025,hue,rank,5", "2025,thua-thien-hue,rank,5", StringComparison.Ordinal)
            .Replace("2025,dong-nai,rank,12", "2019,dong-nai,rank,12", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location.EndsWith("pii_published.csv line 2, column \"source\"", StringComparison.Ordinal) && p.Message.Contains("no-such-source", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location.EndsWith("pii_published.csv line 3, column \"measure\"", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("\"thua-thien-hue\" is not a unit of the 34 units", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("2019 is not a published PII edition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_csv_or_value_is_reported()
    {
        var e = SeedFolder.LoadBroken("regions.csv", text => text.Replace(",11,", ",eleven,", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location.EndsWith("regions.csv line 2, column \"province_count\"", StringComparison.Ordinal));

        var header = SeedFolder.LoadBroken("targets.csv", text => text.Replace("comparator,", "compare,", StringComparison.Ordinal));
        Assert.Contains(header.Problems, p => p.Location.EndsWith("targets.csv line 1", StringComparison.Ordinal) && p.Message.Contains("comparator", StringComparison.Ordinal));
    }
}
