using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// A table of a report in the form <c>--format csv|json</c> writes it: the title, the column names, which columns hold
/// numbers (those the text table right-aligns) and the cells as the text table shows them (invariant culture;
/// <c>NA</c> = missing). A text column that shows an interval, <c>Median [q5, q95]</c> with cells <c>3 [1, 5]</c>,
/// becomes three columns (<c>Median</c>, <c>q5</c>, <c>q95</c>), so every field holds one value.
/// </summary>
/// <param name="Title">The table's title (empty when it has none).</param>
/// <param name="Columns">The column names.</param>
/// <param name="Numeric">Per column: true when it holds numbers.</param>
/// <param name="Rows">The rows, one cell per column.</param>
internal sealed partial record MachineTable(string Title, ImmutableArray<string> Columns, ImmutableArray<bool> Numeric, ImmutableArray<ImmutableArray<string>> Rows)
{
    /// <summary>The machine form of a text table.</summary>
    /// <param name="table">The table as built for the terminal.</param>
    /// <returns>Its columns and cells as plain text.</returns>
    public static MachineTable From(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = ImmutableArray.CreateBuilder<string>();
        var numeric = ImmutableArray.CreateBuilder<bool>();
        var splits = new List<bool>();
        foreach (var column in table.Columns)
        {
            var header = Plain(column.Header);
            var right = column.Alignment == Justify.Right;
            var interval = IntervalHeader().Match(header);
            splits.Add(interval.Success);
            if (interval.Success)
            {
                columns.AddRange(interval.Groups[1].Value.Trim(), interval.Groups[2].Value.Trim(), interval.Groups[3].Value.Trim());
                numeric.AddRange(right, right, right);
            }
            else
            {
                columns.Add(header);
                numeric.Add(right);
            }
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var row in table.Rows)
        {
            var cells = ImmutableArray.CreateBuilder<string>(columns.Count);
            var c = 0;
            foreach (var cell in row)
            {
                var text = Plain(cell);
                if (c < splits.Count && splits[c])
                {
                    var value = IntervalCell().Match(text);
                    string[] parts = value.Success ? [value.Groups[1].Value, value.Groups[2].Value, value.Groups[3].Value] : [text, "", ""];
                    cells.AddRange(parts);
                }
                else
                {
                    cells.Add(text);
                }

                c++;
            }

            while (cells.Count < columns.Count)
            {
                cells.Add("");
            }

            rows.Add(cells.MoveToImmutable());
        }

        return new MachineTable(table.Title?.Text ?? "", columns.ToImmutable(), numeric.ToImmutable(), rows.ToImmutable());
    }

    /// <summary>A cell of a numeric column as a number, or null when it is missing (<c>NA</c>, empty, a dash) or not a number.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The number, or null.</returns>
    public static double? Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    /// <summary>True for the ways a table shows a missing value: empty, <c>NA</c>, a dash.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>Whether it means "no value".</returns>
    public static bool IsMissing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim() is "" or "NA" or "-" or "—" or "–";
    }

    /// <summary>The text of a renderable (a cell, a header) on one line, without styles.</summary>
    private static string Plain(IRenderable renderable)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = CliApp.PlainConsole(writer, 100_000);
        console.Write(renderable);
        var lines = writer.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', lines);
    }

    [GeneratedRegex(@"^(.+?) \[(.+?), (.+?)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalHeader();

    [GeneratedRegex(@"^(\S+) \[(\S+), (\S+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalCell();
}
