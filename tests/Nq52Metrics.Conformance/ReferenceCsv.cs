using System.Globalization;

namespace Nq52Metrics.Conformance;

/// <summary>
/// A reference CSV file exported by R: header row, comma separated, strings in double quotes, missing = <c>NA</c>.
/// The pipeline files contain no embedded commas or quotes, so a plain split is exact. Rows are kept as strings;
/// numbers are parsed on demand with the invariant culture (round-trip exact).
/// </summary>
public sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columnIndex;

    private ReferenceCsv(string name, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columnIndex = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The file name, used in failure messages.</summary>
    public string Name { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows (quotes removed), each as long as <see cref="Header"/>.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a reference file; fails the test when a row is ragged or a column name repeats.</summary>
    /// <param name="path">The file's full path.</param>
    /// <returns>The parsed file.</returns>
    public static ReferenceCsv Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 0, $"{path} is empty.");
        var header = Split(lines[0]);
        Assert.True(header.Distinct(StringComparer.Ordinal).Count() == header.Length, $"{path} repeats a column name.");
        var rows = new List<string[]>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++)
        {
            var row = Split(lines[i]);
            Assert.True(row.Length == header.Length, $"{path} line {i + 1} has {row.Length} fields; the header has {header.Length}.");
            rows.Add(row);
        }

        return new ReferenceCsv(System.IO.Path.GetFileName(path), header, rows);
    }

    /// <summary>Position of a column; fails the test when the file has no such column.</summary>
    /// <param name="column">A column name.</param>
    /// <returns>The 0-based position.</returns>
    public int ColumnIndex(string column)
    {
        Assert.True(_columnIndex.TryGetValue(column, out var index), $"{Name} has no column \"{column}\".");
        return index;
    }

    /// <summary>Parses a number as R wrote it: <c>NA</c> is NaN, anything else must parse (invariant culture).</summary>
    /// <param name="text">The cell text.</param>
    /// <returns>The value.</returns>
    public static double Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text == "NA" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an R logical: <c>TRUE</c>, <c>FALSE</c> or <c>NA</c> (null).</summary>
    /// <param name="text">The cell text.</param>
    /// <returns>The value.</returns>
    public static bool? Logical(string text) => text switch
    {
        "TRUE" => true,
        "FALSE" => false,
        "NA" => null,
        _ => throw new FormatException($"\"{text}\" is not an R logical."),
    };

    private static string[] Split(string line) =>
        line.Split(',').Select(f => f.Length >= 2 && f[0] == '"' && f[^1] == '"' ? f[1..^1] : f).ToArray();
}
