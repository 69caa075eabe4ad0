using Spectre.Console;

namespace Nq52Metrics.Cli;

/// <summary>Plain text tables for the reports: a title, named columns (some right-aligned) and rows of strings.</summary>
internal static class ReportTable
{
    /// <summary>A table with the given title and columns; a column name starting with <c>&gt;</c> is right-aligned (numbers).</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">The column names.</param>
    /// <returns>The empty table.</returns>
    public static Table Create(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title) };
        foreach (var column in columns)
        {
            var right = column.StartsWith('>');
            var header = new TableColumn(new Text(right ? column[1..] : column));
            table.AddColumn(right ? header.RightAligned() : header);
        }

        return table;
    }

    /// <summary>A column name marked right-aligned for <see cref="Create"/> (numbers): <c>&gt;</c> before the name.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The marked name.</returns>
    public static string Right(string column) => string.Concat(">", column);

    /// <summary>Adds a row of plain text cells (no markup is interpreted).</summary>
    /// <param name="table">The table.</param>
    /// <param name="cells">One cell per column.</param>
    public static void Add(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)));
}
