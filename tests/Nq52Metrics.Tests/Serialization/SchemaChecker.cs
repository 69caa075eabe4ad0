using System.Text.Json;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// A JSON Schema (2020-12) checked by the library's own validator (<see cref="JsonSchemas"/>, on JsonSchema.Net), with
/// the schema text at hand for tests that compare its properties with the readers' document types.
/// </summary>
internal sealed class SchemaChecker
{
    private readonly JsonSchemas _schema;
    private readonly JsonElement _root;

    public SchemaChecker(string schemaJson)
    {
        _schema = JsonSchemas.FromText(schemaJson);
        _root = JsonDocument.Parse(schemaJson).RootElement.Clone();
    }

    /// <summary>The root schema.</summary>
    public JsonElement Root => _root;

    /// <summary>Every way the value breaks the schema (empty when it conforms), as the library reports it: <c>location: message</c>.</summary>
    public List<string> Check(string json) => [.. _schema.Problems(json, "document").Select(p => p.ToString())];

    /// <summary>The schema object a <c>$ref</c> (to <c>#/$defs/…</c>) leads to, or the schema itself.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        var name = reference.GetString()!;
        Assert.StartsWith("#/$defs/", name, StringComparison.Ordinal);
        return Resolve(_root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]));
    }
}
