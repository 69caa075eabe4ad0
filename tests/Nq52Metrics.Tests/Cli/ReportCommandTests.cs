using System.Text.RegularExpressions;
using Nq52Metrics.Tests.Charts;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 report</c> and <c>nq52 pii report</c>: the file they write, what they print, and every input error.</summary>
public sealed class ReportCommandTests
{
    private const string UaSpec = """{"runs": 40, "seed": 5, "weights": {"noise": {"2": 0.25}}}""";

    [Fact]
    public void Report_writes_one_html_file_with_the_ranking_audit_and_uncertainty()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", UaSpec);
        var output = folder.PathOf("report.html");

        var run = CliRun.Run("report", "--framework", framework, "--data", data, "--spec", spec, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"Report written to {output} (6 units; 40 runs)."], run.OutputLines);
        var html = File.ReadAllText(output);
        Assert.Equal(6, HtmlReportTests.BodyRows(html, "ranking-table"));
        Assert.Equal(6, HtmlReportTests.BodyRows(html, "rank-statistics"));
        Assert.Contains("<section id=\"audit\">", html, StringComparison.Ordinal);
        Assert.Contains("<li>Framework: framework.json</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Uncertainty spec: spec.json</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SAMPLE", html, StringComparison.Ordinal);
        Assert.Equal(["data.csv", "framework.json", "meta.csv", "report.html", "spec.json"], folder.FileNames());
    }

    [Fact]
    public void Pii_report_on_the_shipped_sample_is_labelled_sample_in_the_file_and_on_the_output()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("pii.html");

        var run = CliRun.Run("pii", "report", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Report written to {output} (63 units).", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("SAMPLE DATA:", StringComparison.Ordinal));
        var html = File.ReadAllText(output);
        Assert.Equal(63, HtmlReportTests.BodyRows(html, "ranking-table"));
        // The banner at the top and the bottom, and the note on the comparison with the published figures.
        Assert.Equal(3, Regex.Count(html, "class=\"sample\""));
        Assert.Contains("<title>SAMPLE · Provincial Innovation Index</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"uncertainty\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"published\">", html, StringComparison.Ordinal);
        Assert.Equal(63, HtmlReportTests.BodyRows(html, "published-table"));
        Assert.Contains("<button type=\"button\">Efficiency (Output / Input)</button>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Published figures: PII 2023, from the sources of the seeds</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_report_compares_with_the_edition_asked_for_and_refuses_an_unknown_one()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("pii.html");

        var run = CliRun.Run("pii", "report", "--edition", "2024", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<a href=\"#published\">PII against the published PII 2024</a>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\">Published rank 2024</button>", html, StringComparison.Ordinal);

        var unknown = CliRun.Run("pii", "report", "--edition", "2019", "--out", folder.PathOf("other.html"));

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("error: edition: there is no published PII edition 2019", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.PathOf("other.html")));
    }

    [Fact]
    public void An_audit_that_cannot_run_does_not_stop_the_report()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        // Two units: the index builds, but an audit needs at least three.
        var data = folder.Write("two.csv", string.Join('\n', SampleIndex.DataCsvText.Split('\n').Take(3)));
        var output = folder.PathOf("report.html");

        var run = CliRun.Run("report", "--framework", framework, "--data", data, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the audit could not run, the report says why", run.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.Contains("The statistical audit could not run on these data:", html, StringComparison.Ordinal);
        Assert.Contains("an audit needs at least 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_out_is_a_usage_error_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("report", "--framework", framework, "--data", data, "--out", folder.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out: \"{folder.Root}\" is a folder; give the report's file name, e.g. report.html.", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_out_that_is_an_input_is_refused_before_anything_is_read()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var before = File.ReadAllText(data);

        var run = CliRun.Run("report", "--framework", framework, "--data", data, "--out", data);
        var pii = CliRun.Run("pii", "report", "--data", data, "--out", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        Assert.Contains("--data", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, pii.ExitCode);
        Assert.Contains("--data", pii.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(data));
    }

    [Fact]
    public void A_bad_spec_is_reported_with_the_input_problems_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", """{"runs": -3}""");
        var output = folder.PathOf("report.html");

        var run = CliRun.Run("report", "--framework", framework, "--data", data, "--spec", spec, "--out", output);
        var pii = CliRun.Run("pii", "report", "--spec", spec, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("spec.json", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, pii.ExitCode);
        Assert.Contains("spec.json", pii.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Out_is_required()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("report", "--framework", framework, "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_output_folder_is_a_located_usage_error()
    {
        using var folder = new TempFolder();
        var output = folder.PathOf("nowhere/report.html");

        var run = CliRun.Run("pii", "report", "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
