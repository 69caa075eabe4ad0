using System.Globalization;
using MiniExcelLibs;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>Test workbooks made from CSV text: a cell that parses as an invariant number becomes a number cell.</summary>
internal static class WorkbookSheets
{
    /// <summary>The rows of a CSV text as sheet rows (the header names the columns).</summary>
    public static List<Dictionary<string, object?>> FromCsv(string csv, Func<int, string, string, object?>? change = null)
    {
        var table = CsvTable.Parse(csv, "csv").GetValueOrThrow();
        return table.Rows.Select((cells, r) =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < table.Header.Count; c++)
            {
                var text = cells[c];
                object? value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : text.Length == 0 ? null : text;
                row[table.Header[c]] = change is null ? value : change(r + 2, table.Header[c], text) ?? value;
            }

            return row;
        }).ToList();
    }

    /// <summary>Writes a workbook with the given sheets.</summary>
    public static string Write(string path, params (string Name, object Rows)[] sheets)
    {
        MiniExcel.SaveAs(path, sheets.ToDictionary(s => s.Name, s => s.Rows, StringComparer.Ordinal));
        return path;
    }
}
