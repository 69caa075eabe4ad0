using MiniExcelLibs;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Charts;

namespace Nq52Metrics.Tests.Serialization;

public sealed class ResultWorkbookTests
{
    [Fact]
    public void Every_step_sheet_holds_the_exact_values_of_its_table_and_empty_cells_for_missing_values()
    {
        using var folder = new TempFolder();
        var result = ChartSamples.Pii;
        var path = folder.PathOf("results.xlsx");
        ResultWorkbook.Write(path, result);

        AssertSheet(path, "Raw", result.Raw);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            AssertSheet(path, ResultWorkbook.SheetName(stage), result.TableOf(stage));
        }

        Assert.Equal(["results.xlsx"], folder.FileNames());
    }

    [Fact]
    public void The_ranking_sheet_lists_units_best_first_with_rank_and_score()
    {
        using var folder = new TempFolder();
        var result = ChartSamples.Pii;
        var path = folder.PathOf("results.xlsx");
        ResultWorkbook.Write(path, result);

        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Ranking").Cast<IDictionary<string, object?>>().ToList();
        var ranking = result.Ranking();
        Assert.Equal(ranking.Select(r => r.Unit.Code), rows.Select(r => (string)r["uCode"]!));
        Assert.Equal(ranking.Select(r => r.Score), rows.Select(r => (double)r["Score"]!));
        Assert.Equal(ranking.Select(r => r.Rank), rows.Select(r => (double)r["Rank"]!));
        Assert.Equal(result.Scores.Column("Input").ToArray().Order(), rows.Select(r => (double)r["Input"]!).Order());
    }

    [Fact]
    public void Audit_and_uncertainty_tables_become_sheets_with_the_numbers_of_their_csv_files()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("all.xlsx");
        ResultWorkbook.Write(path, ChartSamples.Pii, ChartSamples.Audit, ChartSamples.Uncertainty);

        var sheets = MiniExcel.GetSheetNames(path);
        Assert.Contains("statistics", sheets);
        Assert.Contains("correlations_1", sheets);
        Assert.Contains("rankstats", sheets);
        Assert.Contains("sensitivity", sheets);
        Assert.All(sheets, s => Assert.True(s.Length <= 31, s));

        var stats = MiniExcel.Query(path, useHeaderRow: true, sheetName: "rankstats").Cast<IDictionary<string, object?>>().ToList();
        var expected = ChartSamples.Uncertainty.RankStatistics;
        Assert.Equal(expected.Select(s => s.Unit.Code), stats.Select(r => (string)r["unit"]!));
        Assert.Equal(expected.Select(s => s.MedianRank), stats.Select(r => (double)r["median"]!));
        Assert.Equal(expected.Select(s => s.Q95), stats.Select(r => (double)r["q95"]!));

        var level1 = ChartSamples.Audit.Correlations[1];
        var correlations = MiniExcel.Query(path, useHeaderRow: true, sheetName: "correlations_1").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(level1[0, 1], (double)correlations[0][level1.Codes[1]]!);
    }

    [Fact]
    public void Writing_into_a_missing_folder_is_a_located_problem_and_leaves_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nq52-missing-{Guid.NewGuid():N}", "r.xlsx");
        var e = Assert.Throws<Nq52ValidationException>(() => ResultWorkbook.Write(path, ChartSamples.Pii));
        Assert.Equal(path, Assert.Single(e.Problems).Location);
    }

    private static void AssertSheet(string path, string sheet, UnitTable table)
    {
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(table.Units.Select(u => u.Code), rows.Select(r => (string)r["uCode"]!));
        Assert.Equal(table.Units.Select(u => u.Name), rows.Select(r => (string)r["uName"]!));
        foreach (var column in table.Columns)
        {
            var expected = table.Column(column).ToArray();
            var actual = rows.Select(r => r.TryGetValue(column, out var v) && v is double d ? d : double.NaN).ToArray();
            Assert.Equal(expected, actual);
        }
    }
}
