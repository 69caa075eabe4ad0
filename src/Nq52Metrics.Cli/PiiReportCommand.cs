using System.Collections.Immutable;
using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii report [--data D] [--framework F] [--method M.json] [--edition E] [--spec S.json] --out report.html</c>:
/// the PII of every province (by default from the shipped sample, labelled SAMPLE) as one self-contained HTML report,
/// with the inputs of <c>nq52 pii build</c> and, like it, Input, Output, efficiency, region rank and the comparison
/// with the published edition.
/// </summary>
internal static class PiiReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii report</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new PiiInputOptions();
        var edition = CommonOptions.PiiEdition();
        var spec = HtmlReportWriting.SpecOption();
        var output = HtmlReportWriting.OutOption();
        var command = new Command(
            "report",
            CliTexts.HelpPiiReport)
        {
            inputs, edition, spec, output,
        };
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(edition), parse.GetValue(spec), parse.GetRequiredValue(output)));
        return command;
    }

    private static int Run(CliApp app, PiiInputPaths paths, int? edition, string? specPath, string output)
    {
        using var stops = app.HandleStops();
        HtmlReportWriting.EnsureWritable(output, [("--framework", paths.Framework), ("--data", paths.Data), ("--method", paths.Method), ("--spec", specPath)]);
        var inputs = PiiInputReading.Read(paths);
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var spec = HtmlReportWriting.ReadSpec(specPath, inputs.Framework, problems);
        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems.ToImmutable());
        }

        var described = ImmutableArray.CreateBuilder<string>();
        described.Add(paths.Framework is { } framework ? PiiText.Format(CliTexts.ReportInputFramework, Path.GetFileName(framework)) : PiiText.Format(CliTexts.ReportInputFrameworkPiiPreset, PiiSampleFiles.MetaFileName));
        described.Add(paths.Data is { } data ? PiiText.Format(CliTexts.ReportInputData, Path.GetFileName(data)) : PiiText.Format(CliTexts.ReportInputDataSample, PiiSampleFiles.DataFileName));
        described.Add(PiiText.Format(CliTexts.ReportInputMethod, inputs.MethodDescription));
        if (specPath is not null)
        {
            described.Add(PiiText.Format(CliTexts.ReportInputSpec, Path.GetFileName(specPath)));
        }

        var report = PiiReport.Build(inputs.Framework, inputs.Data, new PiiReportOptions { Methodology = inputs.Methodology, CompareWithEdition = edition });
        described.Add($"Published figures: PII {report.ComparedEdition}, from the sources of the seeds");
        return HtmlReportWriting.Run(app, report.Result, report, spec, output, described.ToImmutable());
    }
}
