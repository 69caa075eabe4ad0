using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Keeps docs/formats.md, the JSON schemas and the code in agreement: every example is accepted by the readers and
/// by the schema, the schemas name exactly the properties the readers know, the documentation tables list every
/// property, and the result examples are what a real build of the page's example writes.
/// </summary>
public sealed class FormatsDocumentTests
{
    private static readonly SchemaChecker FrameworkSchema = new(RepositoryFiles.ReadText("schemas", "framework.schema.json"));
    private static readonly SchemaChecker MethodSchema = new(RepositoryFiles.ReadText("schemas", "method.schema.json"));

    private static string Example(string name)
    {
        Assert.True(FormatsDocument.Examples.TryGetValue(name, out var text), $"docs/formats.md has no example \"{name}\".");
        return text!;
    }

    private static List<string> DtoNames(Type type) =>
        SerializationContext.Default.GetTypeInfo(type)!.Properties.Select(p => p.Name).ToList();

    private static List<string> DtoRequired(Type type) =>
        SerializationContext.Default.GetTypeInfo(type)!.Properties.Where(p => p.IsRequired).Select(p => p.Name).ToList();

    private static List<string> SchemaNames(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

    private static List<string> SchemaRequired(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToList() : [];

    private static JsonElement Property(SchemaChecker checker, JsonElement schema, string name) =>
        checker.Resolve(schema.GetProperty("properties").GetProperty(name));

    [Fact]
    public void Every_code_block_of_the_page_is_a_checked_example()
    {
        var blocks = FormatsDocument.FencedBlocks().ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.True(b.Marked, $"a ```{b.Language} block has no example marker, so no test reads it."));
        Assert.Equal(
            ["framework", "idata", "imeta", "method", "method-issue", "result-csv", "result-json", "weights"],
            FormatsDocument.Examples.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_framework_schema_names_exactly_the_properties_the_reader_knows()
    {
        var root = FrameworkSchema.Root;
        var node = FrameworkSchema.Resolve(root.GetProperty("properties").GetProperty("nodes").GetProperty("items"));
        var goalposts = Property(FrameworkSchema, node, "goalposts");

        Assert.Equal(DtoNames(typeof(FrameworkDocument)), SchemaNames(root));
        Assert.Equal(DtoNames(typeof(FrameworkNodeDocument)), SchemaNames(node));
        Assert.Equal(DtoNames(typeof(GoalpostsDocument)), SchemaNames(goalposts));
        Assert.Equal(DtoRequired(typeof(FrameworkDocument)), SchemaRequired(root));
        Assert.Equal(DtoRequired(typeof(FrameworkNodeDocument)), SchemaRequired(node));
        Assert.Equal(DtoRequired(typeof(GoalpostsDocument)), SchemaRequired(goalposts));
        Assert.All([root, node, goalposts], s => Assert.Equal(JsonValueKind.False, s.GetProperty("additionalProperties").ValueKind));
    }

    [Fact]
    public void The_method_schema_names_exactly_the_keys_the_reader_knows()
    {
        var root = MethodSchema.Root;
        var denominateObject = MethodSchema.Resolve(root.GetProperty("properties").GetProperty("denominate"))
            .GetProperty("oneOf").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "object");
        var outliers = Property(MethodSchema, root, "outliers");
        var overrideSettings = MethodSchema.Resolve(outliers.GetProperty("properties").GetProperty("overrides").GetProperty("additionalProperties"));

        Assert.Equal(DtoNames(typeof(MethodDocument)), SchemaNames(root));
        Assert.Equal(DtoNames(typeof(DenominateDocument)), SchemaNames(denominateObject));
        Assert.Equal(DtoNames(typeof(ImputeDocument)), SchemaNames(Property(MethodSchema, root, "impute")));
        Assert.Equal(DtoNames(typeof(ScreenDocument)), SchemaNames(Property(MethodSchema, root, "screen")));
        Assert.Equal(DtoNames(typeof(OutliersDocument)), SchemaNames(outliers));
        Assert.Equal(DtoNames(typeof(OutliersDocument)).Where(n => n != "overrides"), SchemaNames(overrideSettings));
        Assert.Equal(DtoNames(typeof(NormaliseDocument)), SchemaNames(Property(MethodSchema, root, "normalise")));
        Assert.Equal(DtoNames(typeof(AggregateDocument)), SchemaNames(Property(MethodSchema, root, "aggregate")));
        Assert.Equal(DtoNames(typeof(RankingDocument)), SchemaNames(Property(MethodSchema, root, "ranking")));
    }

    [Fact]
    public void The_method_schema_lists_the_names_the_reader_accepts()
    {
        static IEnumerable<string> Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        var root = MethodSchema.Root;
        var outliers = Property(MethodSchema, root, "outliers");

        Assert.Equal(MethodNames.Imputation.Choices, string.Join(", ", Enum(Property(MethodSchema, Property(MethodSchema, root, "impute"), "method"))));
        Assert.Equal(MethodNames.Outliers.Choices, string.Join(", ", Enum(Property(MethodSchema, outliers, "method"))));
        Assert.Equal(MethodNames.Log.Choices, string.Join(", ", Enum(Property(MethodSchema, outliers, "log"))));
        Assert.Equal(MethodNames.Normalisation.Choices, string.Join(", ", Enum(Property(MethodSchema, Property(MethodSchema, root, "normalise"), "method"))));
        Assert.Equal(MethodNames.Aggregation.Choices, string.Join(", ", Enum(Property(MethodSchema, Property(MethodSchema, root, "aggregate"), "method"))));
        Assert.Equal(MethodNames.Ties.Choices, string.Join(", ", Enum(Property(MethodSchema, Property(MethodSchema, root, "ranking"), "ties"))));
    }

    [Fact]
    public void The_framework_section_documents_every_property()
    {
        var section = FormatsDocument.Section("## Framework JSON");

        foreach (var name in DtoNames(typeof(FrameworkDocument)).Concat(DtoNames(typeof(FrameworkNodeDocument))))
        {
            Assert.Contains($"\n| `{name}` |", section, StringComparison.Ordinal);
        }

        foreach (var name in DtoNames(typeof(GoalpostsDocument)))
        {
            Assert.Contains($"\"{name}\"", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_method_section_documents_every_key_field_and_name()
    {
        var section = FormatsDocument.Section("## Method file");
        var names = new[] { typeof(MethodDocument), typeof(DenominateDocument), typeof(ImputeDocument), typeof(ScreenDocument), typeof(OutliersDocument), typeof(NormaliseDocument), typeof(AggregateDocument), typeof(RankingDocument) }
            .SelectMany(DtoNames)
            .Concat(new[] { MethodNames.Imputation.Choices, MethodNames.Outliers.Choices, MethodNames.Log.Choices, MethodNames.Normalisation.Choices, MethodNames.Aggregation.Choices, MethodNames.Ties.Choices }
                .SelectMany(c => c.Split(", ")));

        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            Assert.Contains($"`{name}`", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_framework_example_is_accepted_by_the_reader_and_the_schema_and_matches_the_imeta_example()
    {
        var json = Example("framework");

        Assert.Empty(FrameworkSchema.Check(json));
        var fromJson = FrameworkJson.Parse(json);
        var fromMeta = CoinrCsv.ParseMeta(Example("imeta"));
        Assert.Equal(fromMeta.Nodes, fromJson.Nodes);
        Assert.Equal(fromMeta.GroupColumns, fromJson.GroupColumns);
        Assert.Equal(fromMeta.DenominatorColumns, fromJson.DenominatorColumns);
    }

    [Theory]
    [InlineData("""{"nodes": [{"code": "I", "level": 1, "colour": "red"}]}""")]
    [InlineData("""{"nodes": [{"code": "I", "level": 1, "direction": 0}]}""")]
    [InlineData("""{"nodes": [{"code": "I"}]}""")]
    [InlineData("""{"nodes": [{"code": "I", "level": 1, "weight": -1}]}""")]
    [InlineData("""{"nodes": [{"code": "I", "level": 1, "goalposts": {"lower": 1}}]}""")]
    [InlineData("""{"nodes": []}""")]
    public void The_framework_schema_rejects_what_the_reader_rejects(string json)
    {
        Assert.NotEmpty(FrameworkSchema.Check(json));
        Assert.Throws<Nq52ValidationException>(() => FrameworkJson.Parse(json));
    }

    [Theory]
    [InlineData("""{"normalise": {"method": "minmax2"}}""")]
    [InlineData("""{"outliers": {"overrides": {"X": {"overrides": {}}}}}""")]
    [InlineData("""{"aggregate": {"byLevel": {"two": "geometric"}}}""")]
    [InlineData("""{"denominate": "yes"}""")]
    [InlineData("""{"screen": {"minDataAvailability": 2}}""")]
    public void The_method_schema_rejects_what_the_reader_rejects(string json)
    {
        Assert.NotEmpty(MethodSchema.Check(json));
        Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json));
    }

    [Theory]
    [InlineData("method")]
    [InlineData("method-issue")]
    public void The_method_examples_are_accepted_by_the_reader_and_the_schema(string name)
    {
        var json = Example(name);

        Assert.Empty(MethodSchema.Check(json));
        Assert.IsType<Methodology>(MethodologyJson.Parse(json));
    }

    [Fact]
    public void The_issue_example_on_the_page_is_the_coinr_default()
    {
        MethodologyAssert.Equal(Methodology.CoinrAsemExample, MethodologyJson.Parse(Example("method-issue")));
    }

    [Fact]
    public void The_data_and_weights_examples_fit_the_framework_example()
    {
        var framework = FrameworkJson.Parse(Example("framework"));

        var data = CoinrCsv.ParseData(Example("idata"), framework);
        var weighted = framework.WithWeights(CoinrCsv.ParseWeights(Example("weights")));

        Assert.Equal(5, data.Units.Length);
        Assert.True(double.IsNaN(data.Indicators["BBB", "Forest"]));
        Assert.Equal(2, weighted["Green"].Weight);
        Assert.Equal(0.5, weighted["Patents"].Weight);
    }

    private static IndexResult BuildExample()
    {
        var framework = FrameworkJson.Parse(Example("framework"));
        return IndexBuilder.Build(framework, CoinrCsv.ParseData(Example("idata"), framework), MethodologyJson.Parse(Example("method")));
    }

    [Fact]
    public void The_result_csv_example_is_the_start_of_a_real_build()
    {
        using var written = new StringWriter();
        ResultWriter.WriteCsv(BuildExample(), written);

        var example = Example("result-csv");
        Assert.StartsWith(example, written.ToString(), StringComparison.Ordinal);
        Assert.True(example.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 5);
    }

    [Fact]
    public void The_result_json_example_is_an_excerpt_of_a_real_build()
    {
        var real = ResultWriter.ToDocument(BuildExample());

        var example = JsonSerializer.Deserialize(Example("result-json"), SerializationContext.Default.ResultDocument)!;

        Assert.Equal(real.Index, example.Index);
        Assert.Equal(
            JsonSerializer.Serialize(real.Methodology, SerializationContext.Default.MethodDocument),
            JsonSerializer.Serialize(example.Methodology, SerializationContext.Default.MethodDocument));
        Assert.Equal(
            JsonSerializer.Serialize(real.Framework, SerializationContext.Default.FrameworkDocument),
            JsonSerializer.Serialize(example.Framework, SerializationContext.Default.FrameworkDocument));
        Assert.NotEmpty(example.Units);
        foreach (var unit in example.Units)
        {
            var expected = real.Units.Single(u => u.Code == unit.Code);
            Assert.Equal(expected.Name, unit.Name);
            Assert.Equal(expected.Groups, unit.Groups);
            Assert.Equal(expected.Scores, unit.Scores);
            Assert.Equal(expected.Ranks, unit.Ranks);
        }
    }

    [Fact]
    public void The_result_csv_columns_on_the_page_are_the_writer_columns()
    {
        var section = FormatsDocument.Section("### Tidy CSV");

        foreach (var column in ResultWriter.CsvColumns)
        {
            Assert.Contains($"\n| `{column}` |", section, StringComparison.Ordinal);
        }

        Assert.StartsWith(string.Join(",", ResultWriter.CsvColumns) + "\n", Example("result-csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_json_properties_on_the_page_are_the_writer_properties()
    {
        var section = FormatsDocument.Section("### JSON");

        foreach (var name in DtoNames(typeof(ResultDocument)).Concat(DtoNames(typeof(ResultUnitDocument))))
        {
            Assert.Contains($"`{name}`", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_schema_checker_is_a_full_validator()
    {
        // Keywords our schemas do not use yet are evaluated too.
        var checker = new SchemaChecker("""{"type": "object", "maxProperties": 1, "dependentRequired": {"a": ["b"]}}""");

        Assert.Empty(checker.Check("{}"));
        Assert.NotEmpty(checker.Check("""{"x": 1, "y": 2}"""));
        Assert.NotEmpty(checker.Check("""{"a": 1}"""));

        // The problems are the library's own, worded and located as a file's are.
        Assert.Contains(checker.Check("""{"x": 1, "y": 2}"""), p => p.EndsWith(": an object is not allowed here (maxProperties).", StringComparison.Ordinal));
        Assert.Equal(["document line 1, b: 3 is below the minimum 5."], new SchemaChecker("""{"properties": {"b": {"minimum": 5}}}""").Check("""{"b": 3}"""));

        // Nested refusals are evaluated too: 1 is refused by "not (not a string)".
        Assert.Equal(["document line 1: 1 is not allowed here."], new SchemaChecker("""{"not": {"not": {"type": "string"}}}""").Check("1"));
    }

    private static JsonTypeInfo TypeInfo(Type type) => SerializationContext.Default.GetTypeInfo(type)!;

    [Fact]
    public void Every_document_type_rejects_unknown_properties()
    {
        foreach (var type in new[] { typeof(FrameworkDocument), typeof(FrameworkNodeDocument), typeof(MethodDocument), typeof(OutliersDocument), typeof(ResultDocument), typeof(ResultUnitDocument) })
        {
            Assert.Equal(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, TypeInfo(type).UnmappedMemberHandling ?? TypeInfo(type).Options.UnmappedMemberHandling);
        }
    }
}
