using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads one of our JSON files into its document type with the source-generated context, and returns every failure
/// as a problem naming the file, the line and the JSON path: a file over the size or element limits, malformed JSON,
/// a repeated property, a <c>null</c> where the format does not allow one, and whatever breaks the file's JSON
/// Schema (unknown properties, missing required properties, values of the wrong type, unknown names, values out of
/// range), all together. The outline kept afterwards locates later value problems too.
/// </summary>
internal sealed class JsonInput
{
    private JsonInput(string source, JsonOutline outline)
    {
        Source = source;
        Outline = outline;
    }

    /// <summary>The input of a text already outlined (for a schema check on its own, see <see cref="JsonSchemas.Problems"/>).</summary>
    public static JsonInput Outlined(string source, JsonOutline outline) => new(source, outline);

    /// <summary>The name problems use for the file (its file name, or the name given to a parse method).</summary>
    public string Source { get; }

    /// <summary>Where every value of the text is.</summary>
    public JsonOutline Outline { get; }

    /// <summary>Problems the schema found with names and ranges in a document that could still be read.</summary>
    private List<(string Path, ValidationProblem Problem)> SchemaProblems { get; set; } = [];

    /// <summary>
    /// The problems of the document, in the order of the file: the reader's own (rules that span fields or need
    /// other data) and every one the schema found (types, names, ranges); where both name the same value, the
    /// schema's wording stands for it. Empty when the document is valid.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Finish(IEnumerable<(string Path, ValidationProblem Problem)> own)
    {
        var schema = SchemaProblems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        return Ordered(own.Where(p => !schema.Contains(p.Path)).Concat(SchemaProblems));
    }

    /// <summary>
    /// The problems of the document where the reader's problems stand for the value they name and everything in it
    /// (a framework node's problem covers what the schema found in that node); the schema's problems elsewhere.
    /// </summary>
    public IReadOnlyList<ValidationProblem> FinishCovering(IEnumerable<(string Path, ValidationProblem Problem)> own)
    {
        var list = own.ToList();
        return Ordered(list.Concat(SchemaProblems.Where(p => !list.Any(q => Covers(q.Path, p.Path)))));
    }

    /// <summary>Whether the schema found a problem in the value at <paramref name="path"/> or inside it.</summary>
    public bool SchemaFoundIn(string path) => SchemaProblems.Any(p => IsWithin(p.Path, path));

    /// <summary>Whether one of the two values holds the other (or they are the same value).</summary>
    private static bool Covers(string reported, string path) => IsWithin(path, reported) || IsWithin(reported, path);

    /// <summary>Whether the value at <paramref name="path"/> is the one at <paramref name="outer"/> or inside it.</summary>
    private static bool IsWithin(string path, string outer) =>
        path == outer || path.StartsWith(outer + ".", StringComparison.Ordinal) || path.StartsWith(outer + "[", StringComparison.Ordinal);

    private List<ValidationProblem> Ordered(IEnumerable<(string Path, ValidationProblem Problem)> problems) =>
        problems.OrderBy(p => LineOf(p.Path) ?? int.MaxValue).Select(p => p.Problem).ToList();

    /// <summary>A problem location for a path: <c>file line 4, normalise.method</c> (the line of the path, or of
    /// its nearest enclosing value the file holds).</summary>
    public ProblemLocation Where(string path) => ProblemLocation.InJson(Source, LineOf(path), path);

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest enclosing value the file holds.</summary>
    public int? LineOf(string path)
    {
        var segments = path.Length == 0 ? [] : JsonPaths.ParseSerializerPath(path.StartsWith('[') ? "$" + path : "$." + path);
        for (var k = segments.Count; k >= 0; k--)
        {
            if (Outline.TryGet(JsonPaths.Format(segments.Take(k)), out var entry))
            {
                return entry.Line;
            }
        }

        return null;
    }

    /// <summary>Reads a JSON file (see <see cref="InputFile.ReadBytes"/> for the file problems, <see cref="Read{T}"/> for the rest).</summary>
    public static Outcome<(T Value, JsonInput Input)> Load<T>(string path, JsonSchemas schema, JsonTypeInfo<T> typeInfo, IReadOnlySet<string> nullAllowed)
        where T : class =>
        InputFile.ReadBytes(path).Then(bytes => Read(bytes, Path.GetFileName(path), schema, typeInfo, nullAllowed));

    /// <summary>Reads a JSON text (see <see cref="Read{T}"/>).</summary>
    public static Outcome<(T Value, JsonInput Input)> Parse<T>(string json, string source, JsonSchemas schema, JsonTypeInfo<T> typeInfo, IReadOnlySet<string> nullAllowed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Utf8.Encode(json), source, schema, typeInfo, nullAllowed);
    }

    /// <summary>
    /// Reads a JSON document whose root must be an object: checks the size and element limits while streaming, the
    /// syntax, repeated properties, nulls, and the schema, reporting every problem of the document together, each
    /// with its line and JSON path; then deserializes it.
    /// </summary>
    /// <param name="utf8">The text (a leading byte-order mark is allowed).</param>
    /// <param name="source">The name problems use for the file.</param>
    /// <param name="schema">The document's schema.</param>
    /// <param name="typeInfo">The document type's metadata from the source-generated context.</param>
    /// <param name="nullAllowed">Generalised paths (<c>nodes[*].parent</c>) where a JSON <c>null</c> is allowed.</param>
    public static Outcome<(T Value, JsonInput Input)> Read<T>(byte[] utf8, string source, JsonSchemas schema, JsonTypeInfo<T> typeInfo, IReadOnlySet<string> nullAllowed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(source);
        var text = utf8.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        if (text.Length > InputFile.MaxBytes)
        {
            return Outcome<(T, JsonInput)>.Failure([InputFile.TooLarge(ProblemLocation.InFile(source), text.Length)]);
        }

        if (text.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Outcome<(T, JsonInput)>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(source), nameof(Messages.FileIsEmpty))]);
        }

        var scanned = JsonOutline.Scan(text, source);
        if (!scanned.TryGetValue(out var outline))
        {
            return Outcome<(T, JsonInput)>.Failure(scanned.Problems);
        }

        var input = new JsonInput(source, outline);
        if (outline.Root.Kind != JsonTokenType.StartObject)
        {
            return Outcome<(T, JsonInput)>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(source, outline.Root.Line), nameof(Messages.JsonNotAnObjectFile), outline.Root.Describe())]);
        }

        var problems = new List<(string Path, ValidationProblem Problem)>();
        foreach (var duplicate in outline.Duplicates)
        {
            problems.Add((duplicate.Path, ProblemMessages.Problem(ProblemLocation.InJson(source, duplicate.Line, duplicate.Path), nameof(Messages.JsonPropertyRepeated))));
        }

        foreach (var entry in outline.Entries.Where(e => e.Kind == JsonTokenType.Null && !nullAllowed.Contains(JsonPaths.Generalise(e.Path))))
        {
            problems.Add((entry.Path, ProblemMessages.Problem(input.Where(entry.Path), nameof(Messages.JsonNullNotAllowed))));
        }

        using var document = JsonDocument.Parse(text.ToArray());
        var broken = schema.Check(document.RootElement, input);
        var reported = problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var pending = new List<(string Path, ValidationProblem Problem)>();
        foreach (var (path, problem, structural) in broken.Where(b => !reported.Contains(b.Path)))
        {
            (structural ? problems : pending).Add((path, problem));
        }

        // A document whose only schema problems are names and ranges can still be read, so that its reader adds the
        // rules spanning several fields and those that need other data (see Finish).
        if (problems.Count > 0)
        {
            return Outcome<(T, JsonInput)>.Failure(input.Ordered(problems.Concat(pending)));
        }

        input.SchemaProblems = pending;
        try
        {
            // The root is an object (checked above), so the result is never null.
            return Outcome<(T, JsonInput)>.Success((document.RootElement.Deserialize(typeInfo)!, input));
        }
        catch (JsonException e)
        {
            // A number the schema puts out of range may not fit its .NET type either: the schema's words explain it.
            return Outcome<(T, JsonInput)>.Failure(pending.Count > 0 ? input.Ordered(pending) : [input.Explain(e, [], typeInfo)]);
        }
    }

    /// <summary>
    /// Deserializes one value found inside the document (e.g. an object in a property that also accepts
    /// <c>true</c>), locating problems below <paramref name="path"/>.
    /// </summary>
    public Outcome<T> Convert<T>(JsonElement element, string path, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return element.Deserialize(typeInfo) is { } value
                ? Outcome<T>.Success(value)
                : Outcome<T>.Failure([ProblemMessages.Problem(Where(path), nameof(Messages.JsonValueRequired))]);
        }
        catch (JsonException e)
        {
            var prefix = SegmentsOf(path);
            return Outcome<T>.Failure([Explain(e, prefix, typeInfo)]);
        }
    }

    /// <summary>The JSON Schema type name of the JSON a .NET type reads: <c>integer</c>, <c>array</c>, …</summary>
    public static string Expected(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (type == typeof(int) || type == typeof(long))
        {
            return "integer";
        }

        if (type == typeof(double))
        {
            return "number";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type == typeof(string))
        {
            return "string";
        }

        return typeInfo.Kind == JsonTypeInfoKind.Enumerable ? "array" : "object";
    }

    private ValidationProblem Explain(JsonException e, List<object> prefix, JsonTypeInfo root)
    {
        var segments = prefix.Concat(JsonPaths.ParseSerializerPath(e.Path)).ToList();
        var typeInfo = root;
        for (var k = prefix.Count; k < segments.Count; k++)
        {
            if (typeInfo.Kind == JsonTypeInfoKind.Object)
            {
                var name = segments[k] as string;
                var property = typeInfo.Properties.FirstOrDefault(p => p.Name == name);
                if (property is null)
                {
                    var known = string.Join(", ", typeInfo.Properties.Select(p => p.Name));
                    return ProblemMessages.Problem(
                        Where(JsonPaths.Format(segments.Take(k + 1))),
                        nameof(Messages.JsonUnknownProperty),
                        ProblemText.Quote(name ?? ""),
                        known);
                }

                typeInfo = typeInfo.Options.GetTypeInfo(property.PropertyType);
            }
            else if (typeInfo.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary && ElementTypeOf(typeInfo) is { } element)
            {
                typeInfo = typeInfo.Options.GetTypeInfo(element);
            }
            else
            {
                break;
            }
        }

        var path = JsonPaths.Format(segments);
        var where = Outline.TryGet(path, out var entry)
            ? ProblemLocation.InJson(Source, entry.Line, path)
            : ProblemLocation.InJson(Source, (int?)(e.LineNumber + 1), path);
        if (entry is null)
        {
            return ProblemMessages.Problem(where, nameof(Messages.JsonUnreadable), CleanMessage(e.Message));
        }

        if (typeInfo.Kind == JsonTypeInfoKind.Object && entry.Kind == JsonTokenType.StartObject)
        {
            var missing = typeInfo.Properties.Where(p => p.IsRequired && !entry.Members.Contains(p.Name)).Select(p => $"\"{p.Name}\"").ToList();
            if (missing.Count > 0)
            {
                return missing.Count == 1
                    ? ProblemMessages.Problem(where, nameof(Messages.JsonRequiredPropertyMissing), missing[0])
                    : ProblemMessages.Problem(where, nameof(Messages.JsonRequiredPropertiesMissing), string.Join(", ", missing));
            }
        }

        return ProblemMessages.Problem(where, nameof(Messages.JsonTypeMismatch), JsonTypes.Phrase([Expected(typeInfo)]), entry.Describe());
    }

    /// <summary>The item type of a collection (the value type of a dictionary).</summary>
    private static Type? ElementTypeOf(JsonTypeInfo typeInfo)
    {
#if NET9_0_OR_GREATER
        return typeInfo.ElementType;
#else
        var type = typeInfo.Type;
        var interfaces = (type.IsInterface ? [type] : Array.Empty<Type>()).Concat(type.GetInterfaces()).Where(i => i.IsGenericType).ToList();
        var dictionary = interfaces.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return interfaces.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
#endif
    }

    private static List<object> SegmentsOf(string path) =>
        JsonPaths.ParseSerializerPath(path.StartsWith('[') ? "$" + path : "$." + path).ToList();

    /// <summary>
    /// The reader's message without the position it appends (<c>LineNumber: 0 | BytePositionInLine: 7.</c>, which the
    /// problem's location gives from the exception's own numbers) and without the advice about reader options.
    /// </summary>
    internal static string CleanMessage(string message)
    {
        var end = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        if (end >= 0)
        {
            var path = message.LastIndexOf(" Path: ", end, StringComparison.Ordinal);
            message = message[..(path >= 0 ? path : end)];
        }

        var text = message.Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
        return text.Length == 0 ? "—" : text;
    }
}
