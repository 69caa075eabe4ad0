using Nq52Metrics.Ranking;

namespace Nq52Metrics.Tests.Ranking;

/// <summary>The four tie rules on a worked example, missing scores and argument errors of <see cref="Ranker"/>.</summary>
public sealed class RankerTests
{
    private static readonly double Nan = double.NaN;
    private static readonly double[] Scores = [80, 90, 90, 70, Nan];

    [Theory]
    [InlineData(TieMethod.Competition, new[] { 3.0, 1, 1, 4 })]
    [InlineData(TieMethod.Dense, new[] { 2.0, 1, 1, 3 })]
    [InlineData(TieMethod.Average, new[] { 3.0, 1.5, 1.5, 4 })]
    [InlineData(TieMethod.Ordinal, new[] { 3.0, 1, 2, 4 })]
    public void Ties_follow_the_tie_rule_and_missing_scores_get_missing_ranks(TieMethod ties, double[] expected) =>
        Assert.Equal([.. expected, Nan], Ranker.Rank(Scores, ties));

    [Fact]
    public void Competition_is_the_default() =>
        Assert.Equal([3.0, 1, 1, 4, Nan], Ranker.Rank(Scores));

    [Fact]
    public void Ordinal_breaks_a_long_tie_by_unit_order()
    {
        Assert.Equal([2.0, 3, 1, 4, 5, 6], Ranker.Rank([5, 5, 9, 5, 5, 1], TieMethod.Ordinal));
    }

    [Fact]
    public void Missing_scores_do_not_take_up_ranks()
    {
        Assert.Equal([Nan, 2.0, Nan, 1], Ranker.Rank([Nan, 1, Nan, 2], TieMethod.Competition));
        Assert.Equal([Nan, 2.0, Nan, 1], Ranker.Rank([Nan, 1, Nan, 2], TieMethod.Ordinal));
    }

    [Fact]
    public void Empty_and_all_missing_inputs_are_handled()
    {
        Assert.Empty(Ranker.Rank([]));
        Assert.All(Ranker.Rank([Nan, Nan]), r => Assert.True(double.IsNaN(r)));
    }

    [Fact]
    public void Positive_and_negative_zero_tie()
    {
        Assert.Equal([1.0, 1], Ranker.Rank([0.0, -0.0]));
    }

    [Fact]
    public void Infinite_scores_rank_at_the_ends()
    {
        Assert.Equal([3.0, 1, 2], Ranker.Rank([double.NegativeInfinity, double.PositiveInfinity, 0]));
    }

    [Fact]
    public void RankInto_writes_into_the_given_buffer()
    {
        var ranks = new double[3];

        Ranker.RankInto([1, 3, 2], ranks, TieMethod.Dense);

        Assert.Equal([3.0, 1, 2], ranks);
    }

    [Fact]
    public void RankInto_rejects_a_buffer_of_another_length() =>
        Assert.Throws<ArgumentException>(() => Ranker.RankInto([1, 2, 3], new double[2], TieMethod.Competition));

    [Fact]
    public void An_unknown_tie_method_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Ranker.Rank([1, 2], (TieMethod)17));
}
