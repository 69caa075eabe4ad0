using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Serialization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// One seed CSV file read for typed parsing: checks the header, reads cells as text, numbers, booleans and source
/// lists, and records every problem with its file, line and column (used by <see cref="VietnamSeeds"/> and <see cref="ClaimParser"/>).
/// </summary>
internal sealed class SeedTable
{
    private readonly CsvTable _csv;
    private readonly ValidationProblems _problems;
    private readonly IReadOnlySet<string>? _sourceKeys;

    private SeedTable(CsvTable csv, ValidationProblems problems, IReadOnlySet<string>? sourceKeys)
    {
        _csv = csv;
        _problems = problems;
        _sourceKeys = sourceKeys;
    }

    public string Source => _csv.Source;

    public int RowCount => _csv.Rows.Count;

    /// <summary>Parses a file's text; null (with the problems recorded) when it is not valid CSV or lacks a column.</summary>
    public static SeedTable? Open(string file, string? text, IReadOnlyList<string> columns, ValidationProblems problems, IReadOnlySet<string>? sourceKeys)
    {
        if (text is null)
        {
            problems.AddMessage(ProblemLocation.InFile(file), nameof(Messages.SeedFileMissing));
            return null;
        }

        var parsed = CsvTable.Parse(text, file);
        if (!parsed.TryGetValue(out var csv))
        {
            problems.AddRange(parsed.Problems);
            return null;
        }

        var missing = columns.Where(c => csv.ColumnIndex(c) < 0).ToList();
        foreach (var column in missing)
        {
            problems.AddMessage(ProblemLocation.InFile(file, 1), nameof(Messages.SeedColumnMissing), column);
        }

        return missing.Count == 0 ? new SeedTable(csv, problems, sourceKeys) : null;
    }

    public ProblemLocation Location(int row, string column) => _csv.Location(row, column);

    public string Origin(int row) => _csv.Line(_csv.LineNumbers[row]).ToString();

    /// <summary>Adds the problem <paramref name="key"/> (<c>nameof(Messages.X)</c>) at a cell.</summary>
    public void Problem(int row, string column, string key, params object[] arguments) => _problems.AddMessage(Location(row, column), key, arguments);

    /// <summary>Adds a problem at a cell whose message is <paramref name="text"/>.</summary>
    public void Problem(int row, string column, MessageText text) => _problems.Add(ProblemMessages.Problem(Location(row, column), text));

    /// <summary>True when the file has the column.</summary>
    public bool Has(string column) => _csv.ColumnIndex(column) >= 0;

    /// <summary>The trimmed cell; empty when blank or when the file has no such (optional) column.</summary>
    public string Text(int row, string column) => _csv.ColumnIndex(column) is var c and >= 0 ? _csv.Rows[row][c].Trim() : "";

    /// <summary>The trimmed cell, or null when blank.</summary>
    public string? Optional(int row, string column) => Text(row, column) is { Length: > 0 } t ? t : null;

    /// <summary>The trimmed cell; a problem when blank.</summary>
    public string Required(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            Problem(row, column, nameof(Messages.SeedValueEmpty));
        }

        return text;
    }

    /// <summary>A decimal number, or null when blank; a problem (and null) when not a number.</summary>
    public decimal? OptionalNumber(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(row, column, nameof(Messages.SeedNotANumber), ProblemText.Quote(text));
        return null;
    }

    /// <summary>A decimal number; a problem (and 0) when blank or not a number.</summary>
    public decimal Number(int row, string column)
    {
        if (Text(row, column).Length == 0)
        {
            Problem(row, column, nameof(Messages.SeedValueEmpty));
            return 0;
        }

        return OptionalNumber(row, column) ?? 0;
    }

    /// <summary>A whole number, or null when blank; a problem when not a whole number.</summary>
    public int? OptionalWhole(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(row, column, nameof(Messages.SeedNotAWholeNumber), ProblemText.Quote(text));
        return null;
    }

    /// <summary>A whole number; a problem (and 0) when blank or not a whole number.</summary>
    public int Whole(int row, string column)
    {
        if (Text(row, column).Length == 0)
        {
            Problem(row, column, nameof(Messages.SeedValueEmpty));
            return 0;
        }

        return OptionalWhole(row, column) ?? 0;
    }

    /// <summary><c>true</c> or <c>false</c>; a problem otherwise.</summary>
    public bool Flag(int row, string column)
    {
        var text = Text(row, column);
        if (text is "true" or "false")
        {
            return text == "true";
        }

        Problem(row, column, nameof(Messages.SeedNotABoolean), ProblemText.Quote(text));
        return false;
    }

    /// <summary>An ISO date (yyyy-MM-dd), or null when blank; a problem when malformed.</summary>
    public DateOnly? OptionalDate(int row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(row, column, nameof(Messages.SeedNotADate), ProblemText.Quote(text));
        return null;
    }

    /// <summary>The <c>;</c>-separated source keys; a problem when empty (if required) or when a key is not in <c>sources.csv</c>.</summary>
    public ImmutableArray<string> Sources(int row, string column = "source", bool required = true)
    {
        var keys = Text(row, column).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        if (keys.IsEmpty && required)
        {
            Problem(row, column, nameof(Messages.SeedNoSource));
        }

        foreach (var key in keys.Where(k => _sourceKeys is not null && !_sourceKeys.Contains(k)))
        {
            Problem(row, column, nameof(Messages.SeedSourceNotListed), key);
        }

        return keys;
    }

    /// <summary>The <c>note</c> column (empty when the file has none).</summary>
    public FactNote Note(int row) => _csv.ColumnIndex("note") < 0 ? FactNote.None : new FactNote(Text(row, "note"));
}
