using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Ranking;

/// <summary>Ranking at publication precision (<see cref="RankingSpec.Decimals"/>).</summary>
public sealed class RankingDecimalsTests
{
    [Fact]
    public void Scores_that_differ_only_beyond_the_kth_decimal_are_tied()
    {
        double[] scores = [49.361, 49.364, 49.37, 48.0];

        Assert.Equal([2.0, 2, 1, 4], Ranker.Rank(scores, new RankingSpec(TieMethod.Competition, decimals: 2)));
        Assert.Equal([3.0, 2, 1, 4], Ranker.Rank(scores));
    }

    [Fact]
    public void A_half_at_the_kth_decimal_rounds_up_from_the_decimal_value()
    {
        // (51.50 + 47.23)/2 is 49.365 in decimal; the nearest double lies below it, yet it publishes as 49.37.
        var huế = (51.50 + 47.23) / 2;

        Assert.Equal(49.37, Ranker.RoundForRanking(huế, 2));
        Assert.Equal([1.0, 1], Ranker.Rank([huế, 49.37], new RankingSpec(decimals: 2)));
    }

    [Fact]
    public void The_tie_rule_applies_to_the_rounded_ties()
    {
        double[] scores = [10.04, 10.01, 9.0];

        Assert.Equal([1.0, 1, 2], Ranker.Rank(scores, new RankingSpec(TieMethod.Dense, 1)));
        Assert.Equal([1.5, 1.5, 3], Ranker.Rank(scores, new RankingSpec(TieMethod.Average, 1)));
    }

    [Fact]
    public void The_build_ranks_every_node_at_the_asked_precision()
    {
        var methodology = new Methodology { Ranking = new RankingSpec(TieMethod.Competition, 0) };

        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), methodology);

        foreach (var column in result.Scores.Columns)
        {
            var rounded = Build.ColumnOf(result.Scores, column).Select(s => Math.Round(s, MidpointRounding.AwayFromZero)).ToArray();
            Assert.Equal(Ranker.Rank(rounded), Build.ColumnOf(result.Ranks, column));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(13)]
    public void Decimals_outside_0_to_12_are_a_located_error(int decimals) =>
        Problems.AssertSingle(
            () => IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), new Methodology { Ranking = new RankingSpec(decimals: decimals) }),
            "ranking.decimals",
            "between 0 and 12");

    [Fact]
    public void Missing_and_huge_scores_pass_through_rounding() =>
        Assert.Equal([double.NaN, 1e16, -3e20], new[] { double.NaN, 1e16, -3e20 }.Select(s => Ranker.RoundForRanking(s, 2)));

    [Property]
    public Property Rounded_ranks_never_reverse_the_unrounded_order(NormalFloat[] raw, byte k)
    {
        var scores = raw.Select(x => x.Get).Where(x => Math.Abs(x) < 1e9).ToArray();
        var decimals = k % (RankingSpec.MaxDecimals + 1);
        var exact = Ranker.Rank(scores);
        var rounded = Ranker.Rank(scores, new RankingSpec(decimals: decimals));
        var ok = true;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                // A unit ranked strictly better at full precision is never ranked worse after rounding.
                ok &= !(exact[i] < exact[j]) || rounded[i] <= rounded[j];
            }
        }

        return ok.ToProperty();
    }
}
