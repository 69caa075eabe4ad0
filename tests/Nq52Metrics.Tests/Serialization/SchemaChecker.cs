using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema (2020-12) our schemas use: <c>type</c>, <c>enum</c>,
/// <c>const</c>, <c>not</c>, <c>oneOf</c>, <c>$ref</c> (to <c>#/$defs/…</c>), <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>propertyNames</c>, <c>items</c>, <c>minItems</c>, <c>uniqueItems</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>, <c>minLength</c>, <c>pattern</c>. A keyword outside
/// this subset fails the check, so the schemas cannot silently outgrow it.
/// </summary>
internal sealed class SchemaChecker
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "title", "description", "type", "enum", "const", "not", "oneOf", "$ref", "properties", "required",
        "additionalProperties", "propertyNames", "items", "minItems", "uniqueItems", "minimum", "maximum", "exclusiveMinimum",
        "minLength", "pattern",
    ];

    private readonly JsonElement _root;

    public SchemaChecker(string schemaJson)
    {
        _root = JsonDocument.Parse(schemaJson).RootElement.Clone();
    }

    /// <summary>Every way the value breaks the schema (empty when it conforms).</summary>
    public List<string> Check(string json)
    {
        var errors = new List<string>();
        Check(JsonDocument.Parse(json).RootElement, _root, "$", errors);
        return errors;
    }

    /// <summary>The schema object a <c>$ref</c> or a path of property names leads to.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Resolve(Definition(reference.GetString()!)) : schema;

    /// <summary>The root schema.</summary>
    public JsonElement Root => _root;

    private JsonElement Definition(string reference)
    {
        Assert.StartsWith("#/$defs/", reference, StringComparison.Ordinal);
        return _root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                errors.Add($"{path}: the schema uses \"{keyword.Name}\", which this checker does not know.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Definition(reference.GetString()!), path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: {value.ValueKind} does not have type {type}.");
            return;
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{path}: {value} is not one of {choices}.");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value} is not {constant}.");
        }

        if (schema.TryGetProperty("not", out var not) && Errors(value, not, path).Count == 0)
        {
            errors.Add($"{path}: {value} matches a schema it must not match.");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(s => Errors(value, s, path).Count == 0);
            if (matching != 1)
            {
                errors.Add($"{path}: {value} matches {matching} of the oneOf schemas instead of exactly 1.");
            }
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value.GetDouble(), schema, path, errors);
                break;
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, path, errors);
                break;
        }
    }

    private List<string> Errors(JsonElement value, JsonElement schema, string path)
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
            {
                errors.Add($"{path}: the required property \"{name}\" is missing.");
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                Check(JsonDocument.Parse(JsonSerializer.Serialize(member.Name)).RootElement, names, memberPath, errors);
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                Check(member.Value, memberSchema, memberPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{memberPath}: the property is not allowed by the schema.");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(member.Value, additional, memberPath, errors);
                }
            }
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32())
        {
            errors.Add($"{path}: fewer than {minItems} items.");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
            && items.Select(i => i.GetRawText()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            errors.Add($"{path}: the items are not unique.");
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(items[i], itemSchema, $"{path}[{i}]", errors);
            }
        }
    }

    private static void CheckNumber(double number, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add($"{path}: {number} is below the minimum {minimum}.");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add($"{path}: {number} is above the maximum {maximum}.");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exclusive) && number <= exclusive.GetDouble())
        {
            errors.Add($"{path}: {number} is not above {exclusive}.");
        }
    }

    private static void CheckString(string text, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: \"{text}\" is shorter than {minLength}.");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            errors.Add($"{path}: \"{text}\" does not match {pattern}.");
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
        : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
