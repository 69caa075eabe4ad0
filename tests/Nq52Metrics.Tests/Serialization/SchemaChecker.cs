using System.Text.Json;
using Json.Schema;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// A JSON Schema (2020-12) evaluated by JsonSchema.Net, the validator the library uses, with the schema text at hand
/// for tests that compare its properties with the readers' document types.
/// </summary>
internal sealed class SchemaChecker
{
    private readonly JsonSchema _schema;
    private readonly JsonElement _root;

    public SchemaChecker(string schemaJson)
    {
        _schema = JsonSchema.FromText(schemaJson, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        _root = JsonDocument.Parse(schemaJson).RootElement.Clone();
    }

    /// <summary>The root schema.</summary>
    public JsonElement Root => _root;

    /// <summary>Every way the value breaks the schema (empty when it conforms), as <c>instance: keyword: message</c>.</summary>
    public List<string> Check(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = _schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["the value does not match the schema."];
    }

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
