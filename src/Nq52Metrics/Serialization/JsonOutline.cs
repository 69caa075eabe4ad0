using System.Text;
using System.Text.Json;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The outline of a JSON text: for every value, its path (e.g. <c>nodes[0].level</c>; the root is the empty path),
/// its line and column, its token kind, its text (scalars) and, for objects, the names of its members. Built in one
/// pass of <see cref="Utf8JsonReader"/>, so every later problem can name the line it comes from. Repeated member
/// names are collected rather than silently overwritten.
/// </summary>
internal sealed class JsonOutline
{
    /// <summary>The most values (objects, arrays, strings, numbers, literals) a document may hold: 200,000.</summary>
    public const int MaxValues = 200_000;

    /// <summary>The deepest nesting of objects and arrays a document may have: 64.</summary>
    public const int MaxDepth = 64;

    private readonly Dictionary<string, JsonOutlineEntry> _entries;

    private JsonOutline(Dictionary<string, JsonOutlineEntry> entries, List<JsonOutlineEntry> duplicates)
    {
        _entries = entries;
        Duplicates = duplicates;
    }

    /// <summary>Every value, in document order.</summary>
    public IEnumerable<JsonOutlineEntry> Entries => _entries.Values;

    /// <summary>Members that repeat a name already used in the same object (the repeated occurrence).</summary>
    public IReadOnlyList<JsonOutlineEntry> Duplicates { get; }

    /// <summary>The root value.</summary>
    public JsonOutlineEntry Root => _entries[""];

    /// <summary>Looks up the value at a path.</summary>
    public bool TryGet(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonOutlineEntry? entry) =>
        _entries.TryGetValue(path, out entry);

    /// <summary>Reads the whole text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="source">The name problem locations start with.</param>
    /// <returns>The outline; or, when the text is not well-formed JSON, the first syntax error with its line, column
    /// and the path of the object or array it is in; or, when it holds more than <see cref="MaxValues"/> values or
    /// nests deeper than <see cref="MaxDepth"/>, that problem, found while streaming before the rest is read.</returns>
    public static Outcome<JsonOutline> Scan(ReadOnlySpan<byte> utf8, string source)
    {
        var lineStarts = LineStarts(utf8);
        var entries = new Dictionary<string, JsonOutlineEntry>(StringComparer.Ordinal);
        var duplicates = new List<JsonOutlineEntry>();
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
        string? pendingPath = null;
        var values = 0;
        ValidationProblem? syntax;
        while (Read(ref reader, frames, source, out syntax))
        {
            var (line, column) = Position(lineStarts, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var frame = frames.Peek();
                var name = reader.GetString()!;
                pendingPath = JsonPaths.Append(frame.Path, name);
                var member = new JsonOutlineEntry(pendingPath, line, column, JsonTokenType.PropertyName, null);
                if (!frame.Members.Add(name))
                {
                    duplicates.Add(member);
                }
                else
                {
                    entries[pendingPath] = member;
                }

                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
                continue;
            }

            if (++values > MaxValues)
            {
                return Outcome<JsonOutline>.Failure([ProblemMessages.Problem(
                    ProblemLocation.InJson(source, line, frames.Count > 0 ? frames.Peek().Path : ""),
                    nameof(Messages.JsonTooManyValues),
                    MaxValues)]);
            }

            var path = ValuePath(frames, ref pendingPath);
            var entry = Record(entries, path, line, column, ref reader);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray, entry.Members));
            }
        }

        return syntax is null ? Outcome<JsonOutline>.Success(new JsonOutline(entries, duplicates)) : Outcome<JsonOutline>.Failure([syntax]);
    }

    /// <summary>Reads the next token: false at the end of the text or at a syntax error (then <paramref name="syntax"/>).</summary>
    private static bool Read(ref Utf8JsonReader reader, Stack<Frame> frames, string source, out ValidationProblem? syntax)
    {
        syntax = null;
        try
        {
            return reader.Read();
        }
        catch (JsonException e)
        {
            var where = new ProblemLocation
            {
                Source = source,
                Line = (int)(e.LineNumber ?? 0) + 1,
                Position = (int)(e.BytePositionInLine ?? 0) + 1,
                JsonPath = frames.Count > 0 ? frames.Peek().Path : null,
            };
            syntax = ProblemMessages.Problem(where, nameof(Messages.JsonSyntax), JsonInput.CleanMessage(e.Message));
            return false;
        }
    }

    private static string ValuePath(Stack<Frame> frames, ref string? pendingPath)
    {
        if (frames.Count == 0)
        {
            return "";
        }

        var parent = frames.Peek();
        if (parent.IsArray)
        {
            return JsonPaths.Append(parent.Path, parent.NextIndex++);
        }

        var path = pendingPath!;
        pendingPath = null;
        return path;
    }

    private static JsonOutlineEntry Record(
        Dictionary<string, JsonOutlineEntry> entries, string path, int line, int column, ref Utf8JsonReader reader)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => Shorten(reader.GetString()!),
            JsonTokenType.Number => Shorten(Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => null,
        };

        // A member's entry keeps the line of its name (where a reader looks first) but takes the value's kind.
        if (entries.TryGetValue(path, out var member) && member.Kind == JsonTokenType.PropertyName)
        {
            line = member.Line;
            column = member.Column;
        }

        var entry = new JsonOutlineEntry(path, line, column, reader.TokenType, text);
        entries[path] = entry;
        return entry;
    }

    private static string Shorten(string text) => ProblemText.Cut(text);

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)offset - lineStarts[line] + 1);
    }

    private sealed class Frame(string path, bool isArray, HashSet<string> members)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public HashSet<string> Members { get; } = members;

        public int NextIndex { get; set; }
    }
}

/// <summary>One value of a <see cref="JsonOutline"/>.</summary>
/// <param name="Path">Its path, e.g. <c>nodes[0].level</c> (empty for the root).</param>
/// <param name="Line">1-based line (of the member name, for a member of an object).</param>
/// <param name="Column">1-based column, counted in UTF-8 bytes.</param>
/// <param name="Kind">The token that starts the value.</param>
/// <param name="Text">The text of a string or number (shortened when long); null otherwise.</param>
internal sealed record JsonOutlineEntry(string Path, int Line, int Column, JsonTokenType Kind, string? Text)
{
    /// <summary>Names of the members, for an object.</summary>
    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The value described for a message, in the message's language: the phrase <c>the string "x"</c> /
    /// <c>chuỗi "x"</c>, <c>an object</c>, <c>an array</c>; a number, <c>true</c>, <c>false</c> or <c>null</c> as written.
    /// </summary>
    public object Describe() => Kind switch
    {
        JsonTokenType.String => MessageText.Of(nameof(Messages.JsonFoundString), $"\"{Text}\""),
        JsonTokenType.Number => Text!,
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => MessageText.Of(nameof(Messages.JsonFoundObject)),
        JsonTokenType.StartArray => MessageText.Of(nameof(Messages.JsonFoundArray)),
        _ => Kind.ToString(),
    };
}
