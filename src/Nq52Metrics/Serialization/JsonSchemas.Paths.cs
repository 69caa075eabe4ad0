using System.Globalization;
using System.Text.Json;

namespace Nq52Metrics.Serialization;

/// <summary>From an evaluation path to the schema object, and from a JSON Pointer to our path into the document.</summary>
internal sealed partial class JsonSchemas
{
    private IEnumerable<string> TypesAt(string evaluation) => TypesOf(At(evaluation));

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
}
