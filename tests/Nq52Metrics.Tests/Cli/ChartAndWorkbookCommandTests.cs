using MiniExcelLibs;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>--plot DIR</c>, <c>--out R.xlsx</c> and <c>.xlsx</c> inputs on the commands that build, audit and analyse.</summary>
public sealed class ChartAndWorkbookCommandTests
{
    private const string SaSpec =
        """{"runs": 32, "seed": 9, "type": "SA", "bootstrap": 50, "weights": {"noise": {"2": 0.25}}, "alternatives": {"normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"rank"}]}}""";

    [Fact]
    public void Pii_build_plot_writes_every_build_chart_as_png_and_svg()
    {
        using var folder = new TempFolder();
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("pii", "build", "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Charts written to {plots}: ranking, framework, input-output, profile-ha-noi, groups-Region (.png and .svg).", run.OutputLines);
        var files = Directory.GetFiles(plots).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["framework.png", "framework.svg", "groups-Region.png", "groups-Region.svg", "input-output.png", "input-output.svg", "profile-ha-noi.png", "profile-ha-noi.svg", "ranking.png", "ranking.svg"],
            files);
    }

    [Fact]
    public void Build_out_xlsx_writes_the_workbook_and_reads_framework_and_data_from_one()
    {
        using var folder = new TempFolder();
        var (_, meta, data) = SampleIndex.WriteTo(folder);
        var book = WorkbookSheets.Write(
            folder.PathOf("index.xlsx"),
            ("iMeta", WorkbookSheets.FromCsv(File.ReadAllText(meta))),
            ("iData", WorkbookSheets.FromCsv(File.ReadAllText(data))));
        var results = folder.PathOf("results.xlsx");

        var fromCsv = CliRun.Run("build", "--framework", meta, "--data", data);
        var fromBook = CliRun.Run("build", "--framework", book, "--data", book, "--out", results);

        Assert.Equal(0, fromBook.ExitCode);
        Assert.Equal(fromCsv.TableRows(), fromBook.TableRows());
        Assert.Contains($"Results written to {results}.", fromBook.Output, StringComparison.Ordinal);
        var sheets = MiniExcel.GetSheetNames(results);
        Assert.Equal(["Ranking", "Raw", "Denominate", "Transform", "Impute", "Screen", "TreatOutliers", "Normalise", "Scores", "Ranks"], sheets);
    }

    [Fact]
    public void A_bad_cell_in_the_data_sheet_is_a_located_usage_error()
    {
        using var folder = new TempFolder();
        var (_, meta, data) = SampleIndex.WriteTo(folder);
        var rows = WorkbookSheets.FromCsv(File.ReadAllText(data), (row, column, _) => row == 4 && column == SampleIndex.Framework().Indicators[1].Code ? "n/a!" : null);
        var book = WorkbookSheets.Write(folder.PathOf("bad.xlsx"), ("iData", rows));

        var run = CliRun.Run("build", "--framework", meta, "--data", book);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches("bad\\.xlsx sheet iData line 4, column \"[A-Z]+ \\(" + SampleIndex.Framework().Indicators[1].Code + "\\)\"", run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Audit_out_xlsx_and_plot_write_the_tables_and_the_heatmaps()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var book = folder.PathOf("audit.xlsx");
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("audit", "--framework", framework, "--data", data, "--out", book, "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        var sheets = MiniExcel.GetSheetNames(book);
        Assert.Contains("Ranking", sheets);
        Assert.Contains("statistics", sheets);
        Assert.Contains("strengths_weaknesses", sheets);
        Assert.True(File.Exists(Path.Combine(plots, "correlations-1.png")));
    }

    [Fact]
    public void Uncertainty_out_xlsx_and_plot_write_rank_statistics_and_both_charts()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", SaSpec);
        var book = folder.PathOf("ua.xlsx");
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--out", book, "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Results written to {book}.", run.Output, StringComparison.Ordinal);
        var sheets = MiniExcel.GetSheetNames(book);
        Assert.Contains("rankstats", sheets);
        Assert.Contains("sensitivity", sheets);
        var rankstats = MiniExcel.Query(book, useHeaderRow: true, sheetName: "rankstats").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(SampleIndex.UnitCodes.Length, rankstats.Count);
        Assert.Equal(
            ["rank-intervals.png", "rank-intervals.svg", "sensitivity.png", "sensitivity.svg"],
            Directory.GetFiles(plots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_audit_with_no_chart_to_draw_says_so_and_creates_no_folder()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("iMeta.csv", "iCode,iName,Level,Parent,Direction,Weight,Type\na,Alpha,1,Index,1,1,Indicator\nIndex,Index,2,,,1,Aggregate\n");
        var data = folder.Write("iData.csv", "uName,uCode,a\nOne,U1,1\nTwo,U2,2\nThree,U3,4\nFour,U4,3\n");
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("audit", "--framework", framework, "--data", data, "--out", folder.PathOf("audit"), "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"No chart to draw into {plots}", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Charts written", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(plots));
    }

    [Fact]
    public void A_unit_code_with_a_slash_gives_a_file_name_safe_profile_chart()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("iMeta.csv", "iCode,iName,Level,Parent,Direction,Weight,Type\na,Alpha,1,Index,1,1,Indicator\nb,Beta,1,Index,1,1,Indicator\nIndex,Index,2,,,1,Aggregate\n");
        var data = folder.Write("iData.csv", "uName,uCode,a,b\nOne,D/N,5,4\nTwo,U2,2,1\nThree,U3,4,2\n");
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(plots, "profile-D_N.png")), run.Output + run.Error);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("build")]
    [InlineData("audit")]
    [InlineData("uncertainty")]
    public void Plot_naming_a_file_is_refused_before_any_output_is_written(string command)
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var taken = folder.Write("taken.txt", "x");
        var results = folder.PathOf("results.xlsx");
        string[] extra = command == "uncertainty" ? ["--spec", folder.Write("spec.json", SaSpec)] : [];

        var run = CliRun.Run([command, "--framework", framework, "--data", data, .. extra, "--out", results, "--plot", taken]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plot", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(results));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Plot_naming_a_file_and_an_unknown_out_extension_are_usage_errors()
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken.txt", "x");

        var plot = CliRun.Run("pii", "build", "--plot", file);
        var output = CliRun.Run("pii", "build", "--out", folder.PathOf("r.xls"));

        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("--plot", plot.Error, StringComparison.Ordinal);
        Assert.Equal(2, output.ExitCode);
        Assert.Contains(".xlsx (one sheet per table)", output.Error, StringComparison.Ordinal);
        plot.AssertNoStackTrace();
    }
}
