using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Tests.Frameworks;

public sealed class FrameworkBuilderTests
{
    private static readonly FrameworkBuilder TwoPillars = new FrameworkBuilder("Index", "An index")
        .Aggregate("P1", parent: "Index", weight: 2)
        .Aggregate("P2", parent: "Index")
        .Indicator("a", parent: "P1", name: "A", direction: Direction.Negative, unit: "%")
        .Indicator("b", parent: "P1")
        .Indicator("c", parent: "P2");

    [Fact]
    public void Levels_are_worked_out_from_the_parents()
    {
        var framework = TwoPillars.Build();
        Assert.Equal(3, framework.MaxLevel);
        Assert.Equal(3, framework["Index"].Level);
        Assert.Equal(2, framework["P1"].Level);
        Assert.Equal(1, framework["a"].Level);
        Assert.Equal(["a", "b"], framework.ChildrenOf("P1").Select(n => n.Code));
        Assert.Equal(2, framework["P1"].Weight);
        Assert.Equal(Direction.Negative, framework["a"].Direction);
        Assert.Equal("%", framework["a"].Unit);
        Assert.Equal("An index", framework["Index"].Name);
    }

    [Fact]
    public void The_builder_is_immutable_so_a_prefix_can_be_shared()
    {
        var shorter = TwoPillars.Build();
        var longer = TwoPillars.Indicator("d", parent: "P2").Build();
        Assert.Equal(3, shorter.Indicators.Length);
        Assert.Equal(4, longer.Indicators.Length);
    }

    [Fact]
    public void An_unknown_parent_and_a_childless_aggregate_are_reported_together()
    {
        var error = Assert.Throws<Nq52ValidationException>(() => new FrameworkBuilder("Index")
            .Aggregate("Empty", parent: "Index")
            .Aggregate("P", parent: "Index")
            .Indicator("x", parent: "P")
            .Indicator("y", parent: "Nowhere")
            .Build());
        Assert.Contains(error.Problems, p => p.Where.Node == "y" && p.Message.Contains("\"Nowhere\"", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Where.Node == "Empty" && p.Message.Contains("no children", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("P", "Index")]
    [InlineData("Index", "Index")]
    public void A_code_added_twice_is_named_as_a_duplicate_not_as_a_childless_aggregate(string repeated, string parent)
    {
        var error = Assert.Throws<Nq52ValidationException>(() => new FrameworkBuilder("Index")
            .Aggregate("P", parent: "Index")
            .Aggregate(repeated, parent: parent)
            .Indicator("x", parent: "P")
            .Build());
        var problem = Assert.Single(error.Problems);
        Assert.Equal(repeated, problem.Where.Node);
        Assert.Contains("more than one node", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_code_is_refused_where_it_is_given_naming_the_parameter()
    {
        Assert.Equal("indexCode", Assert.Throws<ArgumentNullException>(() => new FrameworkBuilder(null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new FrameworkBuilder("Index").Aggregate(null!, parent: "Index")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new FrameworkBuilder("Index").Indicator(null!, parent: "Index")).ParamName);
    }

    [Fact]
    public void An_indicator_cannot_be_a_parent()
    {
        var error = Assert.Throws<Nq52ValidationException>(() => new FrameworkBuilder("Index")
            .Indicator("x", parent: "Index")
            .Indicator("y", parent: "x")
            .Build());
        Assert.Contains(error.Problems, p => p.Where.Node == "y");
    }

    [Fact]
    public void Indicators_at_different_depths_are_refused_by_the_framework_rules()
    {
        var error = Assert.Throws<Nq52ValidationException>(() => new FrameworkBuilder("Index")
            .Aggregate("P", parent: "Index")
            .Indicator("deep", parent: "P")
            .Indicator("shallow", parent: "Index")
            .Build());
        Assert.Contains(error.Problems, p => p.Where.Node == "shallow");
    }

    [Fact]
    public void A_bad_weight_is_reported_at_its_node()
    {
        var error = Assert.Throws<Nq52ValidationException>(() => new FrameworkBuilder("Index")
            .Indicator("x", parent: "Index", weight: double.NaN)
            .Build());
        Assert.Contains(error.Problems, p => p.Where.Node == "x" && p.Message.Contains("weight", StringComparison.Ordinal));
    }
}
