using System.CommandLine;
using Nq52Metrics.Cli;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

public sealed class CliErrorTests
{
    [Theory]
    [InlineData(new[] { "build" }, "Option '--framework' is required.")]
    [InlineData(new[] { "build", "--framework", "f.json" }, "Option '--data' is required.")]
    [InlineData(new[] { "frobnicate" }, "'frobnicate'")]
    [InlineData(new string[0], "Required command was not provided.")]
    [InlineData(new[] { "build", "-f", "f.json", "-d", "d.csv", "--top", "0" }, "--top must be a whole number of 1 or more, not \"0\".")]
    [InlineData(new[] { "build", "-f", "f.json", "-d", "d.csv", "--top", "ten" }, "--top must be a whole number of 1 or more, not \"ten\".")]
    [InlineData(new[] { "validate", "-f", "f.json", "-d", "d.csv", "--out", "x.csv" }, "'--out'")]
    public void A_bad_command_line_is_a_usage_error_with_exit_2(string[] args, string message)
    {
        var run = CliRun.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Help_is_printed_with_exit_0()
    {
        var run = CliRun.Run("build", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--framework", "--data", "--method", "--weights", "--out", "--top", "--node", "--verbose" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_out_extension_is_a_usage_error_and_nothing_is_built_or_written()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--out", folder.PathOf("results.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --out: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(".csv", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.Equal(["data.csv", "framework.json", "meta.csv"], folder.FileNames());
    }

    [Fact]
    public void A_framework_file_of_another_kind_is_invalid_input()
    {
        using var folder = new TempFolder();
        var (_, _, data) = SampleIndex.WriteTo(folder);
        var framework = folder.Write("framework.yaml", "nodes: []");

        var run = CliRun.Run("build", "-f", framework, "-d", data);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --framework: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_named()
    {
        using var folder = new TempFolder();
        var (_, _, data) = SampleIndex.WriteTo(folder);
        var missing = folder.PathOf("absent.json");

        var run = CliRun.Run("build", "-f", missing, "-d", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {missing}: the file does not exist.", run.Error.Trim());
    }

    [Fact]
    public void A_directory_given_as_an_input_file_is_named_as_one()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var directory = folder.PathOf("data-folder.csv");
        Directory.CreateDirectory(directory);

        var run = CliRun.Run("build", "-f", framework, "-d", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {directory}: is a directory; give a file.", run.Error.Trim());
    }

    [Fact]
    public void Invalid_data_exit_2_without_a_stack_trace_and_leave_no_output_file()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var data = folder.Write("bad.csv", SampleIndex.DataCsvText.Replace("U3,Unit three,West,7,", "U3,Unit three,West,seven,", StringComparison.Ordinal));
        var output = folder.PathOf("results.csv");

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: bad.csv line 4, column \"A1\": \"seven\" is not a number (use NA or an empty cell for a missing value).", run.Error.Trim());
        run.AssertNoStackTrace();
        Assert.Equal("", run.Output);
        Assert.Equal(["bad.csv", "data.csv", "framework.json", "meta.csv"], folder.FileNames());
    }

    [Fact]
    public void A_build_step_failure_exits_2_and_leaves_no_output_file()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var method = folder.Write("method.json", """{"aggregate": {"method": "geometric"}}""");
        var output = folder.PathOf("results.json");

        var run = CliRun.Run("build", "-f", framework, "-d", data, "-m", method, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("geometric mean", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.False(File.Exists(output));
        Assert.Equal(["data.csv", "framework.json", "meta.csv", "method.json"], folder.FileNames());
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_invalid_input()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var output = Path.Combine(folder.Root, "absent", "results.csv");

        var run = CliRun.Run("build", "-f", framework, "-d", data, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "absent")));
    }

    private static Command Failing()
    {
        var command = new Command("explode", "Fails the way a bug would.");
        command.SetAction(int (_) => throw new InvalidOperationException("the plan has no nodes"));
        return command;
    }

    [Fact]
    public void An_internal_error_exits_1_with_a_message_and_a_hint_but_no_stack_trace()
    {
        var run = CliRun.RunCommands(null, [Failing()], "explode");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("internal error: InvalidOperationException: the plan has no nodes", run.Error, StringComparison.Ordinal);
        Assert.Contains("--verbose", run.Error, StringComparison.Ordinal);
        Assert.Contains(CliApp.DebugVariable, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Verbose_shows_the_stack_trace_of_an_internal_error()
    {
        var run = CliRun.RunCommands(null, [Failing()], "explode", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_debug_variable_shows_the_stack_trace_of_an_internal_error()
    {
        var run = CliRun.RunCommands(new Dictionary<string, string> { [CliApp.DebugVariable] = "1" }, [Failing()], "explode");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }
}
