using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Ranking;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Grouping;

namespace Nq52Metrics.Tests.Grouping;

/// <summary>Group (region) ranks with competition ties, unweighted group means and leaders.</summary>
public sealed class GroupStatisticsTests
{
    private static readonly (string, string, double)[] Scores =
    [
        ("a1", "A", 50), ("a2", "A", 70), ("a3", "A", 70), ("a4", "A", 40),
        ("b1", "B", 30), ("b2", "B", double.NaN), ("b3", "B", 60),
    ];

    [Fact]
    public void Ties_share_the_smallest_region_rank_and_the_next_rank_is_skipped()
    {
        var a = GroupStatistics.FromScores(Scores).Single(r => r.Group == "A");

        Assert.Equal(["a2", "a3", "a1", "a4"], a.Members.Select(m => m.Unit));
        Assert.Equal([1.0, 1, 3, 4], a.Members.Select(m => m.GroupRank));
        Assert.Equal([1.0, 1, 4, 5], a.Members.Select(m => m.NationalRank));
        Assert.Equal(["a2", "a3"], a.Leaders);
        Assert.Equal(57.5, a.MeanScore);
    }

    [Fact]
    public void Missing_scores_rank_last_and_do_not_count_in_the_mean()
    {
        var b = GroupStatistics.FromScores(Scores).Single(r => r.Group == "B");

        Assert.Equal(["b3", "b1", "b2"], b.Members.Select(m => m.Unit));
        Assert.True(double.IsNaN(b.Members[2].GroupRank));
        Assert.Equal(45.0, b.MeanScore);
        Assert.Equal(2, b.ScoredCount);
        Assert.Equal(["b3"], b.Leaders);
    }

    [Fact]
    public void Other_tie_rules_can_be_asked_for()
    {
        var a = GroupStatistics.FromScores(Scores, TieMethod.Dense).Single(r => r.Group == "A");
        var average = GroupStatistics.FromScores(Scores, TieMethod.Average).Single(r => r.Group == "A");

        Assert.Equal([1.0, 1, 2, 3], a.Members.Select(m => m.GroupRank));
        Assert.Equal(["a2", "a3"], average.Leaders);
    }

    [Fact]
    public void A_region_without_scores_has_no_mean_and_no_leader()
    {
        var c = GroupStatistics.FromScores([("c1", "C", double.NaN)]).Single();

        Assert.True(double.IsNaN(c.MeanScore));
        Assert.Empty(c.Leaders);
    }

    [Fact]
    public void Repeated_units_and_empty_regions_are_errors()
    {
        var e = Problems.Thrown(() => GroupStatistics.FromScores([("x", "A", 1), ("x", "A", 2), ("y", " ", 3)]));

        Problems.AssertHas(e, "unit \"x\"", "more than once");
        Problems.AssertHas(e, "unit \"y\"", "group is empty");
    }

    [Fact]
    public void A_build_result_is_summarised_with_its_group_ranks()
    {
        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), new Methodology { OutlierTreatment = OutlierTreatmentSpec.None });
        var regions = GroupStatistics.Summarise(result, TinyIndex.GroupColumn);
        var groupRanks = result.GroupRanks("Index", TinyIndex.GroupColumn);

        Assert.Equal(["North", "South"], regions.Select(r => r.Group));
        foreach (var member in regions.SelectMany(r => r.Members))
        {
            Assert.Equal(groupRanks[result.Units.Select(u => u.Code).ToList().IndexOf(member.Unit)], member.GroupRank);
        }

        Assert.Equal(["U3"], regions[0].Leaders);
        Assert.Equal((0 + 31.25 + (425.0 / 6)) / 3, regions[0].MeanScore, 9);
    }

    [Fact]
    public void Units_without_a_region_are_left_out()
    {
        var units = ImmutableArray.Create(Build.Unit("U1", ("Region", "A")), new Unit("U2", "U2"));
        var result = IndexBuilder.Build(
            IndexFrameworkWithOneIndicator(),
            Dataset.Create(UnitTable.FromRows(units, ["I"], [[1.0], [2.0]])),
            new Methodology { OutlierTreatment = OutlierTreatmentSpec.None });

        Assert.Equal(["U1"], GroupStatistics.Summarise(result, "Region").Single().Members.Select(m => m.Unit));
    }

    private static Nq52Metrics.Frameworks.IndexFramework IndexFrameworkWithOneIndicator() =>
        Nq52Metrics.Frameworks.IndexFramework.Create([Nodes.Indicator("I", "Index", 1), Nodes.Aggregate("Index", 2, null)], ["Region"]);
}
