using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Results;

/// <summary>Comparing two results unit by unit and node by node with <see cref="ResultComparison"/>.</summary>
public sealed class ResultComparisonTests
{
    private static readonly Methodology Plain = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    private static IndexResult Tiny(Methodology methodology, double[][]? values = null) =>
        IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), methodology);

    [Fact]
    public void A_result_compared_with_itself_has_no_differences()
    {
        var result = Tiny(Plain);

        var rows = ResultComparison.Compare(result, result);

        Assert.Equal(5 * 7, rows.Length);
        Assert.All(rows, r => Assert.Equal(0.0, r.ScoreDifference));
        Assert.All(rows, r => Assert.Equal(0.0, r.AbsoluteRankDifference));
    }

    [Fact]
    public void Rows_run_node_by_node_then_unit_by_unit()
    {
        var result = Tiny(Plain);

        var rows = ResultComparison.Compare(result, result);

        Assert.Equal(["I1", "I1", "I1", "I1", "I1", "I2"], rows.Take(6).Select(r => r.Node));
        Assert.Equal(["U1", "U2", "U3", "U4", "U5", "U1"], rows.Take(6).Select(r => r.Unit.Code));
    }

    [Fact]
    public void Differences_are_first_minus_second()
    {
        var first = Tiny(Plain);
        var second = Tiny(Plain with { Normalisation = NormalisationMethod.MinMax(1, 100) });

        var rows = ResultComparison.Compare(first, second, "Index");

        Assert.Equal(5, rows.Length);
        var u5 = rows.Single(r => r.Unit.Code == "U5");
        Assert.Equal(first.Scores["U5", "Index"], u5.ScoreA);
        Assert.Equal(second.Scores["U5", "Index"], u5.ScoreB);
        Assert.Equal(u5.ScoreA - u5.ScoreB, u5.ScoreDifference);
        Assert.All(rows, r => Assert.Equal(0.0, r.RankDifference));
    }

    [Fact]
    public void Rank_differences_are_signed_and_absolute()
    {
        var comparison = new NodeComparison(new Nq52Metrics.Data.Unit("U1", "U1"), "Index", 50, 60, 4, 1);

        Assert.Equal(-10.0, comparison.ScoreDifference);
        Assert.Equal(3.0, comparison.RankDifference);
        Assert.Equal(3.0, comparison.AbsoluteRankDifference);
        Assert.Equal(3.0, (comparison with { RankA = 1, RankB = 4 }).AbsoluteRankDifference);
    }

    [Fact]
    public void Units_missing_from_one_result_get_missing_values_and_extra_units_come_last()
    {
        var values = TinyIndex.Values();
        values[1][0] = double.NaN;
        values[1][1] = double.NaN;
        var screened = Tiny(Plain with { Screening = new ScreeningSpec(0.75) }, values);
        var full = Tiny(Plain, values);

        var rows = ResultComparison.Compare(screened, full, "Index");

        Assert.Equal(["U1", "U3", "U4", "U5", "U2"], rows.Select(r => r.Unit.Code));
        var u2 = rows[^1];
        Assert.True(double.IsNaN(u2.ScoreA) && double.IsNaN(u2.RankA));
        Assert.Equal(full.Scores["U2", "Index"], u2.ScoreB);
    }

    [Fact]
    public void Ranks_come_from_each_result()
    {
        var competition = Tiny(Plain, null);
        var dense = Tiny(Plain with { Ranking = TieMethod.Dense });

        var rows = ResultComparison.Compare(competition, dense, "I4");

        Assert.Equal(Nq52Metrics.Tests.TestData.Build.ColumnOf(competition.Ranks, "I4"), rows.Select(r => r.RankA));
        Assert.Equal(Nq52Metrics.Tests.TestData.Build.ColumnOf(dense.Ranks, "I4"), rows.Select(r => r.RankB));
    }

    [Fact]
    public void A_node_missing_from_either_result_is_rejected()
    {
        var result = Tiny(Plain);

        Problems.AssertSingle(() => ResultComparison.Compare(result, result, "Nope"), "node \"Nope\"", "not in both results");
    }

    [Fact]
    public void Results_without_a_shared_node_are_rejected()
    {
        var first = Tiny(Plain);
        var other = IndexBuilder.Build(
            Nodes.Flat(Nodes.Indicator("A")),
            Nq52Metrics.Data.Dataset.Create(Nq52Metrics.Tests.TestData.Build.Table(["A"], [1], [2])),
            Plain);

        Problems.AssertSingle(() => ResultComparison.Compare(first, other), "comparison", "share no node");
    }
}
