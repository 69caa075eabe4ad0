using System.Globalization;
using Nq52Metrics.Cli;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Cli;

public sealed class UncertaintyCommandTests
{
    /// <summary>The example spec, with fewer runs so the tests stay fast.</summary>
    private const string UaSpec =
        """{"runs": 200, "seed": 1, "type": "UA", "weights": {"noise": {"2": 0.25, "3": 0.25}}, "alternatives": {"outliers.maxWinsorised": [1,2,3,4,5], "normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"zScore","mean":10,"sd":2}], "aggregate": [{"method":"arithmetic"}, {"method":"geometric"}]}}""";

    private const string SaSpec =
        """{"runs": 64, "seed": 9, "type": "SA", "bootstrap": 200, "weights": {"noise": {"2": 0.25}}, "alternatives": {"normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"rank"}], "aggregate": [{"method":"arithmetic"}, {"method":"harmonic"}]}}""";

    /// <summary>Min-max to [0, 100] (the default) gives zeros, which the geometric alternative cannot take.</summary>
    private const string FailingSpec =
        """{"runs": 150, "seed": 2, "alternatives": {"aggregate": [{"method":"arithmetic"}, {"method":"geometric"}]}}""";

    private static (string Framework, string Data) Inputs(TempFolder folder)
    {
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        return (framework, data);
    }

    private static CliOutcome Run(TempFolder folder, string specJson, string? output, params string[] more)
    {
        var (framework, data) = Inputs(folder);
        var spec = folder.Write("spec.json", specJson);
        string[] args = ["uncertainty", "--framework", framework, "--data", data, "--spec", spec, .. output is null ? Array.Empty<string>() : ["--out", output], .. more];
        return CliRun.Run(args);
    }

    private static string[] Lines(string path) => File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The body rows of the table whose header starts with <paramref name="firstColumn"/>, as trimmed cells.</summary>
    private static List<string[]> TableRows(string output, string firstColumn)
    {
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith($"│ {firstColumn} ", StringComparison.Ordinal));
        Assert.True(header >= 0, $"no table with a {firstColumn} column.");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('│')).Select(l => l.Split('│')[1..^1].Select(c => c.Trim()).ToArray()).ToList();
    }

    private static UncertaintyResult Expected(string specJson) =>
        UncertaintyAnalysis.Run(SampleIndex.Build(), UncertaintySpecJson.Parse(specJson), null, TestContext.Current.CancellationToken);

    [Fact]
    public void Ua_prints_the_rank_intervals_and_writes_rankstats_and_runs()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "out");
        var expected = Expected(UaSpec);

        var run = Run(folder, UaSpec, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Uncertainty analysis (UA) of Index: 200 runs, seed 1; uncertain inputs: weights (200), outliers.maxWinsorised (5), normalise (2), aggregate (2).", run.Output, StringComparison.Ordinal);
        var rows = TableRows(run.Output, "Unit");
        var byNominal = expected.RankStatistics.OrderBy(s => s.NominalRank).ToList();
        Assert.Equal(byNominal.Select(s => s.Unit.Code), rows.Select(r => r[0]));
        foreach (var (row, s) in rows.Zip(byNominal))
        {
            Assert.Equal(s.NominalRank.ToString(CultureInfo.InvariantCulture), row[2]);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{s.MedianRank:0.###} [{s.Q5:0.###}, {s.Q95:0.###}]"), row[3]);
        }

        Assert.Equal(["rankstats.csv", "runs.csv"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var stats = Lines(Path.Combine(output, "rankstats.csv"));
        Assert.Equal("unit,nominal,mean,median,q5,q95,score_mean,score_sd", stats[0]);
        Assert.Equal(SampleIndex.UnitCodes.Length + 1, stats.Length);
        var runs = Lines(Path.Combine(output, "runs.csv"));
        Assert.Equal("run,weights,outliers.maxWinsorised,normalise,aggregate,failed", runs[0]);
        Assert.Equal(200 + 1, runs.Length);
        Assert.Contains($"Files written to {output}: rankstats.csv, runs.csv.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sa_also_prints_and_writes_the_sensitivity_indices_and_runs_the_whole_design()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("sa");
        var expected = Expected(SaSpec);

        var run = Run(folder, SaSpec, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sensitivity analysis (SA) of Index: base sample N = 64, 320 runs (N(d + 2), d = 3), seed 9;", run.Output, StringComparison.Ordinal);
        var indices = TableRows(run.Output, "Input");
        Assert.Equal(["weights", "normalise", "aggregate"], indices.Select(r => r[0]));
        foreach (var (row, s) in indices.Zip(expected.Sensitivity))
        {
            Assert.StartsWith(s.FirstOrder.ToString("F3", CultureInfo.InvariantCulture) + " [", row[1], StringComparison.Ordinal);
            Assert.StartsWith(s.Total.ToString("F3", CultureInfo.InvariantCulture) + " [", row[2], StringComparison.Ordinal);
        }

        var sensitivity = Lines(Path.Combine(output, "sensitivity.csv"));
        Assert.Equal("input,si,sti,si_q5,si_q95,sti_q5,sti_q95", sensitivity[0]);
        Assert.Equal(3 + 1, sensitivity.Length);
        Assert.Equal((64 * (3 + 2)) + 1, Lines(Path.Combine(output, "runs.csv")).Length);
        Assert.Equal(SampleIndex.UnitCodes.Length + 1, Lines(Path.Combine(output, "rankstats.csv")).Length);
    }

    [Theory]
    [InlineData(UaSpec)]
    [InlineData(SaSpec)]
    public void The_files_are_byte_identical_whatever_the_number_of_threads(string spec)
    {
        using var folder = new TempFolder();
        byte[][] Files(int threads)
        {
            var output = folder.PathOf($"threads-{threads}");
            var run = Run(folder, spec.Replace("\"seed\"", $"\"threads\": {threads}, \"seed\"", StringComparison.Ordinal), output);
            Assert.Equal(0, run.ExitCode);
            return Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        }

        var one = Files(1);
        var two = Files(2);

        Assert.Equal(one.Length, two.Length);
        Assert.All(one.Zip(two), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public void Failed_runs_are_counted_per_alternative_and_marked_in_runs_csv_with_exit_0()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("out");
        var expected = Expected(FailingSpec);

        var run = Run(folder, FailingSpec, output);

        Assert.Equal(0, run.ExitCode);
        Assert.InRange(expected.FailedRuns, 1, 149);
        var share = ((double)expected.FailedRuns / 150).ToString("P1", CultureInfo.InvariantCulture);
        Assert.Contains($"Failed runs: {expected.FailedRuns} of 150 ({share}); they are left out of every statistic.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  aggregate = geometric: {expected.FailedRuns} failed runs", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("aggregate = arithmetic", run.Output, StringComparison.Ordinal);
        Assert.Contains("the geometric mean for", run.Output, StringComparison.Ordinal);
        var runs = Lines(Path.Combine(output, "runs.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(expected.FailedRuns, runs.Count(r => r[2] == "true"));
        Assert.All(runs, r => Assert.Equal(r[1] == "geometric" ? "true" : "false", r[2]));
    }

    [Fact]
    public void Under_lang_vi_the_reasons_of_failed_runs_are_vietnamese()
    {
        using var folder = new TempFolder();

        var run = Run(folder, FailingSpec, null, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lượt chạy với aggregate=geometric: phương pháp trung bình nhân của", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("run with", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" met ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_failures_says_so_and_writes_nothing_without_out()
    {
        using var folder = new TempFolder();

        var run = Run(folder, """{"runs": 20, "alternatives": {"normalise": [{"method": "rank"}, {"method": "minMax"}]}}""", null, "--top", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No run failed.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ranks of Index over 20 runs: top 2 of 6 units", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, TableRows(run.Output, "Unit").Count);
        Assert.DoesNotContain("Files written", run.Output, StringComparison.Ordinal);
        Assert.Equal(["data.csv", "framework.json", "meta.csv", "spec.json"], folder.FileNames());
    }

    [Fact]
    public void A_cancelled_run_prints_cancelled_writes_no_file_and_exits_130()
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);
        var spec = folder.Write("spec.json", UaSpec);
        var output = folder.PathOf("out");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var code = UncertaintyCommand.Run(
            new CliApp(text, error),
            new UncertaintyArguments(new InputPaths(framework, data, null, null), spec, output, null),
            cancellation.Token);

        Assert.Equal(130, code);
        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("cancelled\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("", text.ToString());
        Assert.False(Directory.Exists(output));
        Assert.Equal(["data.csv", "framework.json", "meta.csv", "spec.json"], folder.FileNames());
    }

    [Fact]
    public void A_bad_spec_exits_2_with_every_problem_located_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("out");

        var run = Run(folder, "{\n  \"runs\": 1,\n  \"target\": \"P9\",\n  \"alternatives\": {\"normalise\": [{\"method\": \"minmax\"}]}\n}", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            [
                "error: spec.json line 2, runs: 1 is outside the allowed range: the value must be from 2 to 2147483647 (2³¹ − 1).",
                "error: spec.json line 4, alternatives.normalise[0].method: \"minmax\" is not one of minMax, zScore, rank, percentileRank, goalposts, distanceToTarget, ratio, relativeDifference, aboveBelowMean, scaled, proportion, borda, none; did you mean \"minMax\"?",
            ],
            run.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_run_that_overflows_exits_2_naming_the_run_and_writes_no_file()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("out");
        const string overflowing =
            """{"runs": 50, "seed": 1, "alternatives": {"normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"minMax","lower":1e308,"upper":1.5e308}]}}""";

        var run = Run(folder, overflowing, output);

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^error: unit \"[^\"]+\", node \"[^\"]+\", run [0-9]+: run [0-9]+ \\(normalise = minMax\\(1E\\+308,1\\.5E\\+308\\)\\) cannot be computed: aggregation overflows a double at ", error);
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_spec_naming_what_the_framework_lacks_is_reported_with_the_other_input_problems()
    {
        using var folder = new TempFolder();
        var (framework, _) = Inputs(folder);
        var data = folder.Write("data.csv", SampleIndex.DataCsvText.Replace("U2,Unit two,East,14", "U2,Unit two,East,many", StringComparison.Ordinal));
        var spec = folder.Write("spec.json", """{"target": "P9"}""");

        var run = CliRun.Run("uncertainty", "-f", framework, "-d", data, "-s", spec);

        Assert.Equal(2, run.ExitCode);
        var errors = run.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("error: data.csv line 3", errors[0], StringComparison.Ordinal);
        Assert.Equal("error: spec.json line 1, target: \"P9\" is not a node of the framework.", errors[1]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Out_naming_a_file_is_invalid_input_and_nothing_runs()
    {
        using var folder = new TempFolder();
        var taken = folder.Write("taken.csv", "x");

        var run = Run(folder, UaSpec, taken);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --out: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(taken));
    }

    [Fact]
    public void The_spec_option_is_required_and_listed_in_the_help()
    {
        var missing = CliRun.Run("uncertainty", "-f", "f.json", "-d", "d.csv");
        var help = CliRun.Run("uncertainty", "--help");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Option '--spec' is required.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--framework", "--data", "--method", "--weights", "--spec", "--out", "--top" })
        {
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Console_output_does_not_depend_on_the_current_culture()
    {
        using var folder = new TempFolder();
        var invariant = Run(folder, FailingSpec, null);

        CliOutcome odd;
        using (new CultureScope())
        {
            odd = Run(folder, FailingSpec, null);
        }

        Assert.Equal(invariant, odd);
    }
}
