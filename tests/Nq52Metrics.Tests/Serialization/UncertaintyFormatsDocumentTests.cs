using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Keeps the uncertainty sections of docs/formats.md, schemas/uncertainty.schema.json and the code in agreement: the
/// schema names exactly the properties the reader knows, the page documents every key and every output column, and
/// the page's example is the issue's example, accepted by the reader and the schema.
/// </summary>
public sealed partial class UncertaintyFormatsDocumentTests
{
    private static readonly SchemaChecker Schema = new(RepositoryFiles.ReadText("schemas", "uncertainty.schema.json"));
    private static readonly SchemaChecker MethodSchema = new(RepositoryFiles.ReadText("schemas", "method.schema.json"));

    private static List<string> DtoNames(Type type) =>
        SerializationContext.Default.GetTypeInfo(type)!
            .Properties.Select(p => p.Name).ToList();

    private static JsonElement Property(SchemaChecker checker, JsonElement schema, string name) =>
        checker.Resolve(schema.GetProperty("properties").GetProperty(name));

    private static List<string> SchemaNames(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>The example of the spec section: the inline code span on a line of its own that holds a JSON object.</summary>
    private static string PageExample()
    {
        var match = InlineJsonLine().Match(FormatsDocument.Section("## Uncertainty spec file"));
        Assert.True(match.Success, "the spec section has no example line.");
        return match.Groups["json"].Value;
    }

    [Fact]
    public void The_schema_names_exactly_the_properties_the_reader_knows()
    {
        var root = Schema.Root;
        var weights = Property(Schema, root, "weights");
        var alternatives = Property(Schema, root, "alternatives");

        Assert.Equal(DtoNames(typeof(UncertaintySpecDocument)), SchemaNames(root));
        Assert.Equal(DtoNames(typeof(UncertaintyWeightsDocument)), SchemaNames(weights));
        Assert.Equal(DtoNames(typeof(UncertaintyAlternativesDocument)), SchemaNames(alternatives));
        Assert.All([root, weights, alternatives], s => Assert.Equal(JsonValueKind.False, s.GetProperty("additionalProperties").ValueKind));
    }

    [Theory]
    [InlineData("impute")]
    [InlineData("normalise")]
    [InlineData("aggregate")]
    public void The_step_alternatives_have_the_shape_of_the_method_file_steps(string step)
    {
        var item = Schema.Resolve(Property(Schema, Schema.Root, "alternatives").GetProperty("properties").GetProperty(step).GetProperty("items"));
        var methodStep = Property(MethodSchema, MethodSchema.Root, step);

        Assert.Equal(methodStep.GetRawText(), item.GetRawText());
    }

    [Fact]
    public void The_schema_lists_the_type_names_the_reader_accepts()
    {
        var names = Property(Schema, Schema.Root, "type").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(UncertaintyNames.Type.Choices, string.Join(", ", names));
    }

    [Fact]
    public void The_page_example_is_the_issue_example_and_both_the_reader_and_the_schema_accept_it()
    {
        var example = PageExample();

        Assert.Equal(UncertaintySpecJsonTests.IssueExample, example);
        Assert.Empty(Schema.Check(example));
        UncertaintySpecAssert.Equal(UncertaintySpecJsonTests.IssueSpec, UncertaintySpecJson.Parse(example));
    }

    [Fact]
    public void The_schema_accepts_what_the_writer_writes()
    {
        var spec = UncertaintySpecJson.Parse("""
            {"runs": 40, "type": "SA", "target": "P1", "weights": {"noise": {"1": 0.1, "2": 0.5}, "sets": 7},
             "alternatives": {"outliers.maxWinsorised": [0, 2], "outliers": ["on", false],
                              "impute": [{"method": "none"}, {"method": "mean", "group": null}],
                              "normalise": [{"method": "rank"}, {"method": "goalposts", "scale": 10, "truncate": false}],
                              "aggregate": [{"method": "harmonic", "byLevel": {"2": "arithmetic"}, "minDataAvailability": 0.5}],
                              "exclude": [[], ["A1"]]},
             "bootstrap": 0, "quasiRandom": true, "threads": 2}
            """);

        Assert.Empty(Schema.Check(UncertaintySpecJson.Serialize(spec)));
        Assert.Empty(Schema.Check(UncertaintySpecJson.Serialize(spec with { WeightNoise = spec.WeightNoise.Clear(), WeightSets = [ImmutableDictionary<string, double>.Empty.Add("A1", 2)] })));
    }

    [Theory]
    [InlineData("""{"runs": 1}""")]
    [InlineData("""{"seed": -1}""")]
    [InlineData("""{"type": "sa"}""")]
    [InlineData("""{"target": " "}""")]
    [InlineData("""{"weights": {"noise": {"0": 0.1}}}""")]
    [InlineData("""{"weights": {"noise": {"2": 1}}}""")]
    [InlineData("""{"weights": {"explicit": [{"P1": -0.5}]}}""")]
    [InlineData("""{"alternatives": {"outliers.maxWinsorised": []}}""")]
    [InlineData("""{"alternatives": {"outliers": ["maybe"]}}""")]
    [InlineData("""{"alternatives": {"normalise": [{"method": "zscore"}]}}""")]
    [InlineData("""{"alternatives": {"aggregate": [{"byLevel": {"two": "geometric"}}]}}""")]
    [InlineData("""{"alternatives": {"exclude": [[""]]}}""")]
    [InlineData("""{"alternatives": {"colour": []}}""")]
    [InlineData("""{"bootstrap": -1}""")]
    [InlineData("""{"threads": 0}""")]
    public void The_schema_rejects_what_the_reader_rejects(string json)
    {
        Assert.NotEmpty(Schema.Check(json));
        Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(json));
    }

    /// <summary>Rules that span fields are the reader's alone: the schema describes single values.</summary>
    [Theory]
    [InlineData("""{"weights": {"sets": 5}}""")]
    [InlineData("""{"weights": {"noise": {"2": 0.1}, "explicit": [{"P1": 2}]}}""")]
    [InlineData("""{"weights": {"noise": {"2": 0.1, "02": 0.2}}}""")]
    public void Rules_spanning_fields_are_the_readers(string json)
    {
        Assert.Empty(Schema.Check(json));
        Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse(json));
    }

    [Fact]
    public void The_spec_section_documents_every_key_and_name()
    {
        var section = FormatsDocument.Section("## Uncertainty spec file");
        var names = new[] { typeof(UncertaintySpecDocument), typeof(UncertaintyWeightsDocument), typeof(UncertaintyAlternativesDocument) }
            .SelectMany(DtoNames)
            .Concat(UncertaintyNames.Type.Choices.Split(", "));

        foreach (var name in names)
        {
            Assert.Contains($"`{name}`", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_output_section_documents_every_column_the_writer_writes()
    {
        var section = FormatsDocument.Section("## Uncertainty output files");

        foreach (var column in UncertaintyResultWriter.RankStatisticsColumns.Concat(UncertaintyResultWriter.SensitivityColumns).Concat(["run", "failed"]))
        {
            Assert.Contains($"\n| `{column}` |", section, StringComparison.Ordinal);
        }

        foreach (var file in new[] { UncertaintyResultWriter.RankStatisticsFileName, UncertaintyResultWriter.SensitivityFileName, UncertaintyResultWriter.RunsFileName })
        {
            Assert.Contains($"`{file}`", section, StringComparison.Ordinal);
        }

        var everyInput = new UncertaintySpec(runs: 2)
        {
            WeightNoise = ImmutableDictionary<int, double>.Empty.Add(2, 0.1),
            MaxWinsorised = [1, 2],
            OutlierTreatment = [true, false],
            Imputation = [ImputationSpec.None, new ImputationSpec(ImputationMethod.Mean)],
            Normalisation = [NormalisationMethod.Rank, NormalisationMethod.MinMax()],
            Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Harmonic)],
            Exclusions = [[], ["A1"]],
            Alternatives = [new StageAlternatives("screen", [ScreeningSpec.None, new ScreeningSpec(0.5)])],
        };
        var inputs = UncertaintyModel.Compile(SampleIndex.Build(), everyInput).Inputs;
        Assert.Equal(Enum.GetValues<InputKind>().Length, inputs.Length);
        foreach (var input in inputs)
        {
            Assert.Contains($"`{input.Name}`", section, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\n`(?<json>\{.*\})`\n")]
    private static partial Regex InlineJsonLine();
}
