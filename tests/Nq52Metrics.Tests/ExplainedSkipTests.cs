using System.Text.Json;
using Nq52Metrics.Testing;

namespace Nq52Metrics.Tests;

/// <summary>Skipped tests say why in the normal test output.</summary>
public sealed class ExplainedSkipTests
{
    [Fact]
    public void The_runner_prints_diagnostic_messages_so_skip_reasons_reach_the_output()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "xunit.runner.json");

        Assert.True(File.Exists(path), "xunit.runner.json must be copied next to the test binaries.");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(settings.RootElement.GetProperty("diagnosticMessages").GetBoolean());
    }

    [Fact]
    public void The_printed_line_names_the_test_and_the_reason() =>
        Assert.Equal("skipped Some.Test: the folder was not found.", ExplainedSkip.Line("Some.Test", "the folder was not found."));
}
