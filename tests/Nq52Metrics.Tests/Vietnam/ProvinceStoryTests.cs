using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>One province's story across the PII editions, the 2025 merger, the DTI, the digital-economy share and the article's claims.</summary>
public sealed class ProvinceStoryTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Thai_Nguyen_across_the_three_PII_editions_and_the_merger_with_Bac_Kan()
    {
        var story = ProvinceStory.Of("Thái Nguyên", Seeds);
        var pii = SeedCsv.Rows("pii_published.csv").Where(r => r["unit_key"] == "thai-nguyen").ToList();

        Assert.Equal("thai-nguyen", story.Province!.Key);
        Assert.Equal(["bac-kan", "thai-nguyen"], story.Members.Select(m => m.Key));
        Assert.False(story.KnownOnlyBeforeMerger);
        Assert.Equal([2023, 2024, 2025], story.Pii.Select(s => s.Edition));
        Assert.Equal([UnitList.Provinces63, UnitList.Provinces63, UnitList.Units34], story.Pii.Select(s => s.Unit.List));
        var score2023 = pii.Single(r => r["edition"] == "2023" && r["measure"] == "score")["value"];
        Assert.Equal([decimal.Parse(score2023, System.Globalization.CultureInfo.InvariantCulture)], story.Pii[0].Row!.Of(MeasureKind.Score).Select(f => f.Value));
        Assert.Equal(pii.Count(r => r["edition"] == "2024"), story.Pii[1].Row!.Facts.Length);
        Assert.Equal(Seeds.Dti.Editions, story.Dti.Select(s => s.Edition));
        Assert.Contains(story.Shares, s => s.Observation.SharePercent == 42.92m && s.Rank == 2);
        Assert.Contains(story.Claims, c => c.Claim.Id == "C17" && c.Verdict == Verdict.Confirmed);
    }

    [Fact]
    public void A_province_known_only_before_the_merger_gets_the_unit_it_joined()
    {
        var story = ProvinceStory.Of("bac-kan", Seeds);

        Assert.True(story.KnownOnlyBeforeMerger);
        Assert.Equal("thai-nguyen", story.Unit.Key);
        Assert.Equal(["bac-kan", "bac-kan", "thai-nguyen"], story.Pii.Select(s => s.Unit.Key));
    }

    [Fact]
    public void A_unit_known_only_after_the_merger_shows_the_provinces_it_was_formed_from()
    {
        var story = ProvinceStory.Of("Huế", Seeds);

        Assert.True(story.KnownOnlyAfterMerger);
        Assert.Null(story.Province);
        Assert.Equal(["thua-thien-hue"], story.Members.Select(m => m.Key));
        Assert.Equal(["thua-thien-hue", "thua-thien-hue", "hue"], story.Pii.Select(s => s.Unit.Key));
        Assert.Equal(49.37m, story.Pii[2].Row!.Of(MeasureKind.Score).Single().Value);
        Assert.Equal(47.23m / 51.50m, story.Pii[2].Efficiency);
    }

    [Fact]
    public void Conflicting_facts_are_all_kept()
    {
        var story = ProvinceStory.Of("Lâm Đồng", Seeds);

        Assert.Equal([16m, 15m], story.Pii[0].Row!.Of(MeasureKind.Rank).Select(f => f.Value));
        Assert.True(story.Pii[0].Row!.HasConflict);
        Assert.Equal(["binh-thuan", "dak-nong", "lam-dong"], story.Members.Select(m => m.Key).Order());
        Assert.True(story.CompositionConfirmed);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_naming_it()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => ProvinceStory.Of("Atlantis", Seeds));

        Assert.Contains("neither one of the 63 provinces", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }
}
