using System.Globalization;
using System.Text.Json;
using Json.Schema;
using Nq52Metrics.Localization;

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

        void Add(string path, bool structural, string key, params object[] arguments) =>
            found.Add((path, ProblemMessages.Problem(input.Where(path), key, arguments), structural));

        // A failure inside a oneOf or anyOf that holds (another branch matched) or inside a not (whose failure is what
        // the not asks for) is no problem of the document.
        var details = results.Details ?? [];
        var holding = details.Where(d => d.IsValid).Select(d => (Evaluation: d.EvaluationPath.ToString(), Instance: d.InstanceLocation.ToString())).ToList();
        var failures = details.Where(d => d.Errors is { Count: > 0 } && Counts(d.EvaluationPath.ToString(), d.InstanceLocation.ToString(), holding)).ToList();
        var refusals = details.Where(d => d.IsValid && d.EvaluationPath.ToString() is var e && e.EndsWith("/not", StringComparison.Ordinal)
            && Counts(e[..^"/not".Length], d.InstanceLocation.ToString(), holding)).ToList();
        var ranges = new HashSet<string>(StringComparer.Ordinal);
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
                    Add(path, true, nameof(Messages.JsonTypeMismatch), JsonTypes.Phrase(types), Found(path, outline));
                    continue;
                }

                // A value of the type of another branch of the oneOf is explained by that branch's own rule (a number
                // below its minimum), not by the names this branch lists.
                if (keyword == "enum" && InOneOf(evaluation) is { } named
                    && failures.Any(f => f != failure && f.EvaluationPath.ToString().StartsWith(named, StringComparison.Ordinal)
                        && f.InstanceLocation.ToString() == failure.InstanceLocation.ToString() && f.Errors!.Keys.Any(k => k is not ("type" or "enum"))))
                {
                    continue;
                }

                // A value out of range breaks one bound at a time; its message states the whole allowed range once.
                if (keyword is "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" && !ranges.Add(path))
                {
                    continue;
                }

                var (key, arguments, structural) = Translate(keyword, evaluation, path, outline);
                Add(path, structural, key, arguments);
            }
        }

        // A "not" fails where its subschema holds.
        foreach (var refused in refusals)
        {
            var path = PathOf(refused.InstanceLocation.ToString(), outline);
            var not = At(refused.EvaluationPath.ToString());
            if (not.TryGetProperty("const", out var forbidden))
            {
                Add(path, false, nameof(Messages.SchemaValueForbidden), forbidden.GetRawText());
            }
            else if (Bound(not, "minimum") is { } low && low == Bound(not, "maximum"))
            {
                // {"not": {"minimum": 0, "maximum": 0}} refuses one number (and, unlike const, compares it exactly).
                Add(path, false, nameof(Messages.SchemaValueForbidden), low);
            }
            else
            {
                Add(path, false, nameof(Messages.SchemaValueNotAllowed), Found(path, outline));
            }
        }

        // Never accept a document the schema refuses, even where no failure above could be put into words.
        if (found.Count == 0)
        {
            Add("", true, nameof(Messages.SchemaDocumentInvalid));
        }

        return found;
    }

    private (string Key, object[] Arguments, bool Structural) Translate(string keyword, string evaluation, string path, JsonOutline outline)
    {
        var schema = At(evaluation);
        if (evaluation.Contains("/propertyNames", StringComparison.Ordinal))
        {
            return PropertyName(schema, path, outline);
        }

        switch (keyword)
        {
            case "" when evaluation.EndsWith("/additionalProperties", StringComparison.Ordinal):
                var owner = At(evaluation[..^"/additionalProperties".Length]);
                var known = owner.TryGetProperty("properties", out var properties)
                    ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name))
                    : "—";
                return (nameof(Messages.JsonUnknownProperty), [ProblemText.Quote(LastName(path)), known], true);
            case "type":
                return (nameof(Messages.JsonTypeMismatch), [JsonTypes.Phrase([.. TypesOf(schema)]), Found(path, outline)], true);
            case "required":
                var missing = (schema.TryGetProperty("required", out var required) ? required.EnumerateArray() : default).Select(r => r.GetString()!)
                    .Where(r => !(outline.TryGet(path, out var entry) && entry.Members.Contains(r))).Select(r => $"\"{r}\"").ToList();
                return missing.Count == 1
                    ? (nameof(Messages.JsonRequiredPropertyMissing), [missing[0]], true)
                    : (nameof(Messages.JsonRequiredPropertiesMissing), [string.Join(", ", missing)], true);
            case "enum":
                var choices = (schema.TryGetProperty("enum", out var names) ? names.EnumerateArray() : default)
                    .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
                if (InOneOf(evaluation) is { } forms)
                {
                    var allowed = FormsOf(At(forms[..^1]));
                    if (!outline.TryGet(path, out var entry) || entry.Kind != JsonTokenType.String)
                    {
                        return (nameof(Messages.SchemaNotAnyForm), [Found(path, outline), JsonTypes.List(allowed)], false);
                    }

                    // A name that differs from an allowed one only by case gets that one as a suggestion.
                    var given = ProblemText.Quote(entry.Text!);
                    return allowed.OfType<string>().FirstOrDefault(f => string.Equals(f, $"\"{entry.Text}\"", StringComparison.OrdinalIgnoreCase)) is { } close
                        ? (nameof(Messages.SchemaNotAnyFormSuggestion), [given, JsonTypes.List(allowed), close], false)
                        : (nameof(Messages.SchemaNotAnyForm), [given, JsonTypes.List(allowed)], false);
                }

                if (outline.TryGet(path, out var value) && value.Kind == JsonTokenType.String)
                {
                    var (key, arguments) = NameTable.UnknownMessage(value.Text!, choices);
                    return (key, arguments, false);
                }

                return (nameof(Messages.SchemaNotOneOf), [Found(path, outline), string.Join(", ", choices)], false);
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                return Range(schema, Found(path, outline));
            case "minLength":
                return (nameof(Messages.SchemaTextEmpty), [], false);
            case "minItems":
                var least = Number(schema, "minItems");
                return least == "1"
                    ? (nameof(Messages.SchemaArrayEmpty), [], false)
                    : (nameof(Messages.SchemaArrayTooShort), [least], false);
            case "uniqueItems":
                return (nameof(Messages.SchemaItemRepeated), [], false);
            case "pattern":
                return Pattern(schema) switch
                {
                    "\\S" => (nameof(Messages.SchemaTextBlank), [], false),
                    "^\\S+$" => (nameof(Messages.SchemaTextHasWhiteSpace), [Found(path, outline)], false),
                    _ => (nameof(Messages.SchemaTextForm), [Found(path, outline)], false),
                };
            default:
                return (nameof(Messages.SchemaKeywordFailed), [Found(path, outline), keyword], false);
        }
    }

    /// <summary>A property name the schema's <c>propertyNames</c> refuses: an empty name, or a key that is not a level.</summary>
    private static (string Key, object[] Arguments, bool Structural) PropertyName(JsonElement schema, string path, JsonOutline outline)
    {
        var name = ProblemText.Quote(LastName(path));
        return Pattern(schema) switch
        {
            LevelPattern => (nameof(Messages.SchemaNameNotLevel), [name, 1], false),
            AggregateLevelPattern => (nameof(Messages.SchemaNameNotLevel), [name, 2], false),
            null or "\\S" => (nameof(Messages.SchemaNameBlank), [], false),
            _ => (nameof(Messages.SchemaNameForm), [name], false),
        };
    }

    /// <summary>The pattern a level key must match (a whole number of 1 or more, at most nine digits).</summary>
    private const string LevelPattern = "^0*[1-9][0-9]{0,8}$";

    /// <summary>The pattern an aggregate level key must match (a whole number of 2 or more, at most nine digits).</summary>
    private const string AggregateLevelPattern = "^0*([2-9]|[1-9][0-9]{1,8})$";

    private static string? Pattern(JsonElement schema) => schema.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null;

    /// <summary>The message for a number out of range, stating every bound of its schema.</summary>
    private static (string Key, object[] Arguments, bool Structural) Range(JsonElement schema, object found)
    {
        var minimum = Bound(schema, "minimum");
        var above = Bound(schema, "exclusiveMinimum");
        var maximum = Bound(schema, "maximum");
        var below = Bound(schema, "exclusiveMaximum");
        return (minimum, above, maximum, below) switch
        {
            ({ } low, null, { } high, null) => (nameof(Messages.SchemaOutsideClosedRange), [found, low, high], false),
            (null, { } low, { } high, null) => (nameof(Messages.SchemaOutsideLowerOpenRange), [found, low, high], false),
            ({ } low, null, null, { } high) => (nameof(Messages.SchemaOutsideUpperOpenRange), [found, low, high], false),
            ({ } low, null, null, null) => (nameof(Messages.SchemaBelowMinimum), [found, low], false),
            (null, { } low, null, null) => (nameof(Messages.SchemaNotAboveMinimum), [found, low], false),
            (null, null, { } high, null) => (nameof(Messages.SchemaAboveMaximum), [found, high], false),
            (null, null, null, { } high) => (nameof(Messages.SchemaNotBelowMaximum), [found, high], false),
            _ => (nameof(Messages.SchemaKeywordFailed), [found, "range"], false),
        };
    }

    /// <summary>A bound as the file writes numbers; the largest 32-bit whole number is named as 2³¹ − 1 too.</summary>
    private static string? Bound(JsonElement schema, string keyword) =>
        !schema.TryGetProperty(keyword, out var value) ? null
        : value.GetRawText() is var text && text == int.MaxValue.ToString(CultureInfo.InvariantCulture) ? $"{text} (2³¹ − 1)"
        : text;

    /// <summary>
    /// Whether a result at <paramref name="evaluation"/> for the value at <paramref name="instance"/> is a problem of
    /// the document: not inside a <c>not</c>, nor inside a <c>oneOf</c> or <c>anyOf</c> that holds for the same value
    /// (the same schema holds for one item of an array and fails for another).
    /// </summary>
    private static bool Counts(string evaluation, string instance, List<(string Evaluation, string Instance)> holding)
    {
        var segments = evaluation.Split('/');
        var prefix = segments[0];
        for (var k = 1; k < segments.Length; k++)
        {
            if (segments[k] == "not")
            {
                return false;
            }

            if (segments[k] is "oneOf" or "anyOf" && holding.Any(h => h.Evaluation == prefix
                && (instance == h.Instance || instance.StartsWith(h.Instance + "/", StringComparison.Ordinal))))
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

    /// <summary>The JSON types a schema allows: its <c>type</c>, or the kinds of the values its <c>enum</c> lists.</summary>
    private static IEnumerable<string> TypesOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!]
        : schema.TryGetProperty("enum", out var names) ? names.EnumerateArray().Select(KindOf).Distinct()
        : [];

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    /// <summary>
    /// The forms the branches of a <c>oneOf</c> allow, for a message listing them: each name of an <c>enum</c>
    /// (<c>"max"</c>), an object by its required properties (<c>{"unit": …}</c>), or a JSON type (<c>a number</c>).
    /// </summary>
    private List<object> FormsOf(JsonElement oneOf)
    {
        var forms = new List<object>();
        foreach (var raw in oneOf.EnumerateArray())
        {
            var branch = raw.TryGetProperty("$ref", out var reference) ? Resolve(reference.GetString()!) : raw;
            if (branch.TryGetProperty("enum", out var names))
            {
                forms.AddRange(names.EnumerateArray().Select(n => (object)n.GetRawText()));
            }
            else if (branch.TryGetProperty("required", out var required) && required.GetArrayLength() > 0)
            {
                forms.Add("{" + string.Join(", ", required.EnumerateArray().Select(r => $"\"{r.GetString()}\": …")) + "}");
            }
            else
            {
                forms.AddRange(TypesOf(branch).SelectMany(t => t == "boolean" ? ["true", "false"] : new[] { JsonTypes.Phrase(t) }));
            }
        }

        return forms;
    }

    private static string Number(JsonElement schema, string keyword) => schema.TryGetProperty(keyword, out var value) ? value.GetRawText() : "—";

    private static object Found(string path, JsonOutline outline) => outline.TryGet(path, out var entry) ? entry.Describe() : MessageText.Of(nameof(Messages.JsonFoundOther));

    /// <summary>The name of the last property of a path (the path itself for a top-level property).</summary>
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
        // "" is the root and "/a/b" a member; an empty segment is a member with an empty name ("/a/").
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = outline.TryGet(path, out var parent) && parent.Kind == JsonTokenType.StartArray
                ? JsonPaths.Append(path, int.Parse(segment, CultureInfo.InvariantCulture))
                : JsonPaths.Append(path, segment);
        }

        return path;
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
