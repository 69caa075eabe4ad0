using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Frameworks;

/// <summary>An index has exactly one top node: a framework with several is refused with all of them named.</summary>
public sealed class TopNodeTests
{
    [Fact]
    public void Two_top_level_nodes_are_an_error_that_names_both()
    {
        FrameworkNode[] nodes =
        [
            Nodes.Indicator("I1", "A"),
            Nodes.Indicator("I2", "B"),
            Nodes.Aggregate("A", 2, null),
            Nodes.Aggregate("B", 2, null),
        ];

        var e = Problems.AssertSingle(() => IndexFramework.Create(nodes), "framework", "2 top-level nodes (\"A\", \"B\") at level 2");

        Assert.Contains("exactly one top node", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_without_any_aggregate_are_several_top_nodes()
    {
        FrameworkNode[] nodes = [Nodes.Aggregate("I1", 1, null), Nodes.Aggregate("I2", 1, null), Nodes.Aggregate("I3", 1, null)];

        Problems.AssertSingle(() => IndexFramework.Create(nodes), "framework", "3 top-level nodes (\"I1\", \"I2\", \"I3\") at level 1");
    }

    [Fact]
    public void A_single_indicator_is_its_own_index()
    {
        var framework = IndexFramework.Create([Nodes.Aggregate("I1", 1, null)]);

        Assert.Single(framework.Nodes);
    }

    [Fact]
    public void A_meta_file_with_two_roots_is_refused_with_the_file_name()
    {
        const string meta = """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,A1,Alpha,1,1,P1,Indicator
            1,B1,Beta,1,1,P2,Indicator
            2,P1,Pillar one,1,1,,Aggregate
            2,P2,Pillar two,1,1,,Aggregate
            """;

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseMeta(meta, "iMeta.csv"));

        Problems.AssertHas(e, "iMeta.csv: framework", "2 top-level nodes (\"P1\", \"P2\")");
    }

    [Fact]
    public void A_lower_node_without_parent_is_reported_as_such_not_as_a_second_top()
    {
        FrameworkNode[] nodes =
        [
            Nodes.Indicator("I1", "P1"),
            Nodes.Indicator("I2", null!),
            Nodes.Aggregate("P1", 2, null),
        ];

        var e = Problems.Thrown(() => IndexFramework.Create(nodes));

        Problems.AssertHas(e, "node \"I2\"", "below the top level");
        Assert.DoesNotContain(e.Problems, p => p.Message.Contains("top-level nodes", StringComparison.Ordinal));
    }
}
