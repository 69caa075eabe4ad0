using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Frameworks;

/// <summary>Every way <see cref="IndexFramework.Create"/> rejects a framework, and that it reports all problems at once.</summary>
public sealed class IndexFrameworkValidationTests
{
    /// <summary>A valid three-level skeleton (I1, I2 → P1 → Index) that each test breaks in one place.</summary>
    private static List<FrameworkNode> Valid() =>
    [
        Nodes.Indicator("I1", "P1"),
        Nodes.Indicator("I2", "P1"),
        Nodes.Aggregate("P1", 2, "Index"),
        Nodes.Aggregate("Index", 3, null),
    ];

    private static List<FrameworkNode> ValidWith(string code, Func<FrameworkNode, FrameworkNode> change) =>
        Valid().Select(n => n.Code == code ? change(n) : n).ToList();

    [Fact]
    public void The_valid_skeleton_is_accepted()
    {
        var framework = IndexFramework.Create(Valid());
        Assert.Equal(4, framework.Nodes.Length);
    }

    [Fact]
    public void No_nodes_is_rejected() =>
        Problems.AssertSingle(() => IndexFramework.Create([]), "framework", "no nodes");

    [Fact]
    public void An_empty_code_is_reported_by_position()
    {
        var nodes = ValidWith("I2", n => n with { Code = "" });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node #2", "code is empty");
    }

    [Fact]
    public void A_blank_code_is_reported_as_empty()
    {
        var nodes = ValidWith("I2", n => n with { Code = "   " });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"   \"", "code is empty");
    }

    [Theory]
    [InlineData("I 2")]
    [InlineData("I2\t")]
    [InlineData("I\n2")]
    public void White_space_inside_a_code_is_rejected(string code)
    {
        var nodes = ValidWith("I2", n => n with { Code = code });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), $"node \"{code}\"", "white space");
    }

    [Fact]
    public void A_duplicate_code_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Indicator("I1", "P1"));
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I1\"", "more than one node");
    }

    [Fact]
    public void An_unknown_parent_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Indicator("I3", "Nowhere"));
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I3\"", "parent \"Nowhere\" is not a node");
    }

    [Fact]
    public void A_cycle_is_reported_on_every_node_of_the_loop()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Aggregate("C1", 2, "C2"));
        nodes.Add(Nodes.Aggregate("C2", 3, "C1"));
        var exception = Problems.Thrown(() => IndexFramework.Create(nodes));
        Problems.AssertHas(exception, "node \"C1\"", "loops back on itself");
        Problems.AssertHas(exception, "node \"C2\"", "loops back on itself");
        Assert.DoesNotContain(exception.Problems, p => p.Message.Contains("loops", StringComparison.Ordinal) && p.Location is "node \"P1\"" or "node \"Index\"");
    }

    [Fact]
    public void A_node_that_is_its_own_parent_is_a_cycle()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Aggregate("Self", 3, "Self"));
        var exception = Problems.Thrown(() => IndexFramework.Create(nodes));
        Problems.AssertHas(exception, "node \"Self\"", "loops back on itself");
    }

    [Fact]
    public void An_aggregate_without_children_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Aggregate("P2", 2, "Index"));
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"P2\"", "without children");
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_weight_that_is_negative_or_not_finite_is_rejected(double weight)
    {
        var nodes = ValidWith("I2", n => n with { Weight = weight });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I2\"", "weights must be finite and 0 or more");
    }

    [Fact]
    public void A_weight_of_0_is_accepted_while_a_sibling_weighs_more()
    {
        var framework = IndexFramework.Create(ValidWith("I2", n => n with { Weight = 0 }));

        Assert.Equal(0, framework["I2"].Weight);
    }

    [Fact]
    public void A_weight_of_minus_0_is_0()
    {
        var framework = IndexFramework.Create(ValidWith("I2", n => n with { Weight = -0.0 }));

        Assert.False(double.IsNegative(framework["I2"].Weight));
    }

    [Fact]
    public void An_aggregate_whose_children_all_weigh_0_is_refused_at_the_aggregate()
    {
        var nodes = Valid().Select(n => n.Level == 1 ? n with { Weight = 0 } : n).ToList();

        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"P1\"", "every child has weight 0");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-2)]
    public void A_direction_other_than_plus_or_minus_one_is_rejected(int direction)
    {
        var nodes = ValidWith("I1", n => n with { Direction = (Direction)direction });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I1\"", $"direction {direction} is invalid");
    }

    [Fact]
    public void A_parent_not_exactly_one_level_up_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Indicator("I3", "Index"));
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I3\"", "exactly one level up (2)");
    }

    [Fact]
    public void A_node_below_the_top_level_without_a_parent_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(Nodes.Indicator("I3", "P2"));
        nodes.Add(Nodes.Aggregate("P2", 2, null));
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"P2\"", "no parent but is at level 2, below the top level 3");
    }

    [Fact]
    public void A_level_below_one_is_rejected()
    {
        var nodes = Valid();
        nodes.Add(new FrameworkNode { Code = "Z", Level = 0, Parent = "I1" });
        var exception = Problems.Thrown(() => IndexFramework.Create(nodes));
        Problems.AssertHas(exception, "node \"Z\"", "level 0 is invalid");
    }

    [Fact]
    public void A_framework_without_indicators_is_rejected()
    {
        var exception = Problems.Thrown(() => IndexFramework.Create([Nodes.Aggregate("A", 2, "Top"), Nodes.Aggregate("Top", 3, null)]));
        Problems.AssertHas(exception, "framework", "no indicators");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_target_that_is_not_finite_is_rejected(double target)
    {
        var nodes = ValidWith("I1", n => n with { Target = target });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I1\"", "target is not a finite number");
    }

    [Theory]
    [InlineData(5.0, 5.0)]
    [InlineData(double.NaN, 5.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    public void Goalposts_that_are_equal_or_not_finite_are_rejected(double lower, double upper)
    {
        var nodes = ValidWith("I1", n => n with { Goalposts = new Goalposts(lower, upper) });
        Problems.AssertSingle(() => IndexFramework.Create(nodes), "node \"I1\"", "goalposts must be two different finite numbers");
    }

    [Fact]
    public void Group_and_denominator_column_names_are_checked()
    {
        var exception = Problems.Thrown(() => IndexFramework.Create(Valid(), ["Region", "Region", " "], ["I1"]));
        Problems.AssertHas(exception, "group column \"Region\"", "more than once");
        Problems.AssertHas(exception, "group column", "a name is empty");
        Problems.AssertHas(exception, "denominator column \"I1\"", "a node of the framework has the same code");
        Assert.Equal(3, exception.Problems.Length);
    }

    [Fact]
    public void Every_problem_is_reported_together_with_its_location()
    {
        List<FrameworkNode> nodes =
        [
            Nodes.Indicator("I1", "P1", weight: -3),
            Nodes.Indicator("I 2", "P1"),
            Nodes.Indicator("I3", "Ghost"),
            Nodes.Indicator("I1", "P1"),
            Nodes.Indicator("I4", "Index", direction: (Direction)3),
            new FrameworkNode { Code = "", Level = 1, Parent = "P1" },
            Nodes.Aggregate("P1", 2, "Index", weight: double.NaN),
            Nodes.Aggregate("Empty", 2, "Index"),
            Nodes.Aggregate("Orphan", 2, null),
            Nodes.Indicator("I5", "Orphan"),
            Nodes.Aggregate("Index", 3, null),
        ];

        var exception = Problems.Thrown(() => IndexFramework.Create(nodes));

        Problems.AssertHas(exception, "node \"I1\"", "weight -3 is invalid");
        Problems.AssertHas(exception, "node \"I 2\"", "white space");
        Problems.AssertHas(exception, "node \"I3\"", "parent \"Ghost\" is not a node");
        Problems.AssertHas(exception, "node \"I1\"", "more than one node");
        Problems.AssertHas(exception, "node \"I4\"", "direction 3 is invalid");
        Problems.AssertHas(exception, "node \"I4\"", "exactly one level up");
        Problems.AssertHas(exception, "node #6", "code is empty");
        Problems.AssertHas(exception, "node \"P1\"", "weight NaN is invalid");
        Problems.AssertHas(exception, "node \"Empty\"", "without children");
        Problems.AssertHas(exception, "node \"Orphan\"", "no parent but is at level 2");
        Assert.Equal(10, exception.Problems.Length);
        Assert.StartsWith("10 problems:", exception.Message, StringComparison.Ordinal);
        Assert.All(exception.Problems, p => Assert.Contains(p.ToString(), exception.Message, StringComparison.Ordinal));
    }
}
