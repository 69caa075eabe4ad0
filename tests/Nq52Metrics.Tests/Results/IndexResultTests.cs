using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Results;

/// <summary>Ranking tables, group ranks and ratios of <see cref="IndexResult"/>.</summary>
public sealed class IndexResultTests
{
    private const string Region = "Region";
    private static readonly double Nan = double.NaN;

    /// <summary>
    /// Two indicators under "Top", min-max 0–100, no outlier treatment:
    /// A → 0, 50, 25, –, 50, 100; B → 75, 0, 25, –, 25, 100; Top → 37.5, 25, 25, –, 37.5, 100.
    /// Regions: U1, U2, U5 "N"; U3, U4 "S"; U6 none.
    /// </summary>
    private static IndexResult Result(TieMethod ties = TieMethod.Competition)
    {
        Unit[] units =
        [
            Build.Unit("U1", (Region, "N")), Build.Unit("U2", (Region, "N")), Build.Unit("U3", (Region, "S")),
            Build.Unit("U4", (Region, "S")), Build.Unit("U5", (Region, "N")), new Unit("U6", "U6"),
        ];
        var table = Build.Table(units, ["A", "B"], [1, 4], [3, 1], [2, 2], [Nan, Nan], [3, 2], [5, 5]);
        var framework = IndexFramework.Create([Nodes.Indicator("A", "Top"), Nodes.Indicator("B", "Top"), Nodes.Aggregate("Top", 2, null)], [Region]);
        var methodology = new Methodology { OutlierTreatment = OutlierTreatmentSpec.None, Ranking = ties };
        return IndexBuilder.Build(framework, Dataset.Create(table), methodology);
    }

    [Fact]
    public void The_ranking_lists_best_first_ties_in_unit_order_and_missing_last()
    {
        var ranking = Result().Ranking();

        Assert.Equal(["U6", "U1", "U5", "U2", "U3", "U4"], ranking.Select(r => r.Unit.Code));
        Assert.Equal([1.0, 2, 2, 4, 4, Nan], ranking.Select(r => r.Rank));
        Assert.Equal([100.0, 37.5, 37.5, 25, 25, Nan], ranking.Select(r => r.Score));
    }

    [Fact]
    public void The_ranking_of_any_node_can_be_asked_for()
    {
        var ranking = Result().Ranking("A");

        Assert.Equal(["U6", "U2", "U5", "U3", "U1", "U4"], ranking.Select(r => r.Unit.Code));
        Assert.Throws<KeyNotFoundException>(() => Result().Ranking("Nope"));
    }

    [Fact]
    public void The_ranking_follows_the_tie_rule()
    {
        var ranking = Result(TieMethod.Average).Ranking();

        Assert.Equal(["U6", "U1", "U5", "U2", "U3", "U4"], ranking.Select(r => r.Unit.Code));
        Assert.Equal([1.0, 2.5, 2.5, 4.5, 4.5, Nan], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Ordinal_ties_keep_unit_order_in_the_ranking()
    {
        var ranking = Result(TieMethod.Ordinal).Ranking();

        Assert.Equal(["U6", "U1", "U5", "U2", "U3", "U4"], ranking.Select(r => r.Unit.Code));
        Assert.Equal([1.0, 2, 3, 4, 5, Nan], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Group_ranks_rank_within_each_group_and_leave_units_without_a_group_missing()
    {
        var result = Result();

        Assert.Equal([1.0, 3, 1, Nan, 1, Nan], result.GroupRanks("Top", Region));
        Assert.Equal([1.0, 2, 1, Nan, 1, Nan], result.GroupRanks("Top", Region, TieMethod.Dense));
        Assert.Equal([3.0, 1, 1, Nan, 1, Nan], result.GroupRanks("A", Region));
    }

    [Fact]
    public void Group_ranks_use_the_methodology_tie_rule_by_default() =>
        Assert.Equal([1.5, 3, 1, Nan, 1.5, Nan], Result(TieMethod.Average).GroupRanks("Top", Region));

    [Fact]
    public void Group_ranks_for_a_column_no_unit_has_are_all_missing() =>
        Assert.All(Result().GroupRanks("Top", "Income"), r => Assert.True(double.IsNaN(r)));

    [Fact]
    public void The_ratio_is_missing_where_the_denominator_is_zero_or_a_score_is_missing() =>
        Assert.Equal([0.0, Nan, 1, Nan, 2, 1], Result().Ratio("A", "B"));

    [Fact]
    public void The_index_code_is_the_top_node()
    {
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("A", "S2"), Nodes.Indicator("B", "S1"),
            Nodes.Aggregate("S2", 2, "Top"), Nodes.Aggregate("S1", 2, "Top"), Nodes.Aggregate("Top", 3, null),
        ]);
        var data = Dataset.Create(Build.Table(["A", "B"], [1, 2], [2, 1]));

        var result = IndexBuilder.Build(framework, data, new Methodology { OutlierTreatment = OutlierTreatmentSpec.None });

        Assert.Equal("Top", result.IndexCode);
        Assert.Equal(["U2", "U1"], result.Ranking("S2").Select(r => r.Unit.Code));
    }
}
