using System.Globalization;
using System.Text.Json;
using Json.Schema;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>The words of a schema failure: one message per keyword, stating what the schema allows.</summary>
internal sealed partial class JsonSchemas
{
    /// <summary>The message for the failure of <paramref name="keyword"/> at <paramref name="evaluation"/>, for the value at <paramref name="path"/>.</summary>
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
                return UnknownProperty(At(evaluation[..^"/additionalProperties".Length]), path);
            case "type":
                return (nameof(Messages.JsonTypeMismatch), [JsonTypes.Phrase([.. TypesOf(schema)]), Found(path, outline)], true);
            case "required":
                return RequiredMissing(schema, path, outline);
            case "enum":
                return NotInEnum(schema, evaluation, path, outline);
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

    /// <summary>A property the object's schema does not list, with the properties it does.</summary>
    private static (string Key, object[] Arguments, bool Structural) UnknownProperty(JsonElement owner, string path)
    {
        var known = owner.TryGetProperty("properties", out var properties)
            ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name))
            : "—";
        return (nameof(Messages.JsonUnknownProperty), [ProblemText.Quote(LastName(path)), known], true);
    }

    /// <summary>The required properties the object at <paramref name="path"/> lacks.</summary>
    private static (string Key, object[] Arguments, bool Structural) RequiredMissing(JsonElement schema, string path, JsonOutline outline)
    {
        var missing = (schema.TryGetProperty("required", out var required) ? required.EnumerateArray() : default).Select(r => r.GetString()!)
            .Where(r => !(outline.TryGet(path, out var entry) && entry.Members.Contains(r))).Select(r => $"\"{r}\"").ToList();
        return missing.Count == 1
            ? (nameof(Messages.JsonRequiredPropertyMissing), [missing[0]], true)
            : (nameof(Messages.JsonRequiredPropertiesMissing), [string.Join(", ", missing)], true);
    }

    /// <summary>A value the names of an <c>enum</c> do not include (with the closest name when one differs only by case, or every form a <c>oneOf</c> allows).</summary>
    private (string Key, object[] Arguments, bool Structural) NotInEnum(JsonElement schema, string evaluation, string path, JsonOutline outline)
    {
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
    }

    /// <summary>A value of none of the types the branches of a <c>oneOf</c> allow: every branch's types are listed.</summary>
    private (string Key, object[] Arguments, bool Structural) OneOfTypeMismatch(string oneOf, List<EvaluationResults> failures, string path, JsonOutline outline)
    {
        var types = failures.Where(f => f.EvaluationPath.ToString().StartsWith(oneOf, StringComparison.Ordinal))
            .SelectMany(b => TypesAt(b.EvaluationPath.ToString())).Distinct().ToList();
        return (nameof(Messages.JsonTypeMismatch), [JsonTypes.Phrase(types), Found(path, outline)], true);
    }

    /// <summary>What a <c>not</c> whose subschema holds refuses: one value (a <c>const</c>, or a minimum equal to the maximum) or any value its subschema describes.</summary>
    private static (string Key, object[] Arguments, bool Structural) Refusal(JsonElement not, string path, JsonOutline outline)
    {
        if (not.TryGetProperty("const", out var forbidden))
        {
            return (nameof(Messages.SchemaValueForbidden), [forbidden.GetRawText()], false);
        }

        // {"not": {"minimum": 0, "maximum": 0}} refuses one number (and, unlike const, compares it exactly).
        return Bound(not, "minimum") is { } low && low == Bound(not, "maximum")
            ? (nameof(Messages.SchemaValueForbidden), [low], false)
            : (nameof(Messages.SchemaValueNotAllowed), [Found(path, outline)], false);
    }

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
}
