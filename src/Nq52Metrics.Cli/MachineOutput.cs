using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Nq52Metrics.Data;

namespace Nq52Metrics.Cli;

/// <summary>
/// Writes the tables of a command run with <c>--format csv|json</c> (see docs/formats.md, "Machine-readable output"):
/// <list type="bullet">
/// <item><b>csv</b>: each table as a header row and its rows (RFC 4180 quoting, invariant culture, <c>NA</c> for a
/// missing value); several tables are separated by one empty line, the main table first. On sample data every row
/// starts with a <c>DataStatus</c> column holding <c>SAMPLE</c>.</item>
/// <item><b>json</b>: one object, <c>{"dataStatus": "SAMPLE", "notice": "…", "tables": [{"title", "columns",
/// "rows": [{column: value}]}]}</c>, where <c>dataStatus</c> and <c>notice</c> appear only on sample data; cells of
/// numeric columns are numbers (<c>null</c> when missing), the others strings.</item>
/// </list>
/// Column names repeated within a table get a suffix (<c>Rank</c>, <c>Rank_2</c>) so every field has its own name.
/// </summary>
internal static class MachineOutput
{
    /// <summary>Writes the tables in the given format.</summary>
    /// <param name="writer">Standard output.</param>
    /// <param name="format"><see cref="OutputFormat.Csv"/> or <see cref="OutputFormat.Json"/>.</param>
    /// <param name="tables">The tables, in the order the command showed them.</param>
    /// <param name="sampleNotice">The sample notice when the output was built from sample data, else null.</param>
    public static void Write(TextWriter writer, OutputFormat format, IReadOnlyList<MachineTable> tables, string? sampleNotice)
    {
        if (format == OutputFormat.Json)
        {
            writer.Write(Json(tables, sampleNotice));
            writer.WriteLine();
            return;
        }

        for (var t = 0; t < tables.Count; t++)
        {
            if (t > 0)
            {
                writer.WriteLine();
            }

            WriteCsv(writer, tables[t], sampleNotice is not null);
        }
    }

    /// <summary>The JSON document of the tables.</summary>
    public static string Json(IReadOnlyList<MachineTable> tables, string? sampleNotice)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (sampleNotice is not null)
            {
                json.WriteString(SampleData.JsonKey, SampleData.Marker);
                json.WriteString("notice", sampleNotice);
            }

            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                var names = UniqueNames(table);
                json.WriteStartObject();
                json.WriteString("title", table.Title);
                json.WriteStartArray("columns");
                foreach (var name in names)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var c = 0; c < names.Count; c++)
                    {
                        json.WritePropertyName(names[c]);
                        WriteCell(json, row[c], table.Numeric[c]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCell(Utf8JsonWriter json, string cell, bool numeric)
    {
        if (numeric && MachineTable.IsMissing(cell))
        {
            json.WriteNullValue();
        }
        else if (numeric && MachineTable.Number(cell) is { } number)
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteStringValue(cell);
        }
    }

    private static void WriteCsv(TextWriter writer, MachineTable table, bool sample)
    {
        var names = UniqueNames(table);
        using var csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
        if (table.Rows.IsEmpty)
        {
            // Sep writes the header with the first row; an empty table still gets its header.
            writer.WriteLine(string.Join(',', (sample ? [SampleData.MarkerColumn, .. names] : names).Select(Quote)));
            return;
        }

        foreach (var cells in table.Rows)
        {
            using var row = csv.NewRow();
            if (sample)
            {
                row[SampleData.MarkerColumn].Set(SampleData.Marker);
            }

            for (var c = 0; c < names.Count; c++)
            {
                row[names[c]].Set(table.Numeric[c] && MachineTable.IsMissing(cells[c]) ? "NA" : cells[c]);
            }
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The column names, a repeated one suffixed <c>_2</c>, <c>_3</c>…; an empty one named <c>column_N</c>.</summary>
    private static List<string> UniqueNames(MachineTable table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { SampleData.MarkerColumn };
        var names = new List<string>(table.Columns.Length);
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var name = table.Columns[c].Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"column_{c + 1}") : table.Columns[c];
            var unique = name;
            for (var k = 2; !seen.Add(unique); k++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}_{k}");
            }

            names.Add(unique);
        }

        return names;
    }
}
