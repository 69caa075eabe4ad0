using Nq52Metrics.Ranking;

namespace Nq52Metrics.Conformance;

/// <summary>Result ranks against COINr's <c>rank(-x, ties.method = "min", na.last = "keep")</c>.</summary>
public sealed class RankingGoldenTests
{
    [Fact]
    public void Competition_ranks_of_80_90_90_70_missing()
    {
        var ranks = Ranker.Rank([80, 90, 90, 70, double.NaN], TieMethod.Competition);
        Assert.Equal([3, 1, 1, 4, double.NaN], ranks);
    }
}
