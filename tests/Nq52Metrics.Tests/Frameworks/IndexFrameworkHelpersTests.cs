using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Frameworks;

/// <summary>Look-ups, ordering, effective weights, re-weighting and pruning of <see cref="IndexFramework"/>.</summary>
public sealed class IndexFrameworkHelpersTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Nodes_are_ordered_indicators_first_then_aggregates_by_level()
    {
        var framework = IndexFramework.Create(
        [
            Nodes.Aggregate("Index", 3, null),
            Nodes.Indicator("B", "P2"),
            Nodes.Aggregate("P2", 2, "Index"),
            Nodes.Indicator("A", "P1"),
            Nodes.Aggregate("P1", 2, "Index"),
        ]);

        Assert.Equal(["B", "A", "P2", "P1", "Index"], framework.Nodes.Select(n => n.Code));
        Assert.Equal(["B", "A"], framework.Indicators.Select(n => n.Code));
        Assert.Equal(3, framework.MaxLevel);
    }

    [Fact]
    public void Look_ups_find_nodes_and_reject_unknown_codes()
    {
        var framework = TinyIndex.Framework();

        Assert.Equal(2.0, framework["I2"].Weight);
        Assert.True(framework.TryGetNode("P2", out var p2));
        Assert.Equal(2, p2.Level);
        Assert.False(framework.TryGetNode("Nope", out _));
        Assert.True(framework.Contains("Index"));
        Assert.False(framework.Contains("index"));
        Assert.Throws<KeyNotFoundException>(() => framework["Nope"]);
        Assert.Equal([TinyIndex.GroupColumn], framework.GroupColumns);
        Assert.Equal([TinyIndex.DenominatorColumn], framework.DenominatorColumns);
    }

    [Fact]
    public void ChildrenOf_lists_direct_children_in_framework_order()
    {
        var framework = TinyIndex.Framework();

        Assert.Equal(["I1", "I2"], framework.ChildrenOf("P1").Select(n => n.Code));
        Assert.Equal(["I3", "I4"], framework.ChildrenOf("P2").Select(n => n.Code));
        Assert.Equal(["P1", "P2"], framework.ChildrenOf("Index").Select(n => n.Code));
        Assert.Empty(framework.ChildrenOf("I1"));
        Assert.Throws<KeyNotFoundException>(() => framework.ChildrenOf("Nope"));
    }

    [Fact]
    public void NodesAtLevel_returns_the_level_in_order_and_nothing_for_a_missing_level()
    {
        var framework = TinyIndex.Framework();

        Assert.Equal(TinyIndex.IndicatorCodes, framework.NodesAtLevel(1).Select(n => n.Code));
        Assert.Equal(["P1", "P2"], framework.NodesAtLevel(2).Select(n => n.Code));
        Assert.Equal(["Index"], framework.NodesAtLevel(3).Select(n => n.Code));
        Assert.Empty(framework.NodesAtLevel(4));
        Assert.Empty(framework.NodesAtLevel(0));
    }

    [Fact]
    public void EffectiveWeights_normalise_within_each_parent_and_multiply_down()
    {
        var weights = TinyIndex.Framework().EffectiveWeights();

        Assert.Equal(1.0, weights["Index"], Tolerance);
        Assert.Equal(0.5, weights["P1"], Tolerance);
        Assert.Equal(0.5, weights["P2"], Tolerance);
        Assert.Equal(0.5 / 3, weights["I1"], Tolerance);
        Assert.Equal(1.0 / 3, weights["I2"], Tolerance);
        Assert.Equal(0.25, weights["I3"], Tolerance);
        Assert.Equal(0.25, weights["I4"], Tolerance);
        Assert.Equal(7, weights.Count);
    }

    [Fact]
    public void EffectiveWeight_of_the_top_node_is_one_whatever_its_own_weight()
    {
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("A", "S1", weight: 3),
            Nodes.Indicator("B", "S1", weight: 1),
            Nodes.Aggregate("S1", 2, null, weight: 7),
        ]);

        var weights = framework.EffectiveWeights();

        Assert.Equal(1.0, weights["S1"], Tolerance);
        Assert.Equal(0.75, weights["A"], Tolerance);
        Assert.Equal(0.25, weights["B"], Tolerance);
    }

    [Fact]
    public void WithWeights_replaces_only_the_given_weights_and_leaves_the_original_unchanged()
    {
        var original = TinyIndex.Framework();

        var reweighted = original.WithWeights(new Dictionary<string, double> { ["I1"] = 3, ["P2"] = 2 });

        Assert.Equal(3.0, reweighted["I1"].Weight);
        Assert.Equal(2.0, reweighted["P2"].Weight);
        Assert.Equal(2.0, reweighted["I2"].Weight);
        Assert.Equal(1.0, original["I1"].Weight);
        Assert.Equal(original.Nodes.Select(n => n.Code), reweighted.Nodes.Select(n => n.Code));
        Assert.Equal(original.GroupColumns, reweighted.GroupColumns);
        Assert.Equal(original.DenominatorColumns, reweighted.DenominatorColumns);
    }

    [Fact]
    public void WithWeights_reports_every_unknown_code()
    {
        var exception = Problems.Thrown(() => TinyIndex.Framework().WithWeights(new Dictionary<string, double> { ["Zed"] = 1, ["Abc"] = 1, ["I1"] = 2 }));

        Assert.Equal(["weight \"Abc\"", "weight \"Zed\""], exception.Problems.Select(p => p.Location));
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithWeights_rejects_invalid_weights_at_the_node(double weight) =>
        Problems.AssertSingle(
            () => TinyIndex.Framework().WithWeights(new Dictionary<string, double> { ["P1"] = weight }),
            "node \"P1\"",
            "weights must be finite and 0 or more");

    [Fact]
    public void WithWeights_refuses_to_weigh_every_child_of_an_aggregate_0() =>
        Problems.AssertSingle(
            () => TinyIndex.Framework().WithWeights(new Dictionary<string, double> { ["P1"] = 0, ["P2"] = 0 }),
            "node \"Index\"",
            "every child has weight 0");

    [Fact]
    public void Without_an_indicator_keeps_its_parent_while_it_has_other_children()
    {
        var pruned = TinyIndex.Framework().Without(["I1"]);

        Assert.Equal(["I2", "I3", "I4", "P1", "P2", "Index"], pruned.Nodes.Select(n => n.Code));
        Assert.Equal(["I2"], pruned.ChildrenOf("P1").Select(n => n.Code));
    }

    [Fact]
    public void Without_prunes_aggregates_left_without_children()
    {
        var pruned = TinyIndex.Framework().Without(["I1", "I2"]);

        Assert.Equal(["I3", "I4", "P2", "Index"], pruned.Nodes.Select(n => n.Code));
        Assert.Equal(1.0, pruned.EffectiveWeights()["P2"], Tolerance);
    }

    [Fact]
    public void Without_an_aggregate_removes_its_descendants()
    {
        var pruned = TinyIndex.Framework().Without(["P2"]);

        Assert.Equal(["I1", "I2", "P1", "Index"], pruned.Nodes.Select(n => n.Code));
        Assert.Equal([TinyIndex.GroupColumn], pruned.GroupColumns);
    }

    [Fact]
    public void Without_prunes_through_several_levels()
    {
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("A", "P1"),
            Nodes.Indicator("B", "P2"),
            Nodes.Aggregate("P1", 2, "S1"),
            Nodes.Aggregate("P2", 2, "S2"),
            Nodes.Aggregate("S1", 3, "Index"),
            Nodes.Aggregate("S2", 3, "Index"),
            Nodes.Aggregate("Index", 4, null),
        ]);

        var pruned = framework.Without(["A"]);

        Assert.Equal(["B", "P2", "S2", "Index"], pruned.Nodes.Select(n => n.Code));
    }

    [Fact]
    public void Without_everything_is_rejected() =>
        Problems.AssertSingle(() => TinyIndex.Framework().Without(["Index"]), "framework", "leaves nothing");

    [Fact]
    public void Without_reports_every_unknown_code()
    {
        var exception = Problems.Thrown(() => TinyIndex.Framework().Without(["I1", "Nope", "Ghost"]));

        Assert.Equal(["excluded node \"Nope\"", "excluded node \"Ghost\""], exception.Problems.Select(p => p.Location));
    }
}
