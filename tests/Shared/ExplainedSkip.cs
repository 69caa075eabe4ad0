namespace Nq52Metrics.Testing;

/// <summary>
/// Skips the running test and prints why in the normal <c>dotnet test</c> output. The test runner shows only the
/// name of a skipped test at the default verbosity; the reason goes out as a diagnostic message as well
/// (<c>diagnosticMessages</c> is on in <c>tests/xunit.runner.json</c>), so a line
/// <c>skipped &lt;test&gt;: &lt;reason&gt;</c> appears beside the runner's <c>[SKIP]</c> line.
/// </summary>
internal static class ExplainedSkip
{
    /// <summary>The prefix of the printed line.</summary>
    public const string Prefix = "skipped ";

    /// <summary>The line printed for a skipped test.</summary>
    /// <param name="test">The test's display name.</param>
    /// <param name="reason">Why it is skipped.</param>
    /// <returns>The line.</returns>
    public static string Line(string test, string reason) => $"{Prefix}{test}: {reason}";

    /// <summary>Prints the reason, then skips the running test (never returns normally).</summary>
    /// <param name="reason">Why the test is skipped, and what would make it run.</param>
    public static void Now(string reason)
    {
        var test = TestContext.Current.Test?.TestDisplayName ?? "a test";
        TestContext.Current.SendDiagnosticMessage(Line(test, reason));
        Assert.Skip(reason);
    }
}
