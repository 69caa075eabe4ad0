using System.Globalization;
using MiniExcelLibs;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes results as one Excel workbook (.xlsx), one sheet per table, all or nothing:
/// <list type="bullet">
/// <item><c>Ranking</c>: <c>uCode, uName, Rank, Score</c> of the index, best first, then every other aggregate's score.</item>
/// <item><c>Raw</c> and one sheet per pipeline step (<c>Denominate</c> … <c>Normalise</c>, <c>Scores</c> for the
/// aggregation, <c>Ranks</c>): <c>uCode, uName</c> and one column per table column.</item>
/// <item>With an audit, one sheet per audit table (<c>statistics</c>, <c>correlations_1</c>, …, the same columns as
/// the audit's CSV files); with an uncertainty analysis, <c>rankstats</c> and (Sobol designs) <c>sensitivity</c>.</item>
/// </list>
/// Numbers are number cells holding the exact double; a missing value (NaN) is an empty cell. A result built from
/// sample data (<see cref="SampleData"/>) gets a first sheet <c>DataStatus</c> with the columns <c>DataStatus</c>
/// (<c>SAMPLE</c>) and <c>Notice</c>.
/// </summary>
public static class ResultWorkbook
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    private const int MaxSheetName = 31;

    /// <summary>Writes the workbook.</summary>
    /// <param name="path">The destination .xlsx file; its folder must exist.</param>
    /// <param name="result">The build result.</param>
    /// <param name="audit">An audit of the result, whose tables are added.</param>
    /// <param name="uncertainty">An uncertainty analysis of the result, whose rank statistics and sensitivity indices are added.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void Write(string path, IndexResult result, AuditResult? audit = null, UncertaintyResult? uncertainty = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.Write(path, stream => Write(stream, result, audit, uncertainty));
    }

    /// <summary>Writes the workbook to a stream (left open).</summary>
    internal static void Write(Stream stream, IndexResult result, AuditResult? audit = null, UncertaintyResult? uncertainty = null)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        if (SampleData.IsSample(result))
        {
            sheets[SampleData.MarkerColumn] = new List<Dictionary<string, object?>>
            {
                new(StringComparer.Ordinal) { [SampleData.MarkerColumn] = SampleData.Marker, ["Notice"] = SampleData.Notice },
            };
        }

        sheets["Ranking"] = RankingRows(result);
        sheets["Raw"] = TableRows(result.Raw);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            sheets[SheetName(stage)] = TableRows(result.TableOf(stage));
        }

        if (audit is not null)
        {
            foreach (var (name, write) in AuditResultWriter.Files(audit))
            {
                sheets[UniqueName(sheets, Path.GetFileNameWithoutExtension(name))] = CsvRowsOf(write);
            }
        }

        if (uncertainty is not null)
        {
            sheets[UniqueName(sheets, "rankstats")] = CsvRowsOf(w => UncertaintyResultWriter.WriteRankStatistics(uncertainty, w));
            if (uncertainty.Spec.Type == AnalysisType.Sensitivity)
            {
                sheets[UniqueName(sheets, "sensitivity")] = CsvRowsOf(w => UncertaintyResultWriter.WriteSensitivity(uncertainty, w));
            }
        }

        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>The sheet name of a pipeline step's table.</summary>
    /// <param name="stage">The step.</param>
    /// <returns><c>Scores</c> for the aggregation, <c>Ranks</c> for the ranking, else the step's name.</returns>
    public static string SheetName(PipelineStage stage) => stage switch
    {
        PipelineStage.Aggregate => "Scores",
        PipelineStage.Rank => "Ranks",
        _ => stage.ToString(),
    };

    private static List<Dictionary<string, object?>> RankingRows(IndexResult result)
    {
        var others = result.Framework.Nodes.Where(n => !n.IsIndicator && n.Code != result.IndexCode).Select(n => n.Code).ToArray();
        return result.Ranking().Select(row =>
        {
            var unit = result.Scores.UnitIndex(row.Unit.Code);
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["uCode"] = row.Unit.Code,
                ["uName"] = row.Unit.Name,
                ["Rank"] = Number(row.Rank),
                ["Score"] = Number(row.Score),
            };
            foreach (var code in others)
            {
                cells[code] = Number(result.Scores.Column(code)[unit]);
            }

            return cells;
        }).ToList();
    }

    private static List<Dictionary<string, object?>> TableRows(UnitTable table)
    {
        var rows = new List<Dictionary<string, object?>>(table.UnitCount);
        for (var i = 0; i < table.UnitCount; i++)
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["uCode"] = table.Units[i].Code,
                ["uName"] = table.Units[i].Name,
            };
            for (var c = 0; c < table.ColumnCount; c++)
            {
                cells[table.Columns[c]] = Number(table.Column(c)[i]);
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>A CSV table as sheet rows: a cell that is a number written round-trip ("R") becomes a number cell, NA an empty cell.</summary>
    private static List<Dictionary<string, object?>> CsvRowsOf(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        // The library wrote this text itself, so it always parses.
        var csv = CsvTable.Parse(text.ToString(), "table").GetValueOrThrow();
        return csv.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < csv.Header.Count; c++)
            {
                var cell = row[c];
                cells[csv.Header[c]] = CsvNumbers.IsMissing(cell) ? null
                    : CsvNumbers.TryParse(cell, out var v) && CsvNumbers.Format(v) == cell ? v
                    : cell;
            }

            return cells;
        }).ToList();
    }

    private static double? Number(double value) => double.IsFinite(value) ? value : null;

    private static string UniqueName(Dictionary<string, object> sheets, string name)
    {
        // Excel refuses these characters in sheet names.
        name = string.Concat(name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch));
        var candidate = name.Length <= MaxSheetName ? name : name[..MaxSheetName];
        for (var k = 2; sheets.ContainsKey(candidate); k++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"~{k}");
            candidate = string.Concat(name.AsSpan(0, Math.Min(name.Length, MaxSheetName - suffix.Length)), suffix);
        }

        return candidate;
    }
}
