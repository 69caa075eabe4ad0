using System.Globalization;
using System.Text;

namespace Nq52Metrics;

/// <summary>
/// Where a <see cref="ValidationProblem"/> is, as separate parts: the file it came from, a line (and a character
/// position on that line), a CSV column, a JSON path, a unit, a node, or a parameter. Every part is optional; an
/// empty location (<see cref="Nowhere"/>) describes the input as a whole.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> writes the file part first (<c>iData.csv line 7, column "LPI"</c>, <c>method.json line 3,
/// normalise.method</c>) and the rest after a colon (<c>fw.json: node "I1"</c>). Parts are kept as given; a value that
/// is not a file name, a path, a code or a parameter name belongs in the message, not here.
/// </remarks>
public sealed record ProblemLocation
{
    /// <summary>The empty location: the problem concerns the input as a whole.</summary>
    public static ProblemLocation Nowhere { get; } = new();

    /// <summary>The file (or other named input) the problem comes from, as the user gave it; null when not from a file.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line in <see cref="Source"/> (CSV lines count the header as line 1); null when unknown.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based position on <see cref="Line"/>, counted in UTF-8 bytes (JSON syntax errors only); null otherwise.</summary>
    public int? Position { get; init; }

    /// <summary>The CSV column name; null when not from a CSV cell.</summary>
    public string? Column { get; init; }

    /// <summary>The JSON path without a leading <c>$</c> (<c>nodes[2].goalposts.lower</c>; empty for the root); null when not from JSON.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The unit code concerned; null when none.</summary>
    public string? Unit { get; init; }

    /// <summary>The node (indicator or aggregate) code concerned; null when none.</summary>
    public string? Node { get; init; }

    /// <summary>A parameter, option or other named place (<c>--runs</c>, <c>claim "…"</c>); null when none.</summary>
    public string? Parameter { get; init; }

    /// <summary>A location in a file.</summary>
    /// <param name="source">The file name as given.</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation InFile(string source, int? line = null) => new() { Source = source, Line = line };

    /// <summary>A CSV cell: <c>iData.csv line 7, column "LPI"</c>.</summary>
    /// <param name="source">The file name as given.</param>
    /// <param name="line">The 1-based line (the header is line 1).</param>
    /// <param name="column">The column name.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation InCsv(string source, int line, string column) => new() { Source = source, Line = line, Column = column };

    /// <summary>A value in a JSON document: <c>method.json line 3, normalise.method</c>.</summary>
    /// <param name="source">The file name as given.</param>
    /// <param name="line">The 1-based line of the value (of its member name), or null when unknown.</param>
    /// <param name="path">The JSON path (empty for the root).</param>
    /// <returns>The location.</returns>
    public static ProblemLocation InJson(string source, int? line, string path) => new() { Source = source, Line = line, JsonPath = path };

    /// <summary>A node of a framework: <c>node "Conn"</c>.</summary>
    /// <param name="code">The node code.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation OfNode(string code) => new() { Node = code };

    /// <summary>A unit of a dataset: <c>unit "AUT"</c>.</summary>
    /// <param name="code">The unit code.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation OfUnit(string code) => new() { Unit = code };

    /// <summary>A parameter, option or other named place given as text (<c>--runs</c>, <c>share band</c>).</summary>
    /// <param name="name">The name as it should be shown.</param>
    /// <returns>The location.</returns>
    public static ProblemLocation OfParameter(string name) => new() { Parameter = name };

    /// <summary>
    /// This location read from <paramref name="source"/>: sets <see cref="Source"/> when it is not set yet; when it
    /// is (a file read from the folder <paramref name="source"/>), the source becomes the file's path in that folder.
    /// </summary>
    /// <param name="source">The file or folder name as given.</param>
    /// <returns>The location with a source.</returns>
    public ProblemLocation From(string source) =>
        this with { Source = Source is null ? source : Path.Join(source, Source) };

    /// <summary>
    /// The location as one line: the file part (<c>name line 7, column 3, column "LPI", a.b[0]</c>), then after a colon
    /// the unit, node and parameter (<c>unit "AUT", node "Conn"</c>). Empty for <see cref="Nowhere"/>.
    /// </summary>
    /// <returns>The location text.</returns>
    public override string ToString()
    {
        var file = new StringBuilder(Source);
        var separator = file.Length == 0 ? "" : " ";
        if (Line is { } line)
        {
            file.Append(separator).Append("line ").Append(line.ToString(CultureInfo.InvariantCulture));
            separator = ", ";
        }

        if (Position is { } position)
        {
            file.Append(separator).Append("column ").Append(position.ToString(CultureInfo.InvariantCulture));
            separator = ", ";
        }

        if (Column is not null)
        {
            file.Append(separator).Append("column \"").Append(Column).Append('"');
            separator = ", ";
        }

        if (!string.IsNullOrEmpty(JsonPath))
        {
            file.Append(separator).Append(Position is null ? "" : "in ").Append(JsonPath);
        }

        var parts = new List<string>(3);
        if (Unit is not null)
        {
            parts.Add($"unit \"{Unit}\"");
        }

        if (Node is not null)
        {
            parts.Add($"node \"{Node}\"");
        }

        if (Parameter is not null)
        {
            parts.Add(Parameter);
        }

        var rest = string.Join(", ", parts);
        return file.Length == 0 ? rest : rest.Length == 0 ? file.ToString() : $"{file}: {rest}";
    }
}
