using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The JSON Schemas shipped in <c>schemas/</c> (embedded in the library), and the check of a document against one
/// (internal). The schema is the one source of types, names, ranges and allowed properties; every way a document
/// breaks it becomes a problem with the document's JSON path and line, in words a user reads: <c>unknown property
/// "colour"; the properties allowed here are …</c>, <c>expected a number, found the string "a"</c>.
/// </summary>
internal sealed class JsonSchemas
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
    /// Every way <paramref name="document"/> breaks the schema, as (JSON path, message, whether the deserializer
    /// can still read the document): unknown properties, wrong types and missing required properties stop it; names
    /// and ranges do not.
    /// </summary>
    public List<(string Path, string Message, bool Structural)> Check(JsonElement document, JsonOutline outline)
    {
        var results = _schema.Evaluate(document, Options);
        var found = new List<(string Path, string Message, bool Structural)>();
        if (results.IsValid)
        {
            return found;
        }

        // A failure inside a oneOf or anyOf that holds (another branch matched) or inside a not (whose failure is what
        // the not asks for) is no problem of the document.
        var details = results.Details ?? [];
        var holding = details.Where(d => d.IsValid).Select(d => d.EvaluationPath.ToString()).ToHashSet(StringComparer.Ordinal);
        var failures = details.Where(d => d.Errors is { Count: > 0 } && Counts(d.EvaluationPath.ToString(), holding)).ToList();
        var refusals = details.Where(d => d.IsValid && d.EvaluationPath.ToString() is var e && e.EndsWith("/not", StringComparison.Ordinal) && Counts(e[..^"/not".Length], holding)).ToList();
        foreach (var failure in failures)
        {
            var evaluation = failure.EvaluationPath.ToString();
            var path = PathOf(failure.InstanceLocation.ToString(), outline);
            foreach (var (keyword, _) in failure.Errors!)
            {
                if (keyword == "type" && InOneOf(evaluation) is { } oneOf
                    && refusals.Any(r => r.EvaluationPath.ToString().StartsWith(oneOf, StringComparison.Ordinal)) || keyword == "type" && InOneOf(evaluation) is { } oneOf2
                    && failures.Any(f => f != failure && f.EvaluationPath.ToString().StartsWith(oneOf2, StringComparison.Ordinal)
                        && !(f.Errors!.ContainsKey("type") && f.InstanceLocation.ToString() == failure.InstanceLocation.ToString())))
                {
                    // Another branch of the oneOf has the value's type and explains the problem better.
                    continue;
                }

                if (keyword == "type" && InOneOf(evaluation) is { } alternatives)
                {
                    var branches = failures.Where(f => f.EvaluationPath.ToString().StartsWith(alternatives, StringComparison.Ordinal)).ToList();
                    if (branches[0] != failure)
                    {
                        continue;
                    }

                    var types = branches.SelectMany(b => TypesAt(b.EvaluationPath.ToString())).Distinct().ToList();
                    found.Add((path, $"expected {string.Join(" or ", types.Select(Describe))}, found {Found(path, outline)}.", true));
                    continue;
                }

                found.Add(Translate(keyword, evaluation, path, outline));
            }
        }

        // A "not" fails where its subschema holds.
        foreach (var refused in refusals)
        {
            var path = PathOf(refused.InstanceLocation.ToString(), outline);
            found.Add((path, $"{Found(path, outline)} is not allowed here.", false));
        }

        return found;
    }

    private (string Path, string Message, bool Structural) Translate(string keyword, string evaluation, string path, JsonOutline outline)
    {
        var schema = At(evaluation);
        switch (keyword)
        {
            case "" when evaluation.EndsWith("/additionalProperties", StringComparison.Ordinal):
                var owner = At(evaluation[..^"/additionalProperties".Length]);
                var known = owner.TryGetProperty("properties", out var properties)
                    ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name))
                    : "none";
                var name = path.Contains('.', StringComparison.Ordinal) || path.Contains('[', StringComparison.Ordinal) ? LastName(path) : path;
                return (path, $"unknown property {ProblemText.Quote(name)}; the properties allowed here are {known}.", true);
            case "type":
                return (path, $"expected {string.Join(" or ", TypesOf(schema).Select(Describe))}, found {Found(path, outline)}.", true);
            case "required":
                var missing = (schema.TryGetProperty("required", out var required) ? required.EnumerateArray() : default).Select(r => r.GetString()!)
                    .Where(r => !(outline.TryGet(path, out var entry) && entry.Members.Contains(r))).Select(r => $"\"{r}\"").ToList();
                return (path, missing.Count == 1
                    ? $"the required property {missing[0]} is missing."
                    : $"the required properties {string.Join(", ", missing)} are missing.", true);
            case "enum":
                var choices = (schema.TryGetProperty("enum", out var names) ? names.EnumerateArray() : default).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText());
                return (path, outline.TryGet(path, out var value) && value.Kind == JsonTokenType.String
                    ? NameTable.Unknown(value.Text!, choices)
                    : $"{Found(path, outline)} is not one of {string.Join(", ", choices)}.", false);
            case "minimum":
                return (path, $"{Found(path, outline)} is below the minimum {Number(schema, "minimum")}.", false);
            case "exclusiveMinimum":
                return (path, $"{Found(path, outline)} must be greater than {Number(schema, "exclusiveMinimum")}.", false);
            case "maximum":
                return (path, $"{Found(path, outline)} is above the maximum {Number(schema, "maximum")}.", false);
            case "minLength":
                return (path, "the text is empty.", false);
            case "minItems":
                return (path, $"the array needs at least {Number(schema, "minItems")} item(s).", false);
            case "uniqueItems":
                return (path, "an item is given more than once.", false);
            case "pattern":
                return (path, $"{Found(path, outline)} does not have the required form.", false);
            default:
                return (path, $"{Found(path, outline)} is not allowed here ({keyword}).", false);
        }
    }

    private static bool Counts(string evaluation, HashSet<string> holding)
    {
        var segments = evaluation.Split('/');
        var prefix = segments[0];
        for (var k = 1; k < segments.Length; k++)
        {
            if (segments[k] == "not")
            {
                return false;
            }

            if (segments[k] is "oneOf" or "anyOf" && holding.Contains(prefix))
            {
                return false;
            }

            prefix += "/" + segments[k];
        }

        return true;
    }

    private static string? InOneOf(string evaluation)
    {
        var index = evaluation.LastIndexOf("/oneOf/", StringComparison.Ordinal);
        return index < 0 ? null : evaluation[..(index + "/oneOf/".Length)];
    }

    private IEnumerable<string> TypesAt(string evaluation) => TypesOf(At(evaluation));

    private static IEnumerable<string> TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!)
        : [type.GetString()!];

    private static string Describe(string type) => type switch
    {
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "a string",
        "boolean" => "true or false",
        "array" => "an array",
        "object" => "an object",
        _ => type,
    };

    private static string Number(JsonElement schema, string keyword) => schema.TryGetProperty(keyword, out var value) ? value.GetRawText() : "allowed";

    private static string Found(string path, JsonOutline outline) => outline.TryGet(path, out var entry) ? entry.Describe() : "another value";

    private static string LastName(string path)
    {
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var start = path.LastIndexOf("['", StringComparison.Ordinal);
            return path[(start + 2)..^2];
        }

        return path[(path.LastIndexOf('.') + 1)..];
    }

    /// <summary>The schema object an evaluation path leads to, following <c>$ref</c>s to <c>#/$defs/…</c>.</summary>
    private JsonElement At(string evaluation)
    {
        var current = _text;
        foreach (var raw in evaluation.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment == "$ref")
            {
                current = Resolve(current.GetProperty("$ref").GetString()!);
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                current = current[int.Parse(segment, CultureInfo.InvariantCulture)];
            }
            else if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }

            // Otherwise the segment names the keyword whose subschema the previous segment already reached
            // (evaluation paths read items/items for the schema under "items").
        }

        return current;
    }

    private JsonElement Resolve(string reference)
    {
        var current = _text;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.GetProperty(segment);
        }

        return current;
    }

    /// <summary>Our path (<c>nodes[0].level</c>) of a JSON Pointer (<c>/nodes/0/level</c>) into the document.</summary>
    private static string PathOf(string pointer, JsonOutline outline)
    {
        var path = "";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = outline.TryGet(path, out var parent) && parent.Kind == JsonTokenType.StartArray
                ? JsonPaths.Append(path, int.Parse(segment, CultureInfo.InvariantCulture))
                : JsonPaths.Append(path, segment);
        }

        return path;
    }

    private static JsonSchemas Load(string file)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream($"Nq52Metrics.Schemas.{file}")
            ?? throw new InvalidOperationException($"The schema {file} is not embedded in the library.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        using var document = JsonDocument.Parse(text);
        return new JsonSchemas(JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), document.RootElement.Clone());
    }
}
