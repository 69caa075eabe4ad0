using Nq52Metrics.Construction;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Rank changes between published editions (with conflicting ranks) and between two builds.</summary>
public sealed class RankChangesTests
{
    private static readonly PiiSeeds Pii = VietnamSeeds.Embedded.Pii;

    [Fact]
    public void Published_ranks_2023_to_2024_give_the_places_gained()
    {
        var changes = RankChanges.Between(Pii.Published(2023), Pii.Published(2024));

        Assert.Equal(1m, changes.Single(c => c.UnitKey == "thai-nguyen").PlacesGained);
        Assert.Equal(-5m, changes.Single(c => c.UnitKey == "bac-ninh").PlacesGained);
        Assert.Equal(3m, changes.Single(c => c.UnitKey == "ba-ria-vung-tau").PlacesGained);
        Assert.Null(changes.Single(c => c.UnitKey == "thai-nguyen").AgreesWithReported);
        Assert.DoesNotContain(changes, c => c.UnitKey == "long-an");
    }

    [Fact]
    public void A_conflicting_rank_gives_one_change_per_version_and_only_one_agrees_with_the_reported_fall()
    {
        var lamDong = RankChanges.Between(Pii.Published(2023), Pii.Published(2024)).Where(c => c.UnitKey == "lam-dong").ToList();

        Assert.Equal(2, lamDong.Count);
        Assert.All(lamDong, c => Assert.True(c.IsAmbiguous));
        Assert.Equal([-5m, -6m], lamDong.Select(c => c.PlacesGained));
        Assert.Equal([false, true], lamDong.Select(c => c.AgreesWithReported!.Value));
        Assert.Equal("baomoi-c52288304", lamDong[1].Before.Sources.Single());
    }

    [Fact]
    public void Nghe_An_2024_agrees_with_its_reported_fall_of_4_only_in_the_baonghean_version()
    {
        var ngheAn = RankChanges.Between(Pii.Published(2023), Pii.Published(2024)).Where(c => c.UnitKey == "nghe-an").ToList();

        Assert.Equal([-4m, 0m], ngheAn.Select(c => c.PlacesGained));
        Assert.Equal([true, false], ngheAn.Select(c => c.AgreesWithReported!.Value));
    }

    [Fact]
    public void Editions_on_different_unit_lists_or_indices_cannot_be_compared_directly()
    {
        Problems.AssertSingle(() => RankChanges.Between(Pii.Published(2024), Pii.Published(2025)), "editions", "EditionComparison");
        Problems.AssertSingle(() => RankChanges.Between(Pii.Published(2023), VietnamSeeds.Embedded.Dti.Edition(2023)), "editions", "different indices");
    }

    [Fact]
    public void Two_builds_are_compared_unit_by_unit()
    {
        var plain = new Methodology { OutlierTreatment = OutlierTreatmentSpec.None };
        var before = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), plain);
        var values = TinyIndex.Values();
        values[0] = [60, 6, 0, 900];
        var after = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), plain);

        var changes = RankChanges.Between(before, after);

        Assert.Equal(["U1", "U2", "U3", "U4", "U5"], changes.Select(c => c.Unit));
        Assert.Equal(5.0, changes[0].RankBefore);
        Assert.Equal(1.0, changes[0].RankAfter);
        Assert.Equal(4.0, changes[0].PlacesGained);
        Assert.Equal(-1.0, changes[4].PlacesGained);
    }
}
