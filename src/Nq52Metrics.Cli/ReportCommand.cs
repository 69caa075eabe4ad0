using System.Collections.Immutable;
using System.CommandLine;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 report --framework F --data D [--method M.json] [--weights W.csv] [--spec S.json] --out report.html</c>:
/// builds the index exactly as <c>nq52 build</c> does, audits it, runs the uncertainty analysis of <c>--spec</c> if
/// given, and writes one self-contained HTML report (see <see cref="Charts.Reports.HtmlReport"/>).
/// </summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>report</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var spec = HtmlReportWriting.SpecOption();
        var output = HtmlReportWriting.OutOption();
        var command = new Command("report", CliTexts.HelpReport)
        {
            inputs, spec, output,
        };
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(spec), parse.GetRequiredValue(output)));
        return command;
    }

    private static int Run(CliApp app, InputPaths paths, string? specPath, string output)
    {
        using var stops = app.HandleStops();
        HtmlReportWriting.EnsureWritable(output, [("--framework", paths.Framework), ("--data", paths.Data), ("--method", paths.Method), ("--weights", paths.Weights), ("--spec", specPath)]);
        var reading = InputReading.Read(paths);
        var problems = reading.Problems.ToBuilder();
        var spec = HtmlReportWriting.ReadSpec(specPath, reading.Framework, problems);
        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems.ToImmutable());
        }

        var (framework, data, methodology) = reading.EnsureComplete();
        var described = ImmutableArray.CreateBuilder<string>();
        described.Add(PiiText.Format(CliTexts.ReportInputFramework, Path.GetFileName(paths.Framework)));
        described.Add(PiiText.Format(CliTexts.ReportInputData, Path.GetFileName(paths.Data)));
        described.Add(paths.Method is { } method ? PiiText.Format(CliTexts.ReportInputMethod, Path.GetFileName(method)) : CliTexts.ReportInputMethodDefault);
        if (paths.Weights is { } weights)
        {
            described.Add(PiiText.Format(CliTexts.ReportInputWeights, Path.GetFileName(weights)));
        }

        if (specPath is not null)
        {
            described.Add(PiiText.Format(CliTexts.ReportInputSpec, Path.GetFileName(specPath)));
        }

        return HtmlReportWriting.Run(app, IndexBuilder.Build(framework, data, methodology), null, spec, output, described.ToImmutable());
    }
}
