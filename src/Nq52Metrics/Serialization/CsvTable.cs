using nietras.SeparatedValues;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// A CSV file read whole into strings (header + rows), with the file name kept for error locations. Quotes are
/// removed; values are not trimmed. Internal helper over the Sep parser.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string source, IReadOnlyList<string> header, List<string[]> rows, List<int> lines)
    {
        Source = source;
        Header = header;
        Rows = rows;
        LineNumbers = lines;
    }

    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>1-based line number of each row in the file (the header is line 1).</summary>
    public IReadOnlyList<int> LineNumbers { get; }

    /// <summary>Reads and parses a CSV file (see <see cref="InputFile.ReadText"/> for the file problems).</summary>
    public static Outcome<CsvTable> Read(string path) =>
        InputFile.ReadText(path).Then(text => Parse(text, Path.GetFileName(path)));

    /// <summary>Parses CSV text; the problems name <paramref name="source"/>.</summary>
    public static Outcome<CsvTable> Parse(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<CsvTable>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(source), nameof(Messages.FileIsEmpty))]);
        }

        var rows = new List<string[]>();
        var lines = new List<int>();
        string[] header;
        try
        {
            // The header is read as a plain row, so that a repeated column name is our located problem below, not
            // the parser's exception.
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, Sep = new Sep(',') }).FromText(text);
            header = [];
            var first = true;
            foreach (var row in reader)
            {
                if (first)
                {
                    first = false;
                    header = new string[row.ColCount];
                    for (var c = 0; c < header.Length; c++)
                    {
                        header[c] = row[c].ToString();
                    }

                    continue;
                }

                var values = new string[row.ColCount];
                for (var c = 0; c < values.Length; c++)
                {
                    values[c] = row[c].ToString();
                }

                if (values.Length == 1 && values[0].Length == 0)
                {
                    continue;
                }

                rows.Add(values);
                lines.Add(row.LineNumberFrom);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            return Outcome<CsvTable>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(source), nameof(Messages.CsvInvalid), e.Message)]);
        }

        var table = new CsvTable(source, header, rows, lines);
        var problems = new ValidationProblems();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!seen.Add(name))
            {
                problems.AddMessage(ProblemLocation.InFile(source, 1), nameof(Messages.CsvColumnRepeated), name);
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != header.Length)
            {
                problems.AddMessage(ProblemLocation.InFile(source, lines[r]), nameof(Messages.CsvFieldCount), rows[r].Length, header.Length);
            }
        }

        return problems.IsEmpty ? Outcome<CsvTable>.Success(table) : Outcome<CsvTable>.Failure(problems.Items);
    }

    public int ColumnIndex(string name) => Header.ToList().IndexOf(name);

    /// <summary>The location of a cell: <c>iData.csv line 7, column "LPI"</c>.</summary>
    public ProblemLocation Location(int row, string column) => ProblemLocation.InCsv(Source, LineNumbers[row], column);

    /// <summary>The location of a line (1 = the header).</summary>
    public ProblemLocation Line(int line) => ProblemLocation.InFile(Source, line);

    /// <summary>The location of a whole column: <c>iData.csv, column "LPI"</c>.</summary>
    public ProblemLocation WholeColumn(string column) => ProblemLocation.InFile(Source) with { Column = column };
}
