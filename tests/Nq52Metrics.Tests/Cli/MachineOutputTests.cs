using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Cli;
using Nq52Metrics.Data;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Tests.Vietnam;
using Spectre.Console;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>--format table|csv|json</c>: only the tables on standard output, machine-readable, invariant culture.</summary>
public sealed class MachineOutputTests
{
    private const string UaSpec = """{"runs": 60, "seed": 1, "type": "UA", "weights": {"noise": {"2": 0.25}}}""";

    private static string[] CsvLines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>The shipped sample, copied under neutral file names: the label must come from the data, not the name.</summary>
    /// <param name="folder">Where to copy them.</param>
    /// <param name="latestOnly">Keep only the rows of the latest period (for the commands that take one period).</param>
    private static (string Framework, string Data) SampleUnderOtherNames(TempFolder folder, bool latestOnly = false)
    {
        var lines = File.ReadAllText(Path.Combine(SeedFolder.Pii, "pii_sample_iData.csv")).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var data = latestOnly ? [lines[0], .. lines.Skip(1).Where(l => l.EndsWith(",2023", StringComparison.Ordinal))] : lines;
        return (folder.Write("framework.csv", File.ReadAllText(Path.Combine(SeedFolder.Pii, "pii_iMeta.csv"))),
                folder.Write("mine.csv", string.Join('\n', data) + "\n"));
    }

    [Fact]
    public void Build_as_csv_writes_only_the_ranking_with_every_child_and_notes_go_to_standard_error()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var expected = SampleIndex.Build();

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = CsvLines(run.Output);
        Assert.Equal("Rank,Code,Name,Index,P1,P2", lines[0]);
        Assert.Equal(SampleIndex.UnitCodes.Length + 1, lines.Length);
        var top = expected.Ranking()[0];
        Assert.Equal($"1,{top.Unit.Code},{top.Unit.Name},{top.Score.ToString("F2", CultureInfo.InvariantCulture)}", string.Join(',', lines[1].Split(',')[..4]));
        Assert.DoesNotContain("│", run.Output, StringComparison.Ordinal);
        Assert.Contains("units ranked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_as_json_gives_numbers_for_numeric_columns_and_strings_for_the_others()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var expected = SampleIndex.Build();

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--format", "json", "--top", "2");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.False(document.RootElement.TryGetProperty(SampleData.JsonKey, out _));
        var table = document.RootElement.GetProperty("tables")[0];
        Assert.Equal(["Rank", "Code", "Name", "Index", "P1", "P2"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("Rank").ValueKind);
        Assert.Equal(expected.Ranking()[1].Unit.Code, rows[1].GetProperty("Code").GetString());
        Assert.Equal(Math.Round(expected.Ranking()[0].Score, 2), rows[0].GetProperty("Index").GetDouble(), 9);
    }

    [Fact]
    public void Generic_build_on_the_shipped_sample_is_labelled_on_every_output_whatever_the_file_names()
    {
        using var folder = new TempFolder();
        var (framework, data) = SampleUnderOtherNames(folder);

        var text = CliRun.Run("build", "--framework", framework, "--data", data, "--top", "3");
        var csv = CliRun.Run("build", "--framework", framework, "--data", data, "--top", "3", "--format", "csv");
        var json = CliRun.Run("build", "--framework", framework, "--data", data, "--top", "3", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith(SampleData.Notice, text.Output, StringComparison.Ordinal);
        Assert.EndsWith(SampleData.Notice, text.Output.TrimEnd(), StringComparison.Ordinal);
        var blocks = csv.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split("\n\n");
        Assert.All(blocks, block =>
        {
            var lines = block.Split('\n');
            Assert.StartsWith("DataStatus,", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        });
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("SAMPLE", document.RootElement.GetProperty("dataStatus").GetString());
        Assert.Equal(SampleData.Notice, document.RootElement.GetProperty("notice").GetString());
    }

    [Fact]
    public void Build_results_files_of_sample_data_carry_the_label()
    {
        using var folder = new TempFolder();
        var (framework, data) = SampleUnderOtherNames(folder);
        var csvPath = folder.PathOf("r.csv");
        var jsonPath = folder.PathOf("r.json");

        Assert.Equal(0, CliRun.Run("build", "--framework", framework, "--data", data, "--out", csvPath).ExitCode);
        Assert.Equal(0, CliRun.Run("build", "--framework", framework, "--data", data, "--out", jsonPath).ExitCode);

        var lines = CsvLines(File.ReadAllText(csvPath));
        Assert.Equal("DataStatus,period,unit,node,level,score,rank", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        Assert.Equal("dataStatus", document.RootElement.EnumerateObject().First().Name);
        Assert.Equal("SAMPLE", document.RootElement.GetProperty("dataStatus").GetString());
    }

    [Fact]
    public void A_workbook_of_sample_results_opens_with_a_data_status_sheet_and_others_have_none()
    {
        using var folder = new TempFolder();
        var (framework, data) = SampleUnderOtherNames(folder, latestOnly: true);
        var (otherFramework, _, otherData) = SampleIndex.WriteTo(folder);
        var sample = folder.PathOf("sample.xlsx");
        var other = folder.PathOf("other.xlsx");

        Assert.Equal(0, CliRun.Run("build", "--framework", framework, "--data", data, "--out", sample).ExitCode);
        Assert.Equal(0, CliRun.Run("build", "--framework", otherFramework, "--data", otherData, "--out", other).ExitCode);

        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(sample);
        Assert.Equal(["DataStatus", "Ranking"], sheets.Take(2));
        var note = MiniExcelLibs.MiniExcel.Query(sample, useHeaderRow: true, sheetName: "DataStatus").Cast<IDictionary<string, object>>().Single();
        Assert.Equal("SAMPLE", note["DataStatus"]);
        Assert.Equal(SampleData.Notice, note["Notice"]);
        Assert.DoesNotContain("DataStatus", MiniExcelLibs.MiniExcel.GetSheetNames(other));
    }

    [Fact]
    public void Uncertainty_and_audit_on_the_sample_are_labelled_and_intervals_become_three_columns()
    {
        using var folder = new TempFolder();
        var (framework, data) = SampleUnderOtherNames(folder, latestOnly: true);
        var spec = folder.Write("spec.json", UaSpec);

        var text = CliRun.Run("uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--top", "2");
        var json = CliRun.Run("uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--top", "2", "--format", "json");
        var audit = CliRun.Run("audit", "--framework", framework, "--data", data, "--out", folder.PathOf("audit"), "--format", "csv");
        var files = CliRun.Run("uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--out", folder.PathOf("ua"));

        Assert.Equal(0, text.ExitCode);
        Assert.Contains(SampleData.Notice, text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("SAMPLE", document.RootElement.GetProperty("dataStatus").GetString());
        var table = document.RootElement.GetProperty("tables")[0];
        Assert.Equal(["Unit", "Name", "Nominal", "Median", "q5", "q95", "Mean"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var row = table.GetProperty("rows")[0];
        Assert.True(row.GetProperty("q5").GetDouble() <= row.GetProperty("Median").GetDouble());
        Assert.True(row.GetProperty("Median").GetDouble() <= row.GetProperty("q95").GetDouble());
        Assert.Equal(0, files.ExitCode);
        var rankStatistics = CsvLines(File.ReadAllText(Path.Combine(folder.PathOf("ua"), "rankstats.csv")));
        Assert.StartsWith("DataStatus,unit,", rankStatistics[0], StringComparison.Ordinal);
        Assert.All(rankStatistics.Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        Assert.Equal(0, audit.ExitCode);
        Assert.StartsWith("DataStatus,Location,Problem", audit.Output, StringComparison.Ordinal);
        Assert.Contains(SampleData.Notice, audit.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pii", "build", "--top", "3")]
    [InlineData("pii", "published", "--edition", "2023")]
    [InlineData("pii", "trend", "--unit", "thai-nguyen")]
    [InlineData("province", "thai-nguyen")]
    [InlineData("de", "shares")]
    [InlineData("de", "progress")]
    [InlineData("check", "Thái Nguyên 2023 rank 10")]
    [InlineData("pii", "whatif", "--unit", "cao-bang", "--set", "legal_env=90")]
    public void Every_tabular_command_writes_its_tables_as_json_and_csv(params string[] args)
    {
        var json = CliRun.Run([.. args, "--format", "json"]);
        var csv = CliRun.Run([.. args, "--format", "csv"]);
        var text = CliRun.Run(args);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        var tables = document.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.NotEmpty(tables);
        Assert.NotEmpty(tables[0].GetProperty("rows").EnumerateArray());
        Assert.Equal(0, csv.ExitCode);
        Assert.DoesNotContain("│", csv.Output, StringComparison.Ordinal);
        Assert.Equal(tables[0].GetProperty("columns").GetArrayLength(), CsvLines(csv.Output)[0].Split(',').Length - (document.RootElement.TryGetProperty("dataStatus", out _) ? 1 : 0));
        if (args[0] != "check")
        {
            Assert.Contains("│", text.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pii", "build", "--top", "3")]
    [InlineData("pii", "published", "--edition", "2023")]
    [InlineData("province", "thai-nguyen")]
    [InlineData("de", "shares")]
    [InlineData("check", "Thái Nguyên 2023 rank 10")]
    [InlineData("pii", "whatif", "--unit", "cao-bang", "--set", "legal_env=90")]
    public void Tables_for_programs_are_the_same_bytes_in_both_languages(params string[] args)
    {
        foreach (var format in new[] { "csv", "json" })
        {
            var en = CliRun.Run([.. args, "--format", format, "--lang", "en"]);
            var vi = CliRun.Run([.. args, "--format", format, "--lang", "vi"]);

            Assert.Equal(0, en.ExitCode);
            Assert.Equal(0, vi.ExitCode);
            Assert.NotEmpty(en.Output);
            Assert.Equal(en.Output, vi.Output);
        }
    }

    [Fact]
    public void An_unknown_format_is_explained_in_vietnamese()
    {
        var run = CliRun.Run("de", "shares", "--format", "xml", "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format phải là table, csv hoặc json, không phải \"xml\".", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_build_on_the_sample_is_labelled_in_json()
    {
        var run = CliRun.Run("pii", "build", "--top", "2", "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("SAMPLE", document.RootElement.GetProperty("dataStatus").GetString());
        Assert.Equal(Nq52Metrics.Vietnam.PiiSample.Notice, document.RootElement.GetProperty("notice").GetString());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Run("de", "shares", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format must be table, csv or json, not \"xml\".", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Bad_input_writes_nothing_on_standard_output()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("build", "--framework", framework, "--data", folder.PathOf("missing.csv"), "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_text_table_becomes_a_machine_table_with_intervals_split_and_repeated_names_suffixed()
    {
        var table = new Table { Title = new TableTitle("T") };
        table.AddColumn(new TableColumn(new Text("Unit")));
        table.AddColumn(new TableColumn(new Text("Median [q5, q95]")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Unit")).RightAligned());
        table.AddRow(new Text("a, b"), new Text("3 [1, 5]"), new Text("NA"));
        table.AddRow(new Text("c"), new Text("NA"), new Text("2.5"));

        var machine = MachineTable.From(table);
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        MachineOutput.Write(csv, OutputFormat.Csv, [machine], sampleNotice: null);
        using var json = JsonDocument.Parse(MachineOutput.Json([machine], sampleNotice: null));

        Assert.Equal(["Unit", "Median", "q5", "q95", "Unit"], machine.Columns);
        Assert.Equal([false, true, true, true, true], machine.Numeric);
        Assert.Equal(["Unit,Median,q5,q95,Unit_2", "\"a, b\",3,1,5,NA", "c,NA,NA,NA,2.5"], CsvLines(csv.ToString()));
        var rows = json.RootElement.GetProperty("tables")[0].GetProperty("rows");
        Assert.Equal(3, rows[0].GetProperty("Median").GetDouble());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("Unit_2").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("q5").ValueKind);
    }
}
