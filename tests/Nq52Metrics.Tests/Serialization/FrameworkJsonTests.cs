using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

public sealed class FrameworkJsonTests
{
    private static IndexFramework RichFramework() => IndexFramework.Create(
        [
            new FrameworkNode
            {
                Code = "I1", Name = "Indicator one", Level = 1, Parent = "P", Weight = 0.1 + 0.2, Direction = Direction.Negative,
                Unit = "% of GDP", Target = 1e-17, Denominator = "Pop", Goalposts = new Goalposts(-3.5, 5.0999999999999996),
            },
            new FrameworkNode { Code = "I2", Level = 1, Parent = "P", Weight = 2, Unit = "Thành phố – ñ" },
            new FrameworkNode { Code = "P", Name = "Pillar", Level = 2, Parent = "Top", Weight = 1.5 },
            new FrameworkNode { Code = "Top", Name = "The \"index\"", Level = 3 },
        ],
        ["Region", "Income"],
        ["Pop"]);

    [Fact]
    public void Serialize_then_parse_gives_the_same_nodes_groups_and_denominators()
    {
        var framework = RichFramework();

        var back = FrameworkJson.Parse(FrameworkJson.Serialize(framework, "My index"));

        Assert.Equal(framework.Nodes, back.Nodes);
        Assert.Equal(framework.GroupColumns, back.GroupColumns);
        Assert.Equal(framework.DenominatorColumns, back.DenominatorColumns);
    }

    [Fact]
    public void Save_then_load_round_trips_through_a_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("framework.json");

        FrameworkJson.Save(RichFramework(), path, "My index");
        var back = FrameworkJson.Load(path);

        Assert.Equal(RichFramework().Nodes, back.Nodes);
        Assert.Equal(["framework.json"], folder.FileNames());
        Assert.Contains("\"name\": \"My index\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Weights_and_targets_survive_a_round_trip_bit_for_bit(PositiveInt scaled, NormalFloat target, NormalFloat lower)
    {
        var weight = scaled.Get / 7.0;
        var framework = IndexFramework.Create(
        [
            new FrameworkNode { Code = "I", Level = 1, Parent = "T", Weight = weight, Target = target.Get, Goalposts = new Goalposts(lower.Get, lower.Get + 1) },
            new FrameworkNode { Code = "T", Level = 2 },
        ]);

        var node = FrameworkJson.Parse(FrameworkJson.Serialize(framework))["I"];

        return (node.Weight.Equals(weight) && node.Target.Equals(target.Get) && node.Goalposts == new Goalposts(lower.Get, lower.Get + 1))
            .Label($"weight {weight:R}, target {target.Get:R}, lower {lower.Get:R}");
    }

    [Fact]
    public void Optional_fields_take_the_node_defaults_and_null_means_absent()
    {
        var framework = FrameworkJson.Parse("""
            {"nodes": [
              {"code": "I", "level": 1, "parent": "T", "name": null, "unit": null, "target": null, "goalposts": null, "weight": null, "direction": null},
              {"code": "T", "level": 2, "parent": null}
            ]}
            """);

        var node = framework["I"];
        Assert.Equal(new FrameworkNode { Code = "I", Level = 1, Parent = "T" }, node);
        Assert.Equal(1.0, node.Weight);
        Assert.Equal(Direction.Positive, node.Direction);
        Assert.Empty(framework.GroupColumns);
    }

    [Fact]
    public void Malformed_json_names_the_file_line_and_column()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse("{\n  \"nodes\": [\n    {\"code\": \"I\", \"level\": 1,}\n  ]\n}", "fw.json"));

        var problem = Assert.Single(e.Problems);
        Assert.StartsWith("fw.json line 3, column ", problem.Location, StringComparison.Ordinal);
        Assert.EndsWith(", in nodes[0]", problem.Location, StringComparison.Ordinal);
        Assert.StartsWith("the text is not valid JSON: ", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_an_error_naming_its_line_and_path_and_the_allowed_names()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse(
            "{\"nodes\": [\n {\"code\": \"T\", \"level\": 2},\n {\"code\": \"I\", \"level\": 1, \"parent\": \"T\",\n  \"colour\": \"red\"}]}", "fw.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("fw.json line 4, nodes[1].colour", problem.Location);
        Assert.Equal(
            "unknown property \"colour\"; the properties allowed here are code, name, level, parent, weight, direction, unit, target, denominator, goalposts, transform.",
            problem.Message);
    }

    [Fact]
    public void An_unknown_top_level_property_is_an_error()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse("{\"nodes\": [], \"indicators\": []}", "fw.json"));

        // The unknown key hides nothing: the empty node list is reported with it.
        Assert.Equal(["fw.json line 1, indicators", "fw.json line 1, nodes"], e.Problems.Select(p => p.Location));
        Assert.Contains("unknown property \"indicators\"", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"nodes\": [{\"code\": \"I\",\n \"level\": \"one\"}]}", "fw.json line 2, nodes[0].level", "expected a whole number, found the string \"one\".")]
    [InlineData("{\"nodes\": [{\"code\": \"I\", \"level\": 1.5}]}", "fw.json line 1, nodes[0].level", "expected a whole number, found 1.5.")]
    [InlineData("{\"nodes\": [{\"code\": \"I\", \"level\": 1, \"weight\": \"2\"}]}", "fw.json line 1, nodes[0].weight", "expected a number or null, found the string \"2\".")]
    [InlineData("{\"nodes\": {\"code\": \"I\"}}", "fw.json line 1, nodes", "expected an array, found an object.")]
    [InlineData("{\"nodes\": [{\"code\": 7, \"level\": 1}]}", "fw.json line 1, nodes[0].code", "expected a string, found 7.")]
    [InlineData("{\"nodes\": [{\"level\": 1}]}", "fw.json line 1, nodes[0]", "the required property \"code\" is missing.")]
    [InlineData("{\"nodes\": [{}]}", "fw.json line 1, nodes[0]", "the required properties \"code\", \"level\" are missing.")]
    [InlineData("{\"name\": \"x\"}", "fw.json line 1", "the required property \"nodes\" is missing.")]
    [InlineData("{\"nodes\": [{\"code\": \"I\", \"level\": 1,\n \"goalposts\": {\"lower\": 0}}]}", "fw.json line 2, nodes[0].goalposts", "the required property \"upper\" is missing.")]
    [InlineData("{\"nodes\": [null]}", "fw.json line 1, nodes[0]", "null is not allowed here (leave the property out to use its default).")]
    [InlineData("{\"nodes\": [{\"code\": null, \"level\": 1}]}", "fw.json line 1, nodes[0].code", "null is not allowed here (leave the property out to use its default).")]
    [InlineData("{\"nodes\": [{\"code\": \"I\", \"level\": 1,\n \"code\": \"J\"}]}", "fw.json line 2, nodes[0].code", "this property is given more than once.")]
    [InlineData("[{\"code\": \"I\", \"level\": 1}]", "fw.json line 1", "the file must hold a JSON object, not an array.")]
    public void A_value_of_the_wrong_shape_is_located_and_explained(string json, string location, string message)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse(json, "fw.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(location, problem.Location);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse("  \n", "fw.json"));

        Assert.Equal(new ValidationProblem(ProblemLocation.InFile("fw.json"), "the file is empty."), Assert.Single(e.Problems));
    }

    [Fact]
    public void Framework_problems_are_all_reported_with_node_locations_prefixed_by_the_file_name()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse("""
            {"nodes": [
              {"code": "I1", "level": 1, "parent": "Nowhere"},
              {"code": "I2", "level": 1, "parent": "T", "weight": -1},
              {"code": "I3", "level": 1, "parent": "T", "direction": 0},
              {"code": "T", "level": 2}
            ]}
            """, "fw.json"));

        Assert.Equal(3, e.Problems.Length);
        Assert.All(e.Problems, p => Assert.StartsWith("fw.json: node \"", p.Location, StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location == "fw.json: node \"I1\"" && p.Message.Contains("\"Nowhere\"", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location == "fw.json: node \"I2\"" && p.Message.Contains("weight -1", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location == "fw.json: node \"I3\"" && p.Message.Contains("direction 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_names_a_missing_file()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("absent.json");

        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Load(path));

        Assert.Equal(new ValidationProblem(ProblemLocation.InFile(path), "the file does not exist."), Assert.Single(e.Problems));
    }

    [Fact]
    public void Load_uses_the_file_name_in_locations()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.json", "{\"nodes\": [{\"code\": \"I\", \"level\": true}]}");

        var e = Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Load(path));

        Assert.Equal("broken.json line 1, nodes[0].level", Assert.Single(e.Problems).Location);
    }

    [Fact]
    public void Serialize_writes_camel_case_names_and_leaves_out_absent_values()
    {
        var json = FrameworkJson.Serialize(IndexFramework.Create(
            [new FrameworkNode { Code = "I", Level = 1, Parent = "T" }, new FrameworkNode { Code = "T", Level = 2 }]));

        Assert.Contains("\"nodes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"direction\": 1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"target\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"groups\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_ignored()
    {
        var framework = FrameworkJson.Parse("\uFEFF{\"nodes\": [{\"code\": \"I\", \"level\": 1, \"parent\": \"T\"}, {\"code\": \"T\", \"level\": 2}]}");

        Assert.Equal(2, framework.Nodes.Length);
    }
}
