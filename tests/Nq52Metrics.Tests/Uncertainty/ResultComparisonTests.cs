using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Comparing two results unit by unit and node by node: scores, ranks and their differences for every shared node,
/// NaN for a unit that only one result has, and errors for nodes that are not in both.
/// </summary>
public sealed class ResultComparisonTests
{
    private static readonly Methodology ZScore = UncertaintyIndexes.MinMaxOneToHundred with { Normalisation = NormalisationMethod.ZScore(10, 2) };

    [Fact]
    public void Every_unit_and_shared_node_is_compared_with_its_differences()
    {
        var first = UncertaintyIndexes.Small();
        var second = UncertaintyIndexes.Small(ZScore);
        var rows = ResultComparison.Compare(first, second);
        var nodes = first.Scores.Columns;
        Assert.Equal(10, nodes.Length);
        Assert.Equal(first.Units.Length * nodes.Length, rows.Length);
        Assert.Equal(nodes.SelectMany(n => first.Units.Select(u => (n, u.Code))), rows.Select(r => (r.Node, r.Unit.Code)));
        foreach (var row in rows)
        {
            var unit = row.Unit.Code;
            Assert.Equal(first.Scores[unit, row.Node], row.ScoreA);
            Assert.Equal(second.Scores[unit, row.Node], row.ScoreB);
            Assert.Equal(first.Ranks[unit, row.Node], row.RankA);
            Assert.Equal(second.Ranks[unit, row.Node], row.RankB);
            Assert.Equal(row.ScoreA - row.ScoreB, row.ScoreDifference);
            Assert.Equal(row.RankA - row.RankB, row.RankDifference);
            Assert.Equal(Math.Abs(row.RankA - row.RankB), row.AbsoluteRankDifference);
        }

        // Min-max and z-score order an indicator's units the same way, so indicator ranks do not move; aggregates may.
        Assert.All(rows.Where(r => first.Framework[r.Node].IsIndicator), r => Assert.Equal(0, r.RankDifference));
        Assert.Contains(rows, r => r.ScoreDifference != 0);
    }

    [Fact]
    public void Comparing_a_result_with_itself_gives_zero_differences()
    {
        var result = UncertaintyIndexes.Small();
        Assert.All(ResultComparison.Compare(result, result), r =>
        {
            Assert.Equal(0, r.ScoreDifference);
            Assert.Equal(0, r.RankDifference);
        });
    }

    [Fact]
    public void A_unit_present_in_only_one_result_gets_NaN_for_the_other()
    {
        // The 10-unit data are the first 10 rows of the 12-unit data.
        var twelve = UncertaintyIndexes.Small(unitCount: 12);
        var ten = UncertaintyIndexes.Small(unitCount: 10);

        var rows = ResultComparison.Compare(twelve, ten, UncertaintyIndexes.Index);
        Assert.Equal(twelve.Units.Select(u => u.Code), rows.Select(r => r.Unit.Code));
        foreach (var row in rows.Where(r => r.Unit.Code is "S11" or "S12"))
        {
            Assert.Equal(twelve.Scores[row.Unit.Code, UncertaintyIndexes.Index], row.ScoreA);
            Assert.True(double.IsNaN(row.ScoreB) && double.IsNaN(row.RankB) && double.IsNaN(row.ScoreDifference) && double.IsNaN(row.RankDifference));
        }

        Assert.All(rows.Where(r => r.Unit.Code is not ("S11" or "S12")), r => Assert.False(double.IsNaN(r.ScoreDifference)));

        // The other way round, the extra units come after the first result's units, with NaN on the first side.
        var reversed = ResultComparison.Compare(ten, twelve, UncertaintyIndexes.Index);
        Assert.Equal(ten.Units.Select(u => u.Code).Concat(["S11", "S12"]), reversed.Select(r => r.Unit.Code));
        Assert.All(reversed.TakeLast(2), r => Assert.True(double.IsNaN(r.ScoreA) && double.IsNaN(r.RankA) && !double.IsNaN(r.ScoreB)));
    }

    [Fact]
    public void Only_nodes_of_both_results_are_compared_and_a_missing_node_is_an_error()
    {
        var small = UncertaintyIndexes.Small();
        var hand = UncertaintyIndexes.HandChecked();

        // They share P1, P2 and Index (and no unit): 3 nodes × 15 units, all differences NaN.
        var rows = ResultComparison.Compare(hand, small);
        Assert.Equal(["P1", "P2", "Index"], rows.Select(r => r.Node).Distinct());
        Assert.Equal(3 * (3 + 12), rows.Length);
        Assert.All(rows, r => Assert.True(double.IsNaN(r.ScoreDifference)));

        var missing = Assert.Throws<Nq52ValidationException>(() => ResultComparison.Compare(hand, small, "P3"));
        Assert.Equal("node \"P3\"", Assert.Single(missing.Problems).Location);
        var unknown = Assert.Throws<Nq52ValidationException>(() => ResultComparison.Compare(small, small, "Nope"));
        Assert.Equal("node \"Nope\"", Assert.Single(unknown.Problems).Location);
    }

    [Fact]
    public void Results_that_share_no_node_cannot_be_compared()
    {
        var framework = IndexFramework.Create(
        [
            new FrameworkNode { Code = "Y1", Level = 1, Parent = "Top" },
            new FrameworkNode { Code = "Y2", Level = 1, Parent = "Top" },
            new FrameworkNode { Code = "Top", Level = 2 },
        ]);
        var data = Dataset.Create(UnitTable.FromRows([new Unit("S1", "S1"), new Unit("S2", "S2")], ["Y1", "Y2"], [[1, 2], [2, 1]]));
        var other = IndexBuilder.Build(framework, data, UncertaintyIndexes.MinMaxZeroToHundred);
        var e = Assert.Throws<Nq52ValidationException>(() => ResultComparison.Compare(UncertaintyIndexes.Small(), other));
        Assert.Equal("comparison", Assert.Single(e.Problems).Location);
    }
}
