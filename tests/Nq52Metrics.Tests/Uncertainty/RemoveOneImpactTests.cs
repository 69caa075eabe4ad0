using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Remove-one impact, worked out by hand on <see cref="UncertaintyIndexes.HandChecked"/>: Index = mean(P1, P2) with
/// P1 = X1 = (3, 2, 1) and P2 = X2 = (1, 3, 2) for units A, B, C, so Index = (2, 2.5, 1.5) and the nominal ranks are
/// A 2, B 1, C 3.
/// </summary>
public sealed class RemoveOneImpactTests
{
    [Fact]
    public void Removing_each_pillar_gives_the_hand_computed_scores_ranks_and_shifts()
    {
        var impacts = RemoveOneImpact.Run(UncertaintyIndexes.HandChecked(), level: 2);
        Assert.Equal(["P1", "P2"], impacts.Select(i => i.Element));

        // Without P1 the index is X2 = (1, 3, 2): ranks A 3, B 1, C 2; shifts (nominal − new) −1, 0, +1.
        var withoutP1 = impacts[0];
        Assert.Equal([1, 3, 2], withoutP1.Scores);
        Assert.Equal([3, 1, 2], withoutP1.Ranks);
        Assert.Equal([-1, 0, 1], withoutP1.RankShifts);
        Assert.Equal(2.0 / 3, withoutP1.MeanAbsoluteShift, 15);

        // Without P2 the index is X1 = (3, 2, 1): ranks A 1, B 2, C 3; shifts +1, −1, 0.
        var withoutP2 = impacts[1];
        Assert.Equal([3, 2, 1], withoutP2.Scores);
        Assert.Equal([1, 2, 3], withoutP2.Ranks);
        Assert.Equal([1, -1, 0], withoutP2.RankShifts);
        Assert.Equal(2.0 / 3, withoutP2.MeanAbsoluteShift, 15);
    }

    [Fact]
    public void Removing_indicators_of_a_pillar_is_measured_on_the_pillar_target()
    {
        // P1 of the small index averages A1 and A2: without A1 it is the normalised A2, and the other way round.
        var nominal = UncertaintyIndexes.Small();
        var impacts = RemoveOneImpact.Run(nominal, level: 1, target: "P1");
        Assert.Equal(nominal.Framework.Indicators.Select(i => i.Code), impacts.Select(i => i.Element));
        var withoutA1 = impacts.Single(i => i.Element == "A1");
        var withoutA2 = impacts.Single(i => i.Element == "A2");
        Assert.Equal(nominal.Scores.Column("A2").ToArray(), withoutA1.Scores);
        Assert.Equal(nominal.Scores.Column("A1").ToArray(), withoutA2.Scores);
        Assert.Equal(nominal.Ranks.Column("A2").ToArray(), withoutA1.Ranks);

        // Indicators of other pillars do not touch P1: no shift at all.
        foreach (var other in impacts.Where(i => i.Element is not ("A1" or "A2")))
        {
            Assert.Equal(nominal.Scores.Column("P1").ToArray(), other.Scores);
            Assert.All(other.RankShifts, s => Assert.Equal(0, s));
            Assert.Equal(0, other.MeanAbsoluteShift);
        }
    }

    [Fact]
    public void Shifts_are_nominal_rank_minus_new_rank_for_every_element()
    {
        var nominal = UncertaintyIndexes.Small(unitCount: 20, seed: 3);
        var nominalRanks = nominal.Ranks.Column(UncertaintyIndexes.Index).ToArray();
        foreach (var impact in RemoveOneImpact.Run(nominal, level: 2))
        {
            Assert.Equal(nominalRanks.Zip(impact.Ranks, (a, b) => a - b), impact.RankShifts);
            Assert.Equal(impact.RankShifts.Average(Math.Abs), impact.MeanAbsoluteShift, 12);
            Assert.Equal(0, impact.RankShifts.Sum(), 9);
        }
    }

    [Theory]
    [InlineData(0, null, "level")]
    [InlineData(3, null, "level")]
    [InlineData(4, null, "level")]
    [InlineData(2, "P1", "level")]
    [InlineData(1, "Nope", "target")]
    public void A_level_that_is_not_below_the_target_or_an_unknown_target_is_refused(int level, string? target, string location)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => RemoveOneImpact.Run(UncertaintyIndexes.Small(), level, target));
        Assert.Equal(location, Assert.Single(e.Problems).Location);
    }

    [Fact]
    public void Removing_the_only_indicator_of_a_pillar_leaves_the_pillar_out_of_the_index()
    {
        // X1 is P1's only child: without it P1 is missing and the index is P2 = X2, as when P1 itself is removed.
        var nominal = UncertaintyIndexes.HandChecked();
        var byIndicator = RemoveOneImpact.Run(nominal, level: 1);
        var byPillar = RemoveOneImpact.Run(nominal, level: 2);
        Assert.Equal(["X1", "X2"], byIndicator.Select(i => i.Element));
        for (var e = 0; e < 2; e++)
        {
            Assert.Equal(byPillar[e].Scores, byIndicator[e].Scores);
            Assert.Equal(byPillar[e].RankShifts, byIndicator[e].RankShifts);
        }
    }
}
