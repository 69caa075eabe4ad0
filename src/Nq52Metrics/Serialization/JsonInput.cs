using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads one of our JSON files into its document type with the source-generated context, and turns every failure
/// into a <see cref="Nq52ValidationException"/> whose problems name the file, the line and the JSON path: malformed
/// JSON, a repeated property, a <c>null</c> where the format does not allow one, an unknown property, a missing
/// required property, a value of the wrong type. The outline kept afterwards locates later value problems too.
/// </summary>
internal sealed partial class JsonInput
{
    private JsonInput(string source, JsonOutline outline)
    {
        Source = source;
        Outline = outline;
    }

    /// <summary>The name problems use for the file (its file name, or the name given to a parse method).</summary>
    public string Source { get; }

    /// <summary>Where every value of the text is.</summary>
    public JsonOutline Outline { get; }

    /// <summary>A problem location for a path: <c>file line 4, normalise.method</c>.</summary>
    public string Where(string path) => JsonPaths.Location(Source, Outline.TryGet(path, out var entry) ? entry.Line : null, path);

    /// <summary>Reads a whole text file.</summary>
    /// <exception cref="Nq52ValidationException">The file does not exist or cannot be read.</exception>
    public static string ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new Nq52ValidationException(path, "the file does not exist.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Nq52ValidationException(path, $"the file cannot be read: {e.Message}");
        }
    }

    /// <summary>Deserializes a JSON text whose root must be an object.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The name problems use for the file.</param>
    /// <param name="typeInfo">The document type's metadata from the source-generated context.</param>
    /// <param name="nullAllowed">Generalised paths (<c>nodes[*].parent</c>) where a JSON <c>null</c> is allowed.</param>
    /// <exception cref="Nq52ValidationException">Any problem, located.</exception>
    public static (T Value, JsonInput Input) Deserialize<T>(string json, string source, JsonTypeInfo<T> typeInfo, IReadOnlySet<string> nullAllowed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new Nq52ValidationException(source, "the file is empty.");
        }

        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var outline = JsonOutline.Scan(utf8, source);
        var input = new JsonInput(source, outline);
        if (outline.Root.Kind != JsonTokenType.StartObject)
        {
            throw new Nq52ValidationException($"{source} line {outline.Root.Line}", $"the file must hold a JSON object, not {outline.Root.Describe()}.");
        }

        var problems = new ValidationProblems();
        foreach (var duplicate in outline.Duplicates)
        {
            problems.Add(JsonPaths.Location(source, duplicate.Line, duplicate.Path), "this property is given more than once.");
        }

        foreach (var entry in outline.Entries.Where(e => e.Kind == JsonTokenType.Null && !nullAllowed.Contains(JsonPaths.Generalise(e.Path))))
        {
            problems.Add(input.Where(entry.Path), "null is not allowed here (leave the property out to use its default).");
        }

        problems.ThrowIfAny();
        try
        {
            // The root is an object (checked above), so the result is never null.
            return (JsonSerializer.Deserialize(utf8, typeInfo)!, input);
        }
        catch (JsonException e)
        {
            throw input.Explain(e, [], typeInfo);
        }
    }

    /// <summary>
    /// Deserializes one value found inside the document (e.g. an object in a property that also accepts
    /// <c>true</c>), locating problems below <paramref name="path"/>.
    /// </summary>
    /// <exception cref="Nq52ValidationException">Any problem, located.</exception>
    public T Convert<T>(JsonElement element, string path, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return element.Deserialize(typeInfo) ?? throw new Nq52ValidationException(Where(path), "a value is required here.");
        }
        catch (JsonException e)
        {
            var prefix = SegmentsOf(path);
            throw Explain(e, prefix, typeInfo);
        }
    }

    /// <summary>Describes the expected JSON for a .NET type: <c>a whole number</c>, <c>an array</c>, …</summary>
    public static string Expected(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(double))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        return typeInfo.Kind == JsonTypeInfoKind.Enumerable ? "an array" : "an object";
    }

    private Nq52ValidationException Explain(JsonException e, List<object> prefix, JsonTypeInfo root)
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
                    return new Nq52ValidationException(
                        Where(JsonPaths.Format(segments.Take(k + 1))),
                        $"unknown property \"{name}\"; the properties allowed here are {known}.");
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
            ? JsonPaths.Location(Source, entry.Line, path)
            : JsonPaths.Location(Source, (int?)(e.LineNumber + 1), path);
        if (entry is null)
        {
            return new Nq52ValidationException(where, CleanMessage(e.Message));
        }

        if (typeInfo.Kind == JsonTypeInfoKind.Object && entry.Kind == JsonTokenType.StartObject)
        {
            var missing = typeInfo.Properties.Where(p => p.IsRequired && !entry.Members.Contains(p.Name)).Select(p => $"\"{p.Name}\"").ToList();
            if (missing.Count > 0)
            {
                return new Nq52ValidationException(where, missing.Count == 1
                    ? $"the required property {missing[0]} is missing."
                    : $"the required properties {string.Join(", ", missing)} are missing.");
            }
        }

        return new Nq52ValidationException(where, $"expected {Expected(typeInfo)}, found {entry.Describe()}.");
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

    /// <summary>The reader's message without the position suffix and the advice about reader options.</summary>
    internal static string CleanMessage(string message)
    {
        var text = PositionSuffix().Replace(message, "").Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
        return text.Length == 0 ? "the JSON could not be read." : text;
    }

    [GeneratedRegex(@"\s*(Path: .*?\| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();
}
