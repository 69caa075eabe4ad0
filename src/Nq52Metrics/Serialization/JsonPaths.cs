using System.Text.RegularExpressions;

namespace Nq52Metrics.Serialization;

/// <summary>
/// JSON paths as problems show them: members joined by dots, array items in brackets, no leading <c>$</c>
/// (<c>nodes[2].goalposts.lower</c>, <c>aggregate.byLevel.2</c>); a name with other characters than letters, digits,
/// <c>_</c> and <c>-</c> is written <c>['a name']</c>. The root is the empty path.
/// </summary>
internal static partial class JsonPaths
{
    /// <summary>The path of a member of the object at <paramref name="path"/>.</summary>
    public static string Append(string path, string name)
    {
        if (name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
        {
            return path.Length == 0 ? name : $"{path}.{name}";
        }

        return $"{path}['{name}']";
    }

    /// <summary>The path of an item of the array at <paramref name="path"/>.</summary>
    public static string Append(string path, int index) => $"{path}[{index}]";

    /// <summary>
    /// The segments (member names as <see cref="string"/>, item indexes as <see cref="int"/>) of a path written the
    /// way System.Text.Json reports it (<c>$.nodes[0].level</c>, <c>$['a b']</c>).
    /// </summary>
    public static IReadOnlyList<object> ParseSerializerPath(string? path)
    {
        var segments = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(int.Parse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture));
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                // Not a path we understand: keep the rest as one name rather than guess.
                segments.Add(path[i..]);
                break;
            }
        }

        return segments;
    }

    /// <summary>Writes segments as a path.</summary>
    public static string Format(IEnumerable<object> segments)
    {
        var path = "";
        foreach (var segment in segments)
        {
            path = segment is int index ? Append(path, index) : Append(path, (string)segment);
        }

        return path;
    }

    /// <summary>The path with every item index replaced by <c>*</c> (<c>nodes[*].parent</c>), for matching rules.</summary>
    public static string Generalise(string path) => ItemIndex().Replace(path, "[*]");

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex ItemIndex();
}
