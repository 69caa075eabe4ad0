using System.CommandLine;
using Nq52Metrics.Construction;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii build [--data D] [--framework F] [--method M.json] [--edition E] [--top N] [--out R.csv|R.json]</c>:
/// builds the PII of every province (by default from the shipped sample, labelled as such), writes the results file
/// if asked (all or nothing), then prints the national ranking with Input, Output, efficiency, region rank and the
/// published figures of an edition, marking where they differ; then the regional summary and the unmatched units.
/// </summary>
internal static class PiiBuildCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii build</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new PiiInputOptions();
        var edition = CommonOptions.PiiEdition();
        var top = CommonOptions.Top(CliTexts.HelpPiiBuildTop);
        var output = CommonOptions.ResultsFile();
        var plot = ChartFolder.Option();
        var command = new Command(
            "build",
            CliTexts.HelpPiiBuild)
        {
            CommonOptions.Format(),
            inputs, edition, top, output, plot,
        };
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(edition), parse.GetValue(top), parse.GetValue(output), parse.GetValue(plot)));
        return command;
    }

    private static int Run(CliApp app, PiiInputPaths paths, int? edition, int? top, string? outputPath, string? plotFolder)
    {
        using var stops = app.HandleStops();
        ChartFolder.EnsureUsable(plotFolder);
        var resultFile = ResultFileWriting.For(outputPath, ("--framework", paths.Framework), ("--data", paths.Data), ("--method", paths.Method));
        var inputs = PiiInputReading.Read(paths);
        var report = PiiReport.Build(inputs.Framework, inputs.Data, new PiiReportOptions { Methodology = inputs.Methodology, CompareWithEdition = edition });
        app.StopToken.ThrowIfCancellationRequested();
        // With several periods every period is built and written (a leading period column), as nq52 build does.
        var panel = inputs.Panel.Periods.Length > 1 ? PanelBuilder.Build(inputs.Framework, inputs.Panel, inputs.Methodology) : null;
        if (panel is not null)
        {
            resultFile?.Write(panel, app);
        }
        else
        {
            resultFile?.Write(report.Result, app);
        }

        PiiBuildReport.Write(app, report, inputs, edition is null, top);
        if (panel is not null)
        {
            WriteTrend(app, panel, inputs.IsSample, top);
        }

        resultFile?.Confirm(app.Output);
        ChartFolder.Write(plotFolder, ChartFolder.OfBuild(report.Result, app.ChartOptions), app.Output);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The change of every province's PII rank and score since the previous period of the data, each period built with
    /// the same methodology; on the sample, labelled as sample data.
    /// </summary>
    private static void WriteTrend(CliApp app, Results.PanelResult panel, bool sample, int? top)
    {
        var (previous, latest) = (panel.Periods[^2], panel.Periods[^1]);
        app.Output.WriteLine();
        app.Output.WriteLine(PiiText.Format(sample ? CliTexts.PiiTrendSample : CliTexts.PiiTrend, previous, latest));
        using (app.ForPrograms())
        {
            app.CreateConsole().Write(PanelChangeTable.Create(panel, PiiFramework.IndexCode, top));
        }
        if (sample)
        {
            app.Output.WriteLine(PiiText.SampleNotice);
        }
    }
}
