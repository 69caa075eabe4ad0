using System.Text.Json;
using Json.Schema;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The JSON Schemas shipped in <c>schemas/</c> (embedded in the library), and the check of a document against one
/// (internal). The schema is the one source of types, names, ranges and allowed properties; every way a document
/// breaks it becomes a problem with the document's JSON path and line, in words a user reads: <c>unknown property
/// "colour"; the properties allowed here are …</c>, <c>expected a number, found the string "a"</c>. Which failures
/// count is in <c>JsonSchemas.Failures.cs</c>, their wording in <c>JsonSchemas.Messages.cs</c>, the way from an
/// evaluation path to the schema object and from a JSON Pointer to our path in <c>JsonSchemas.Paths.cs</c>.
/// </summary>
internal sealed partial class JsonSchemas
{
    private static readonly Lazy<JsonSchemas> FrameworkSchema = new(() => Load("framework.schema.json"));
    private static readonly Lazy<JsonSchemas> MethodSchema = new(() => Load("method.schema.json"));
    private static readonly Lazy<JsonSchemas> UncertaintySchema = new(() => Load("uncertainty.schema.json"));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema _schema;
    private readonly JsonElement _text;

    private JsonSchemas(JsonSchema schema, JsonElement text)
    {
        _schema = schema;
        _text = text;
    }

    /// <summary>schemas/framework.schema.json.</summary>
    public static JsonSchemas Framework => FrameworkSchema.Value;

    /// <summary>schemas/method.schema.json.</summary>
    public static JsonSchemas Method => MethodSchema.Value;

    /// <summary>schemas/uncertainty.schema.json.</summary>
    public static JsonSchemas Uncertainty => UncertaintySchema.Value;

    /// <summary>
    /// Every way <paramref name="document"/> breaks the schema, each a problem of <paramref name="input"/> at its JSON
    /// path with a translated message, and whether the deserializer can still read the document: unknown
    /// properties, wrong types and missing required properties stop it; names and ranges do not.
    /// </summary>
    public List<(string Path, ValidationProblem Problem, bool Structural)> Check(JsonElement document, JsonInput input)
    {
        var outline = input.Outline;
        var results = _schema.Evaluate(document, Options);
        var found = new List<(string Path, ValidationProblem Problem, bool Structural)>();
        if (results.IsValid)
        {
            return found;
        }

        void Add(string path, (string Key, object[] Arguments, bool Structural) message) =>
            found.Add((path, ProblemMessages.Problem(input.Where(path), message.Key, message.Arguments), message.Structural));

        var (failures, refusals) = Classify(results.Details ?? []);
        var ranges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            var evaluation = failure.EvaluationPath.ToString();
            var path = PathOf(failure.InstanceLocation.ToString(), outline);
            foreach (var (keyword, _) in failure.Errors!)
            {
                // A value out of range breaks one bound at a time; its message states the whole allowed range once.
                if (ExplainedElsewhere(failure, keyword, failures, refusals) || (IsBound(keyword) && !ranges.Add(path)))
                {
                    continue;
                }

                Add(path, keyword == "type" && InOneOf(evaluation) is { } alternatives
                    ? OneOfTypeMismatch(alternatives, failures, path, outline)
                    : Translate(keyword, evaluation, path, outline));
            }
        }

        // A "not" fails where its subschema holds.
        foreach (var refused in refusals)
        {
            var path = PathOf(refused.InstanceLocation.ToString(), outline);
            Add(path, Refusal(At(refused.EvaluationPath.ToString()), path, outline));
        }

        // Never accept a document the schema refuses, even where no failure above could be put into words.
        if (found.Count == 0)
        {
            Add("", (nameof(Messages.SchemaDocumentInvalid), [], true));
        }

        return found;
    }

    /// <summary>A schema given as text (2020-12; <c>$ref</c>s only to <c>#/$defs/…</c>).</summary>
    public static JsonSchemas FromText(string text)
    {
        using var document = JsonDocument.Parse(text);
        return new JsonSchemas(JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), document.RootElement.Clone());
    }

    /// <summary>
    /// Every way a JSON text breaks the schema, worded and located as a file's problems are (a syntax error stops at
    /// the first one); empty when the text conforms. Readers use <see cref="Check"/> on a document they go on to read.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Problems(string json, string source)
    {
        var scanned = JsonOutline.Scan(Utf8.Encode(json), source);
        if (!scanned.TryGetValue(out var outline))
        {
            return scanned.Problems;
        }

        using var document = JsonDocument.Parse(json);
        return [.. Check(document.RootElement, JsonInput.Outlined(source, outline)).Select(p => p.Problem)];
    }

    private static JsonSchemas Load(string file)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream($"Nq52Metrics.Schemas.{file}")
            ?? throw new InvalidOperationException($"The schema {file} is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return FromText(reader.ReadToEnd());
    }
}
