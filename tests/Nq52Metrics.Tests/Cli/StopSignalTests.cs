using System.Diagnostics;
using Nq52Metrics.Cli;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM while <c>nq52</c> writes: the built command runs as its own process, is held with its
/// results file half written (<see cref="CliApp.WritePauseVariable"/>), and is sent the signal. It must end with 130
/// (SIGINT) or 143 (SIGTERM), say <c>cancelled</c>, and leave neither the results file nor a temporary file.
/// </summary>
public sealed class StopSignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, int> Signals() => new()
    {
        { "build", "INT", ExitCodes.Cancelled },
        { "build", "TERM", ExitCodes.Terminated },
        { "pii", "INT", ExitCodes.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public async Task A_signal_while_writing_leaves_no_file_and_exits_with_its_code(string command, string signal, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var output = folder.PathOf("results.csv");
        string[] args = command == "pii"
            ? ["pii", "build", "--out", output]
            : ["build", "--framework", framework, "--data", data, "--out", output];
        var before = folder.FileNames();
        using var process = Start(args);

        var temporary = await WaitForTemporaryFile(folder, process);
        Signal(process.Id, signal);
        var (stdout, stderr) = await Finish(process);

        Assert.True(temporary, $"no temporary file appeared.\n{stderr}");
        Assert.Equal(exitCode, process.ExitCode);
        Assert.Equal("cancelled", stderr.Trim());
        Assert.DoesNotContain("Results written", stdout, StringComparison.Ordinal);
        Assert.Equal(before, folder.FileNames());
    }

    [Fact]
    public async Task SIGTERM_while_uncertainty_writes_its_folder_leaves_nothing()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", """{"runs": 50, "seed": 1, "weights": {"noise": {"2": 0.25}}}""");
        var output = folder.PathOf("out");
        using var process = Start(["uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--out", output]);

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience && !process.HasExited
            && !(Directory.Exists(output) && Directory.GetFiles(output).Any(f => f.EndsWith(".tmp", StringComparison.Ordinal))))
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        var temporary = Directory.Exists(output) && Directory.GetFiles(output).Length > 0;
        Signal(process.Id, "TERM");
        var (stdout, stderr) = await Finish(process);

        Assert.True(temporary, $"no temporary file appeared.\n{stderr}");
        Assert.Equal(ExitCodes.Terminated, process.ExitCode);
        Assert.Equal("cancelled", stderr.Trim());
        Assert.DoesNotContain("Files written", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Without_a_signal_the_paused_write_completes()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var output = folder.PathOf("results.csv");
        using var process = Start(["build", "--framework", framework, "--data", data, "--out", output], pauseMs: 200);

        var (stdout, stderr) = await Finish(process);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", stderr);
        Assert.Contains("Results written", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        Assert.DoesNotContain(folder.FileNames(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static Process Start(string[] args, int pauseMs = 60_000)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nq52.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[CliApp.WritePauseVariable] = pauseMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(start) ?? throw new InvalidOperationException("nq52 did not start.");
    }

    private static async Task<bool> WaitForTemporaryFile(TempFolder folder, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience && !process.HasExited)
        {
            if (folder.FileNames().Any(f => f.EndsWith(".tmp", StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        return false;
    }

    private static void Signal(int processId, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task<(string Output, string Error)> Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }

        return (await output, await error);
    }
}
