using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Valid_files_give_exit_0_and_a_summary()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("validate", "--framework", framework, "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["valid: 6 units, 5 indicators, 3 aggregates"], run.OutputLines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Every_problem_of_the_data_and_the_method_is_listed_one_per_line_with_its_location()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var data = folder.Write("bad-data.csv", SampleIndex.DataCsvText
            .Replace("U2,Unit two,East,14,", "U2,Unit two,East,fourteen,", StringComparison.Ordinal)
            .Replace("0.66,4", "0.66,1e999", StringComparison.Ordinal));
        var method = folder.Write("method.json", "{\n  \"normalise\": {\"method\": \"minmax2\"},\n  \"screen\": {\"minDataAvailability\": 2}\n}");

        var run = CliRun.Run("validate", "--framework", framework, "--data", data, "--method", method);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "method.json line 2, normalise.method: \"minmax2\" is not one of minMax, zScore, rank, percentileRank, goalposts, distanceToTarget, ratio, relativeDifference, aboveBelowMean, scaled, proportion, borda, none.",
                "method.json line 3, screen.minDataAvailability: 2 is outside the allowed range: the value must be from 0 to 1.",
                "bad-data.csv line 3, column \"A1\": \"fourteen\" is not a number (use NA or an empty cell for a missing value).",
                "bad-data.csv line 5, column \"B2\": \"1e999\" is infinite; only finite numbers or NA are allowed.",
            ],
            run.OutputLines);
        Assert.Equal("invalid: 4 problems found.", run.Error.Trim());
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Framework_problems_are_listed_with_those_of_the_weights_and_method_and_say_the_data_were_not_checked()
    {
        using var folder = new TempFolder();
        var (_, _, data) = SampleIndex.WriteTo(folder);
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText
            .Replace("\"parent\": \"P1\", \"weight\": 2", "\"parent\": \"P1\", \"weight\": -2", StringComparison.Ordinal)
            .Replace("\"code\": \"B1\", \"name\": \"Beta one\", \"level\": 1, \"parent\": \"P2\"", "\"code\": \"B1\", \"name\": \"Beta one\", \"level\": 1, \"parent\": \"P3\"", StringComparison.Ordinal));
        var method = folder.Write("method.json", """{"ranking": {"ties": "random"}}""");
        var weights = folder.Write("weights.csv", "iCode,Weight\nP1,2\n");

        var run = CliRun.Run("validate", "-f", framework, "-d", data, "-m", method, "-w", weights);

        Assert.Equal(2, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Contains(lines, l => l.StartsWith("framework.json: node \"A2\": weight -2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("framework.json: node \"B1\": parent \"P3\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("method.json line 1, ranking.ties: \"random\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("data.csv was not checked", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("weights.csv was not checked", StringComparison.Ordinal));
        Assert.Equal("invalid: 3 problems found.", run.Error.Trim());
    }

    [Fact]
    public void Problems_of_the_build_steps_are_reported_when_the_files_are_readable()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var constant = string.Join('\n', SampleIndex.DataCsvText.Split('\n').Select((line, i) =>
            i == 0 ? line : string.Join(',', line.Split(',').Select((cell, c) => c == 7 ? "5" : cell))));
        var data = folder.Write("constant.csv", constant);

        var run = CliRun.Run("validate", "-f", framework, "-d", data);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.StartsWith("indicator \"B2\": ", line, StringComparison.Ordinal);
        Assert.Contains("min-max", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_do_not_fit_the_framework_are_reported()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var data = folder.Write("extra.csv", SampleIndex.DataCsvText.Replace("B1,B2", "B1,B3", StringComparison.Ordinal));

        var run = CliRun.Run("validate", "-f", framework, "-d", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("extra.csv column \"B3\": the framework has no indicator, group or denominator with this code.", run.OutputLines);
        Assert.Contains("extra.csv: indicator \"B2\" of the framework has no column.", run.OutputLines);
    }
}
