using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads and writes an index framework in the library's own JSON format (camelCase; documented in
/// docs/formats.md, with a JSON Schema in schemas/framework.schema.json):
/// <c>{"name", "groups": [...], "denominators": [...], "nodes": [{"code", "name", "level", "parent", "weight",
/// "direction", "unit", "target", "denominator", "goalposts": {"lower", "upper"}}]}</c>.
/// </summary>
/// <remarks>
/// Only <c>nodes</c>, and <c>code</c> and <c>level</c> of each node, are required; the other node fields take the
/// <see cref="FrameworkNode"/> defaults (weight 1, direction 1). Unknown properties, repeated properties and values
/// of the wrong type are errors naming the file, line and JSON path; problems of the framework itself (unknown
/// parent, cycle, weight ≤ 0, …) are reported all together, each located as <c>file: node "code"</c>.
/// </remarks>
public static class FrameworkJson
{
    private static readonly HashSet<string> NullAllowed = new(StringComparer.Ordinal)
    {
        "name",
        "nodes[*].name",
        "nodes[*].parent",
        "nodes[*].weight",
        "nodes[*].direction",
        "nodes[*].unit",
        "nodes[*].target",
        "nodes[*].denominator",
        "nodes[*].goalposts",
    };

    /// <summary>Reads a framework file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, is a directory, is larger than 16 MiB, is not
    /// valid JSON, does not match schemas/framework.schema.json, or describes an invalid framework: every problem,
    /// each located in the file.</exception>
    public static IndexFramework Load(string path) =>
        Read(JsonInput.Load(path, JsonSchemas.Framework, SerializationContext.Default.FrameworkDocument, NullAllowed)).GetValueOrThrow();

    /// <summary>Reads a framework file, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework, when the file is valid.</param>
    /// <param name="problems">Every problem of the file (empty when valid), as <see cref="Load"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out IndexFramework? framework, out ImmutableArray<ValidationProblem> problems)
    {
        return Read(JsonInput.Load(path, JsonSchemas.Framework, SerializationContext.Default.FrameworkDocument, NullAllowed)).TryGetValue(out framework, out problems);
    }

    /// <summary>Parses framework JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name problem locations start with (e.g. the file name).</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="Load"/>.</exception>
    public static IndexFramework Parse(string json, string source = "framework")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return Read(JsonInput.Parse(json, source, JsonSchemas.Framework, SerializationContext.Default.FrameworkDocument, NullAllowed)).GetValueOrThrow();
    }

    /// <summary>
    /// The framework, or every problem of the file: the framework's own (located at their node, and standing for
    /// whatever the schema found in that node) and the schema's names and ranges elsewhere.
    /// </summary>
    private static Outcome<IndexFramework> Read(Outcome<(FrameworkDocument Document, JsonInput Input)> read) =>
        read.Then(r =>
        {
            var created = IndexFramework.TryCreate(r.Document.Nodes.Select(ToNode), r.Document.Groups, r.Document.Denominators).From(r.Input.Source);
            var codes = r.Document.Nodes.Select(n => n.Code).ToList();
            var problems = r.Input.FinishCovering(created.Problems.Select(p => (NodePath(codes, p.Where.Node), p)));
            return problems.Count > 0 ? Outcome<IndexFramework>.Failure(problems) : created;
        });

    private static string NodePath(List<string> codes, string? code) =>
        code is not null && codes.IndexOf(code) is var index and >= 0 ? JsonPaths.Append("nodes", index) : "";

    /// <summary>Writes a framework as indented JSON text (every node in framework order, weight and direction always written).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="name">An optional name for the index, written as <c>name</c>.</param>
    /// <returns>The JSON text; <see cref="Parse"/> reads it back to the same nodes, groups and denominators.</returns>
    public static string Serialize(IndexFramework framework, string? name = null) =>
        JsonSerializer.Serialize(ToDocument(framework, name), SerializationContext.Writing.FrameworkDocument);

    /// <summary>Writes a framework file (all or nothing: a temporary file is moved into place when complete).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <param name="name">An optional name for the index.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written.</exception>
    public static void Save(IndexFramework framework, string path, string? name = null)
    {
        var document = ToDocument(framework, name);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, document, SerializationContext.Writing.FrameworkDocument));
    }

    internal static FrameworkDocument ToDocument(IndexFramework framework, string? name)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new FrameworkDocument
        {
            Name = string.IsNullOrEmpty(name) ? null : name,
            Groups = framework.GroupColumns.IsEmpty ? null : framework.GroupColumns,
            Denominators = framework.DenominatorColumns.IsEmpty ? null : framework.DenominatorColumns,
            Nodes = framework.Nodes.Select(n => new FrameworkNodeDocument
            {
                Code = n.Code,
                Name = n.Name.Length == 0 ? null : n.Name,
                Level = n.Level,
                Parent = n.Parent,
                Weight = n.Weight,
                Direction = (int)n.Direction,
                Unit = n.Unit,
                Target = n.Target,
                Denominator = n.Denominator,
                Goalposts = n.Goalposts is { } g ? new GoalpostsDocument { Lower = g.Lower, Upper = g.Upper } : null,
                Transform = n.Transform == IndicatorTransform.None ? null : Transformation.Name(n.Transform),
            }).ToList(),
        };
    }

    private static FrameworkNode ToNode(FrameworkNodeDocument node)
    {
        var result = new FrameworkNode
        {
            Code = node.Code,
            Name = node.Name ?? "",
            Level = node.Level,
            Parent = node.Parent,
            Unit = node.Unit,
            Target = node.Target,
            Denominator = node.Denominator,
            Goalposts = node.Goalposts is { } g ? new Goalposts(g.Lower, g.Upper) : null,
            Transform = Transformation.Parse(node.Transform) ?? IndicatorTransform.None,
        };

        // Absent weight and direction keep the FrameworkNode defaults (1 and Positive).
        if (node.Weight is { } weight)
        {
            result = result with { Weight = weight };
        }

        if (node.Direction is { } direction)
        {
            result = result with { Direction = (Direction)direction };
        }

        return result;
    }
}
