using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Published PII changes between editions, within a unit list and across the 2025 merger.</summary>
public sealed class PiiTrendTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Between_2023_and_2024_the_same_units_are_compared_and_the_change_matches_the_published_one()
    {
        var rows = PiiTrend.Changes(Seeds).Where(r => r.FromEdition == 2023).ToList();

        Assert.All(rows, r => Assert.Equal(TrendComparability.SameUnit, r.Comparability));
        var vungTau = rows.Single(r => r.To.Key == "ba-ria-vung-tau");
        Assert.Equal((7m, 4m, 3m), (vungTau.RanksBefore.Single(), vungTau.RanksAfter.Single(), vungTau.PlacesGained!.Value));
        var haNoi = rows.Single(r => r.To.Key == "ha-noi");
        Assert.Equal(60.76m - 62.86m, haNoi.ScoreChange);
    }

    [Fact]
    public void Conflicting_ranks_are_shown_and_no_change_is_computed()
    {
        var lamDong = Assert.Single(PiiTrend.Changes(Seeds, "Lâm Đồng"));

        Assert.Equal([16m, 15m], lamDong.RanksBefore);
        Assert.Null(lamDong.PlacesGained);
        Assert.True(lamDong.HasConflict);
    }

    [Fact]
    public void Across_the_merger_pre_merger_provinces_are_set_against_their_unit_and_marked_not_comparable()
    {
        var rows = PiiTrend.Changes(Seeds).Where(r => r.FromEdition == 2024).ToList();

        var giaLai = rows.Where(r => r.To.Key == "gia-lai").ToList();
        Assert.Equal(["binh-dinh", "gia-lai"], giaLai.Select(r => r.From.Key).Order());
        Assert.All(giaLai, r => Assert.Equal(TrendComparability.NotOneToOne, r.Comparability));
        var haNoi = rows.Single(r => r.To.Key == "ha-noi");
        Assert.Equal(TrendComparability.SameTerritoryNewList, haNoi.Comparability);
        Assert.Equal(65.68m - 60.76m, haNoi.ScoreChange);
        Assert.All(rows, r => Assert.Equal(UnitList.Units34, r.To.List));
    }

    [Fact]
    public void A_unit_without_figures_in_two_editions_gives_no_rows_and_an_unknown_unit_is_an_error()
    {
        Assert.Empty(PiiTrend.Changes(Seeds, "Bắc Kạn"));
        Assert.Throws<Nq52ValidationException>(() => PiiTrend.Changes(Seeds, "Atlantis"));
    }
}
