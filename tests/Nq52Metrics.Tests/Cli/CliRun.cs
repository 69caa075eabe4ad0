using System.Globalization;
using System.CommandLine;
using Nq52Metrics.Cli;

namespace Nq52Metrics.Tests.Cli;

/// <summary>Runs <c>nq52</c> in-process and captures what it writes.</summary>
internal static class CliRun
{
    public static CliOutcome Run(params string[] args) => RunWith(null, args);

    public static CliOutcome RunWith(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Capture(app => app.Run(args), environment);

    /// <summary>Runs a root command holding the given commands, to exercise the error handling.</summary>
    public static CliOutcome RunCommands(IReadOnlyDictionary<string, string>? environment, IEnumerable<Command> commands, params string[] args) =>
        Capture(app => app.Run(args, commands), environment);

    private static CliOutcome Capture(Func<CliApp, int> run, IReadOnlyDictionary<string, string>? environment)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var app = new CliApp(output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        var code = run(app);
        return new CliOutcome(code, output.ToString(), error.ToString());
    }
}

/// <summary>What a run returned and wrote.</summary>
internal sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    /// <summary>The body rows of the first table in the output, as trimmed cells.</summary>
    public IReadOnlyList<string[]> TableRows()
    {
        var lines = Output.Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal)).ToList();
        return lines.Skip(1).Select(l => l.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray()).ToList();
    }

    /// <summary>The header cells of the first table in the output.</summary>
    public string[] TableHeader() =>
        Output.Split('\n').First(l => l.Contains('│', StringComparison.Ordinal)).Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray();

    /// <summary>Non-empty lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Fails when standard error shows a stack trace.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--- End of", Error, StringComparison.Ordinal);
    }
}
