using System.Globalization;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 pii build</c>: the PII of the 63 provinces from the shipped sample, or from real data with <c>--data</c>.</summary>
public sealed class PiiBuildCommandTests
{
    private static readonly string[] Header =
        ["Rank", "Province", "Region", "PII", "Input", "Output", "Efficiency", "Region rank", "Published PII 2023", "Published rank", "Differs"];

    private static readonly Lazy<PiiReport> SampleReport = new(() => PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset()));

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string F2(decimal? value) => value!.Value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>The cells the table must show for a row of the library's report.</summary>
    private static string[] ExpectedCells(PiiReportRow row)
    {
        var c = row.Comparison;
        static string Published(System.Collections.Immutable.ImmutableArray<PublishedFact> facts, ComparisonStatus status) =>
            facts.IsEmpty ? "–" : string.Join(" / ", facts.Select(f => f.Value).Distinct().Select(v => v.ToString(CultureInfo.InvariantCulture)))
                + (status == ComparisonStatus.Differs ? " ≠" : "");
        var differs = new[] { (c.Score, "score"), (c.Rank, "rank"), (c.Input, "input"), (c.Output, "output"), (c.RegionRank, "region rank") }
            .Where(p => p.Item1 == ComparisonStatus.Differs).Select(p => p.Item2);
        return
        [
            row.Rank.ToString(CultureInfo.InvariantCulture),
            row.Matched!.NameVi,
            row.Region!,
            F2(row.RoundedScore),
            F2(PublicationRounding.Publish(row.Input)),
            F2(PublicationRounding.Publish(row.Output)),
            F2(row.Efficiency),
            row.RegionRank.ToString(CultureInfo.InvariantCulture),
            Published(c.Scores, c.Score),
            Published(c.Ranks, c.Rank),
            string.Join(", ", differs),
        ];
    }

    [Fact]
    public void The_sample_build_is_labelled_and_ranks_63_provinces_with_every_column_and_the_difference_count()
    {
        var expected = SampleReport.Value;

        var run = CliRun.Run("pii", "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutputLines;
        Assert.Equal(PiiSample.Notice, lines[0]);
        Assert.Equal(PiiSample.Notice, lines[^1]);
        Assert.Contains("compared with the published PII 2023 (the default for the sample", run.Output, StringComparison.Ordinal);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(Header, table.Header);
        Assert.Equal(63, table.Rows.Count);
        Assert.Equal(expected.Rows.Select(ExpectedCells), table.Rows);
        Assert.Contains("PII from SAMPLE data (not real results): 63 provinces", run.Output, StringComparison.Ordinal);
        var haNoi = table.Rows.Single(r => r[1] == "Hà Nội");
        Assert.StartsWith("62.86", haNoi[8], StringComparison.Ordinal);
        var published = expected.Rows.Count(r => r.Comparison.HasPublished);
        Assert.True(expected.DifferenceCount > 0);
        Assert.Contains(
            $"Differences from the published PII 2023: {expected.DifferenceCount} of the {published} units with published figures differ (≠), {published - expected.DifferenceCount} match; {63 - published} have no published figure.",
            run.Output,
            StringComparison.Ordinal);
        Assert.Equal(expected.DifferenceCount, table.Rows.Count(r => r[10].Length > 0));
        Assert.Contains("Every unit of the data matched a unit of the seeds.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_table_gives_each_region_its_mean_published_mean_and_leader()
    {
        var expected = SampleReport.Value;

        var run = CliRun.Run("pii", "build");

        var regions = PiiTables.Read(run.Output)[1];
        Assert.Equal(["Region", "Name", "Units", "Mean PII", "Published mean 2023", "Leader"], regions.Header);
        Assert.Equal(expected.Regions.Select(r => r.Group), regions.Rows.Select(r => r[0]));
        foreach (var (summary, row) in expected.Regions.Zip(regions.Rows))
        {
            var leader = expected.Rows.Single(r => r.Unit.Code == summary.Leaders.Single());
            Assert.Equal(summary.Members.Length.ToString(CultureInfo.InvariantCulture), row[2]);
            Assert.Equal(F2(PublicationRounding.Publish(summary.MeanScore)), row[3]);
            Assert.StartsWith(F2(VietnamSeeds.Embedded.Pii.RegionMean(2023, summary.Group)!.Value), row[4], StringComparison.Ordinal);
            Assert.Equal(leader.Matched!.NameVi, row[5]);
        }
    }

    [Fact]
    public void Top_limits_the_rows_but_the_counts_cover_every_province()
    {
        var expected = SampleReport.Value;

        var run = CliRun.Run("pii", "build", "--top", "5");

        Assert.Equal(0, run.ExitCode);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(expected.Rows.Take(5).Select(ExpectedCells), table.Rows);
        Assert.Contains("PII from SAMPLE data (not real results): top 5 of 63 provinces", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Differences from the published PII 2023: {expected.DifferenceCount} of the", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_swaps_in_other_data_which_without_the_sample_marker_are_not_labelled_as_sample()
    {
        using var folder = new TempFolder();
        var path = folder.Write("real.csv", RealLookingCopy(PiiSample.Files().DataCsv, "lai-chau"));
        var framework = PiiSample.Framework();
        var expected = PiiReport.Build(framework, CoinrCsv.ReadData(path, framework));

        var run = CliRun.Run("pii", "build", "--data", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.False(expected.IsSample);
        Assert.DoesNotContain("SAMPLE", run.Output, StringComparison.Ordinal);
        Assert.Contains("PII of the 63 provinces before the 2025 merger from data from real.csv;", run.Output, StringComparison.Ordinal);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(expected.Rows.Select(ExpectedCells), table.Rows);
        Assert.Equal(["1", "Lai Châu"], table.Rows[0][..2]);
        Assert.NotEqual(SampleReport.Value.Rows[0].Unit.Code, expected.Rows[0].Unit.Code);
        Assert.Contains("PII: 63 provinces", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_file_and_a_method_file_replace_the_presets()
    {
        using var folder = new TempFolder();
        var frameworkPath = folder.PathOf("pii.json");
        FrameworkJson.Save(PiiSample.Framework(), frameworkPath);
        var methodPath = folder.Write("method.json", """{"impute": {"method": "none"}, "outliers": {"method": "none"}}""");
        var expected = PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset(), new PiiReportOptions { Methodology = MethodologyJson.Load(methodPath) });

        var run = CliRun.Run("pii", "build", "--framework", frameworkPath, "--method", methodPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("method: the method file method.json;", run.Output, StringComparison.Ordinal);
        Assert.Contains("outliers: 0 indicators winsorised, 0 indicators log-transformed.", run.Output, StringComparison.Ordinal);
        Assert.Equal(expected.Rows.Select(ExpectedCells), PiiTables.Read(run.Output)[0].Rows);
        Assert.NotEqual(SampleReport.Value.Rows.Select(r => r.Score), expected.Rows.Select(r => r.Score));
    }

    [Fact]
    public void Out_csv_writes_a_tidy_row_for_every_period_province_and_node()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("pii.csv");
        var expected = SampleReport.Value.Result;

        var run = CliRun.Run("pii", "build", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Results written to {output}.", run.Output, StringComparison.Ordinal);
        // The SAMPLE holds two periods (2022 and 2023): every period is written, with a leading period column, and
        // every row is labelled SAMPLE in the leading DataStatus column.
        var lines = File.ReadAllLines(output);
        Assert.Equal("DataStatus,period,unit,node,level,score,rank", lines[0]);
        Assert.Equal(1 + (2 * 63 * expected.Framework.Nodes.Length), lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        var pii = lines.Skip(1).Select(l => l.Split(',')[1..]).Where(r => r[0] == "2023" && r[2] == "PII").ToList();
        Assert.Equal(63, pii.Count);
        Assert.All(pii, r => Assert.Equal(expected.Scores[r[1], "PII"], double.Parse(r[4], CultureInfo.InvariantCulture)));
        Assert.Equal(["pii.csv"], folder.FileNames());
    }

    [Fact]
    public void Edition_chooses_the_published_edition_compared_with()
    {
        var expected = PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset(), new PiiReportOptions { CompareWithEdition = 2024 });

        var run = CliRun.Run("pii", "build", "--edition", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compared with the published PII 2024.", run.Output, StringComparison.Ordinal);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal("Published PII 2024", table.Header[8]);
        Assert.Equal(expected.Rows.Select(ExpectedCells), table.Rows);
    }

    [Theory]
    [InlineData(new[] { "pii", "build", "--edition", "2019" }, "error: edition: there is no published PII edition 2019; the seeds know 2023, 2024, 2025.")]
    [InlineData(new[] { "pii", "build", "--edition", "2025" }, "error: edition: PII 2025 ranks the 34 units formed in 2025, but the data hold the 63 provinces before the 2025 merger.")]
    [InlineData(new[] { "pii", "build", "--out", "pii.txt" }, "error: --out: \"pii.txt\" must end in .csv (tidy rows unit,node,level,score,rank), .json (scores and ranks by unit) or .xlsx (one sheet per table).")]
    public void Invalid_options_exit_2_with_the_reason_and_no_output(string[] args, string message)
    {
        var run = CliRun.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.Trim());
        Assert.Equal("", run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Every_problem_of_every_input_file_is_reported_together()
    {
        using var folder = new TempFolder();
        var data = folder.Write("bad.csv", PiiSample.Files().DataCsv.Replace("ha-noi,Hà Nội,RRD,SAMPLE,63.55,", "ha-noi,Hà Nội,RRD,SAMPLE,high,", StringComparison.Ordinal));
        var method = folder.Write("method.json", """{"normalise": {"method": "minmax"}}""");

        var run = CliRun.Run("pii", "build", "--data", data, "--method", method);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("method.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv line 2, column \"legal_env\": \"high\" is not a number", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Console_output_does_not_depend_on_the_current_culture()
    {
        var invariant = CliRun.Run("pii", "build");

        CliOutcome odd;
        using (new CultureScope())
        {
            odd = CliRun.Run("pii", "build");
        }

        Assert.Equal(invariant, odd);
    }

    /// <summary>
    /// The sample as real data would come: without the <c>DataStatus</c> column, and with one province raised to the
    /// best value of every indicator.
    /// </summary>
    [Fact]
    public void The_two_period_sample_shows_the_trend_labelled_as_sample()
    {
        var panel = Nq52Metrics.Construction.PanelBuilder.Build(PiiSample.Framework(), PiiSample.Panel(), PiiMethodology.Default);
        var changes = panel.Changes(PiiSampleGenerator.EarlierPeriod, PiiSample.CalibrationEdition, PiiFramework.IndexCode).ToDictionary(c => c.Unit.Code);

        var run = CliRun.Run("pii", "build", "--top", "5");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith("Trend 2022 → 2023", StringComparison.Ordinal));
        Assert.True(heading > 0, run.Output);
        Assert.Contains("(SAMPLE DATA: generated, not real PII results)", lines[heading], StringComparison.Ordinal);
        var rows = lines.Skip(heading).Where(l => l.Contains('│', StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(panel.Latest.Ranking().Take(5).Select(r => r.Unit.Code), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal(Nq52Metrics.Cli.RankingTable.FormatRank(changes[r[1]].RankB), r[2]));
        Assert.Equal(PiiSample.Notice, lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Data_without_a_time_column_shows_no_trend()
    {
        using var folder = new TempFolder();
        var path = folder.Write("real.csv", RealLookingCopy(PiiSample.Files().DataCsv, "lai-chau"));

        var run = CliRun.Run("pii", "build", "--data", path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Trend ", run.Output, StringComparison.Ordinal);
    }

    private static string RealLookingCopy(string sampleCsv, string raisedUnit)
    {
        // The calibration year only: the sample's earlier period is left out.
        var rows = sampleCsv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(',').ToList())
            .Where(r => r[^1] != PiiSampleGenerator.EarlierPeriod.ToString(CultureInfo.InvariantCulture)).ToList();
        var status = rows[0].IndexOf("DataStatus");
        Assert.True(status > 0);
        rows.ForEach(r => r.RemoveAt(status));
        var raised = rows.Single(r => r[0] == raisedUnit);
        for (var column = status; column < rows[0].Count; column++)
        {
            raised[column] = rows.Skip(1).Max(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture);
        }

        return string.Join('\n', rows.Select(r => string.Join(',', r))) + "\n";
    }
}

/// <summary>Reads the tables <c>nq52</c> prints (box-drawn by Spectre.Console) back into trimmed cells.</summary>
internal static class PiiTables
{
    /// <summary>Every table of the output, in order: its header and its body rows (a wrapped cell's lines are joined).</summary>
    public static IReadOnlyList<(string[] Header, List<string[]> Rows)> Read(string output)
    {
        var tables = new List<(string[] Header, List<string[]> Rows)>();
        string[]? header = null;
        List<string[]>? rows = null;
        foreach (var line in output.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith('┌'))
            {
                header = null;
                rows = [];
            }
            else if (line.StartsWith('└') && rows is not null)
            {
                tables.Add((header!, rows));
                rows = null;
            }
            else if (line.StartsWith('│') && rows is not null)
            {
                var cells = line.Split('│')[1..^1].Select(c => c.Trim()).ToArray();
                if (header is null)
                {
                    header = cells;
                }
                else if (cells[0].Length == 0 && rows.Count > 0)
                {
                    var previous = rows[^1];
                    rows[^1] = previous.Zip(cells, (a, b) => b.Length == 0 ? a : $"{a} {b}").ToArray();
                }
                else
                {
                    rows.Add(cells);
                }
            }
        }

        return tables;
    }
}
