using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Charts.Reports;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 report</c> and <c>nq52 pii report</c> share: the <c>--spec</c> and <c>--out</c> options, the check that
/// the report does not replace an input, and the run itself — build the index, audit it (an audit that cannot run is
/// shown in the report as the problems that stopped it, not as a failure), run the uncertainty analysis of
/// <c>--spec</c> if given, write the HTML file (all or nothing) and confirm it, with the SAMPLE notice on sample data.
/// The commands build the index themselves (<c>nq52 pii report</c> through the PII report, for its published comparison).
/// </summary>
internal static class HtmlReportWriting
{
    /// <summary>The <c>--spec</c> option.</summary>
    /// <returns>The option.</returns>
    public static System.CommandLine.Option<string?> SpecOption() => CommonOptions.OptionalString(
        "--spec",
        CliTexts.HelpReportSpec,
        "-s");

    /// <summary>The <c>--out</c> option.</summary>
    /// <returns>The option.</returns>
    public static System.CommandLine.Option<string> OutOption() => CommonOptions.RequiredString(
        "--out",
        CliTexts.HelpReportOut,
        "-o");

    /// <summary>Refuses an output that is a folder or one of the inputs, before anything is read.</summary>
    /// <param name="output">The <c>--out</c> path.</param>
    /// <param name="inputs">The input files by option (null = a default, skipped).</param>
    /// <exception cref="Nq52ValidationException">The output is a folder or an input.</exception>
    public static void EnsureWritable(string output, IEnumerable<(string Option, string? Path)> inputs)
    {
        if (Directory.Exists(output))
        {
            throw new Nq52ValidationException("--out", PiiText.Format(CliTexts.ReportIsAFolder, output));
        }

        OutputPaths.EnsureNotAnInput(output, inputs);
    }

    /// <summary>Reads the spec file against the framework, or null when none was given.</summary>
    /// <param name="path">The <c>--spec</c> path, or null.</param>
    /// <param name="framework">The framework the spec names nodes of.</param>
    /// <param name="problems">Where the spec's problems go.</param>
    /// <returns>The spec, or null (none given, or it has problems).</returns>
    public static UncertaintySpec? ReadSpec(string? path, IndexFramework? framework, ImmutableArray<ValidationProblem>.Builder problems) =>
        path is null || framework is null
            ? null
            : ValidationAttempt.Run((out UncertaintySpec? s, out ImmutableArray<ValidationProblem> p) => UncertaintySpecJson.TryLoad(path, framework, out s, out p), problems);

    /// <summary>Audits and analyses a built index, writes the report; then prints where it is.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <param name="result">The built index.</param>
    /// <param name="pii">The PII report of <paramref name="result"/> (<c>nq52 pii report</c>), or null.</param>
    /// <param name="spec">The uncertainty spec, or null.</param>
    /// <param name="output">The report file.</param>
    /// <param name="inputs">Lines naming the inputs, shown under the report's title.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliApp app, Results.IndexResult result, PiiReport? pii, UncertaintySpec? spec, string output, ImmutableArray<string> inputs)
    {
        app.StopToken.ThrowIfCancellationRequested();
        var (audit, auditProblems) = Audit(result);
        var uncertainty = spec is null
            ? null
            : UncertaintyProgressDisplay.Run(app, "runs", progress => UncertaintyAnalysis.Run(result, spec, progress, app.StopToken));
        app.StopToken.ThrowIfCancellationRequested();
        HtmlReport.Write(output, new ReportContents(result) { Inputs = inputs, Audit = audit, AuditProblems = auditProblems, Uncertainty = uncertainty, Pii = pii, Language = app.Language });
        var written = (audit is null, uncertainty is null) switch
        {
            (false, true) => CliTexts.ReportWritten,
            (true, true) => CliTexts.ReportWrittenNoAudit,
            (false, false) => CliTexts.ReportWrittenRuns,
            (true, false) => CliTexts.ReportWrittenNoAuditRuns,
        };
        app.Output.WriteLine(PiiText.Format(written, output, result.Units.Length, uncertainty?.RunCount));
        if (result.IsSample)
        {
            app.Output.WriteLine(CliTexts.ReportSampleNote);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The audit, or the problems that stopped it (a constant indicator, too few units…): a report is still worth writing without it.</summary>
    private static (AuditResult? Audit, ImmutableArray<ValidationProblem> Problems) Audit(Results.IndexResult result)
    {
        try
        {
            return (StatisticalAudit.Run(result), []);
        }
        catch (Nq52ValidationException e)
        {
            return (null, e.Problems);
        }
    }
}
