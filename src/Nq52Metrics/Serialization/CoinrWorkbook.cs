using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads COINr's tables from an Excel workbook (.xlsx): the <c>iMeta</c> sheet (the framework) and the <c>iData</c>
/// sheet (the data), with the same columns and rules as <see cref="CoinrCsv"/>. Number cells keep their exact
/// value; text cells are parsed as in the CSV (invariant culture; <c>NA</c> or empty = missing). A problem is located
/// by file, sheet, row and column, e.g. <c>book.xlsx sheet iData row 7, column D ("LPI")</c>.
/// </summary>
public static class CoinrWorkbook
{
    /// <summary>The name of the framework sheet.</summary>
    public const string MetaSheet = "iMeta";

    /// <summary>The name of the data sheet.</summary>
    public const string DataSheet = "iData";

    /// <summary>Reads the <c>iMeta</c> sheet of a workbook into a framework.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing or not a workbook, the sheet is missing, or it
    /// describes an invalid framework (every problem, located).</exception>
    public static IndexFramework ReadMeta(string path) =>
        ReadSheet(path, MetaSheet).Then(sheet => sheet.Relocate(CoinrCsv.TryParseMeta(sheet.Text, sheet.Source))).GetValueOrThrow();

    /// <summary>Reads the <c>iData</c> sheet of a workbook for a framework.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <returns>The validated dataset.</returns>
    /// <exception cref="Nq52ValidationException">The file or sheet is missing, a cell is not a number, unit codes
    /// repeat, or the columns do not match the framework (every problem, located).</exception>
    public static Dataset ReadData(string path, IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return ReadSheet(path, DataSheet).Then(sheet => sheet.Relocate(CoinrCsv.TryParseData(sheet.Text, framework, sheet.Source))).GetValueOrThrow();
    }

    /// <summary>As <see cref="ReadMeta"/>, returning the problems rather than throwing them.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="framework">The framework, when the sheet is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the sheet is valid.</returns>
    public static bool TryReadMeta(string path, [NotNullWhen(true)] out IndexFramework? framework, out ImmutableArray<ValidationProblem> problems) =>
        ReadSheet(path, MetaSheet).Then(sheet => sheet.Relocate(CoinrCsv.TryParseMeta(sheet.Text, sheet.Source))).TryGetValue(out framework, out problems);

    /// <summary>As <see cref="ReadData"/>, returning the problems rather than throwing them.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="data">The dataset, when the sheet is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the sheet is valid.</returns>
    public static bool TryReadData(string path, IndexFramework framework, [NotNullWhen(true)] out Dataset? data, out ImmutableArray<ValidationProblem> problems) =>
        ReadSheet(path, DataSheet).Then(sheet => sheet.Relocate(CoinrCsv.TryParseData(sheet.Text, framework, sheet.Source))).TryGetValue(out data, out problems);

    /// <summary>Reads the <c>iData</c> sheet of a workbook as panel data (its <c>Time</c> column names the periods, as in <see cref="CoinrCsv.ReadPanelData"/>), returning the problems rather than throwing them.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="panel">The panel, when the sheet is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the sheet is valid.</returns>
    public static bool TryReadPanelData(string path, IndexFramework framework, [NotNullWhen(true)] out PanelDataset? panel, out ImmutableArray<ValidationProblem> problems) =>
        ReadSheet(path, DataSheet).Then(sheet => sheet.Relocate(CoinrCsv.TryParsePanelData(sheet.Text, framework, sheet.Source))).TryGetValue(out panel, out problems);

    private static Outcome<SheetText> ReadSheet(string path, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            return Outcome<SheetText>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(path), nameof(Messages.FileIsDirectory))]);
        }

        if (!File.Exists(path))
        {
            return Outcome<SheetText>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(path), nameof(Messages.FileDoesNotExist))]);
        }

        List<string> sheets;
        List<IDictionary<string, object?>> rows;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
            if (!sheets.Contains(sheetName, StringComparer.Ordinal))
            {
                return Outcome<SheetText>.Failure(
                    [ProblemMessages.Problem(ProblemLocation.InFile(file), nameof(Messages.WorkbookSheetMissing), sheetName, string.Join(", ", sheets.Select(s => $"\"{s}\"")))]);
            }

            rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheetName)
                .Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            return Outcome<SheetText>.Failure([ProblemMessages.Problem(ProblemLocation.InFile(file), nameof(Messages.WorkbookUnreadable), ProblemText.Cut(e.Message))]);
        }

        return Outcome<SheetText>.Success(SheetText.From($"{file} sheet {sheetName}", rows));
    }

    /// <summary>A sheet as CSV text whose line N is sheet row N, and the letters of its header columns.</summary>
    private sealed class SheetText
    {
        private readonly Dictionary<string, string> _letterByHeader;

        private SheetText(string source, string text, Dictionary<string, string> letterByHeader)
        {
            Source = source;
            Text = text;
            _letterByHeader = letterByHeader;
        }

        public string Source { get; }

        public string Text { get; }

        public static SheetText From(string source, List<IDictionary<string, object?>> rows)
        {
            var letters = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal)
                .OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            var letterByHeader = new Dictionary<string, string>(StringComparer.Ordinal);
            var headerWidth = rows.Count == 0 ? 0 : HeaderWidth(rows[0], letters);
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = letters.Select(l => Cell(rows[r].TryGetValue(l, out var v) ? v : null)).ToList();
                while (cells.Count > 0 && cells[^1].Length == 0)
                {
                    cells.RemoveAt(cells.Count - 1);
                }

                if (r == 0)
                {
                    for (var c = 0; c < cells.Count; c++)
                    {
                        letterByHeader.TryAdd(cells[c], letters[c]);
                    }
                }
                else if (cells.Count > 0)
                {
                    // Empty trailing cells come back, so every non-empty row has at least the header's width.
                    while (cells.Count < headerWidth)
                    {
                        cells.Add("");
                    }
                }

                // An empty row becomes an empty line, which the CSV reader skips while keeping the line count.
                text.AppendJoin(',', cells.Select(Quote)).Append('\n');
            }

            return new SheetText(source, text.ToString(), letterByHeader);
        }

        /// <summary>
        /// The outcome with its problems located in the sheet: the CSV text's line N is sheet row N, and a column is
        /// named by its letter and header (<c>… sheet iData line 7, column "F (gov_dynamism)"</c>).
        /// </summary>
        public Outcome<T> Relocate<T>(Outcome<T> outcome) =>
            outcome.Succeeded
                ? outcome
                : Outcome<T>.Failure(outcome.Problems.Select(p => p with { Where = Locate(p.Where) }));

        private ProblemLocation Locate(ProblemLocation where) =>
            where.Source != Source
                ? where.From(Source)
                : where.Column is { } header && _letterByHeader.TryGetValue(header, out var letter)
                    ? where with { Column = $"{letter} ({header})" }
                    : where;

        private static int HeaderWidth(IDictionary<string, object?> header, List<string> letters)
        {
            var width = 0;
            for (var c = 0; c < letters.Count; c++)
            {
                if (header.TryGetValue(letters[c], out var v) && Cell(v).Length > 0)
                {
                    width = c + 1;
                }
            }

            return width;
        }

        private static string Cell(object? value) => value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        private static string Quote(string cell)
        {
            // A line break inside a cell would shift the line numbers the CSV reader reports, so it becomes a space.
            var flat = cell.ReplaceLineEndings(" ");
            return flat.AsSpan().IndexOfAny(",\"") >= 0 ? $"\"{flat.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : flat;
        }
    }
}
