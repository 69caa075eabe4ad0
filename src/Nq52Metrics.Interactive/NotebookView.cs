using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Nq52Metrics.Interactive;

/// <summary>
/// What a notebook shows for one value: a title, the SAMPLE notice when the value was built from sample data, a
/// one-line summary, and tables. Renders itself as HTML (user text escaped; Vietnamese and other Unicode text kept as
/// it is), as plain text, and as CSV. Tables longer than <see cref="MaxRows"/> are cut in HTML and text (with a note),
/// never in CSV. Immutable.
/// </summary>
/// <param name="Title">The heading.</param>
/// <param name="SampleNotice">The sample-data notice, or null when the data are not sample data.</param>
/// <param name="Summary">One line under the heading (may be empty).</param>
/// <param name="Tables">The tables, in display order.</param>
/// <param name="Labels">The labels used for the fixed texts (the rows-shown note).</param>
public sealed record NotebookView(string Title, string? SampleNotice, string Summary, ImmutableArray<NotebookTable> Tables, NotebookLabels Labels)
{
    /// <summary>Rows shown per table in HTML and text (a notebook cell, not a report); CSV has every row.</summary>
    public const int MaxRows = 100;

    /// <summary>
    /// The tables written by <see cref="ToCsv"/>: the same rows with invariant numbers and English headers when the
    /// view is in another language; empty = <see cref="Tables"/> (an English view).
    /// </summary>
    public ImmutableArray<NotebookTable> CsvTables { get; init; } = [];

    /// <summary>True when the value was built from sample data.</summary>
    public bool IsSample => SampleNotice is not null;

    /// <summary>The view as an HTML fragment (one <c>div</c>) for a notebook cell.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"nq52\">");
        html.Append("<h4>").Append(Escape(Title)).Append("</h4>");
        if (SampleNotice is not null)
        {
            html.Append("<p class=\"nq52-sample\" style=\"background:#fff3cd;border:1px solid #d39e00;padding:4px 8px\"><strong>")
                .Append(Escape(SampleNotice)).Append("</strong></p>");
        }

        if (Summary.Length > 0)
        {
            html.Append("<p>").Append(Escape(Summary)).Append("</p>");
        }

        foreach (var table in Tables)
        {
            html.Append("<table><caption>").Append(Escape(table.Caption)).Append("</caption><thead><tr>");
            foreach (var header in table.Headers)
            {
                html.Append("<th>").Append(Escape(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows.Take(MaxRows))
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td>").Append(Escape(cell)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
            if (table.Rows.Length > MaxRows)
            {
                html.Append("<p><em>").Append(Escape(RowsShown(table))).Append("</em></p>");
            }
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The view as plain text: heading, notice, summary, and each table with aligned columns.</summary>
    /// <returns>The text (lines end with <c>\n</c>).</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Title).Append('\n');
        if (SampleNotice is not null)
        {
            text.Append(SampleNotice).Append('\n');
        }

        if (Summary.Length > 0)
        {
            text.Append(Summary).Append('\n');
        }

        foreach (var table in Tables)
        {
            var rows = table.Rows.Take(MaxRows).Select(r => r.Select(OneLine).ToList()).ToList();
            var headers = table.Headers.Select(OneLine).ToList();
            var widths = headers.Select((h, j) => rows.Select(r => r[j].Length).Append(h.Length).Max()).ToArray();
            text.Append('\n').Append(table.Caption).Append('\n');
            AppendLine(text, headers, widths);
            foreach (var row in rows)
            {
                AppendLine(text, row, widths);
            }

            if (table.Rows.Length > MaxRows)
            {
                text.Append(RowsShown(table)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The view as CSV (RFC 4180 quoting): each table as a header line and every row, tables separated by an empty
    /// line. When the data are sample data every table starts with a <c>DataStatus</c> column holding <c>SAMPLE</c>.
    /// The same in every language (<see cref="CsvTables"/>): numbers invariant (<c>47.75</c>), headers in English.
    /// </summary>
    /// <returns>The CSV text (lines end with <c>\n</c>).</returns>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        var tables = CsvTables.IsDefaultOrEmpty ? Tables : CsvTables;
        for (var t = 0; t < tables.Length; t++)
        {
            if (t > 0)
            {
                csv.Append('\n');
            }

            var table = tables[t];
            AppendCsv(csv, IsSample ? table.Headers.Insert(0, Vietnam.PiiSample.DataStatusColumn) : table.Headers);
            foreach (var row in table.Rows)
            {
                AppendCsv(csv, IsSample ? row.Insert(0, Vietnam.PiiSample.SampleMarker) : row);
            }
        }

        return csv.ToString();
    }

    /// <summary>The plain-text form (<see cref="ToText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    private string RowsShown(NotebookTable table) =>
        string.Format(Labels.Language.Culture, Labels.RowsShown, MaxRows, table.Rows.Length);

    /// <summary>Escapes the five HTML-significant characters only, so Vietnamese and other letters stay as they are.</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The cell with every control character (a line break, a tab…) written as its code point in angle brackets
    /// (<c>&lt;U+000A&gt;</c>), so each row of a text table stays on one line.
    /// </summary>
    private static string OneLine(string cell)
    {
        if (!cell.Any(char.IsControl))
        {
            return cell;
        }

        var shown = new StringBuilder(cell.Length + 16);
        foreach (var c in cell)
        {
            _ = char.IsControl(c) ? shown.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>") : shown.Append(c);
        }

        return shown.ToString();
    }

    private static void AppendLine(StringBuilder text, List<string> cells, int[] widths)
    {
        for (var j = 0; j < cells.Count; j++)
        {
            text.Append(j == 0 ? "" : "  ").Append(cells[j].PadRight(widths[j]));
        }

        text.Append('\n');
    }

    private static void AppendCsv(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var j = 0; j < cells.Count; j++)
        {
            var cell = cells[j];
            csv.Append(j == 0 ? "" : ",");
            csv.Append(cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Append('\n');
    }
}
