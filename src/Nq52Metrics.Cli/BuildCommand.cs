using System.CommandLine;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 build --framework F --data D [--method M.json] [--weights W.csv] [--out R.csv|R.json|R.xlsx] [--top N] [--node CODE] [--plot DIR]</c>:
/// builds the index, writes the results file if asked (all or nothing), then prints the ranking table and a one-line
/// summary of what the steps did. On panel data (several <c>Time</c> values) it builds every period with the same
/// method, writes them all to <c>--out</c>, and prints the latest period's ranking and the change since the one before.
/// </summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>build</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var output = CommonOptions.ResultsFile();
        var top = CommonOptions.Top(CliTexts.HelpBuildTop);
        var node = CommonOptions.OptionalString("--node", CliTexts.HelpBuildNode);
        var plot = ChartFolder.Option();
        var command = new Command("build", CliTexts.HelpBuild) { CommonOptions.Format(), inputs, output, top, node, plot };
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(output), parse.GetValue(top), parse.GetValue(node), parse.GetValue(plot)));
        return command;
    }

    private static int Run(CliApp app, InputPaths paths, string? outputPath, int? top, string? node, string? plotFolder)
    {
        using var stops = app.HandleStops();
        ChartFolder.EnsureUsable(plotFolder);
        var resultFile = ResultFileWriting.For(
            outputPath,
            ("--framework", paths.Framework),
            ("--data", paths.Data),
            ("--method", paths.Method),
            ("--weights", paths.Weights));
        var (framework, panel, methodology) = InputReading.Read(paths, panel: true).EnsurePanel();
        if (node is not null && !framework.Contains(node))
        {
            throw new Nq52ValidationException("--node", PiiText.Format(CliTexts.BuildNodeUnknown, node));
        }

        var sample = SampleLabel.Begin(app, panel.Latest);
        if (panel.Periods.Length > 1)
        {
            var exit = RunPanel(app, PanelBuilder.Build(framework, panel, methodology), resultFile, top, node, plotFolder);
            SampleLabel.End(app, sample);
            return exit;
        }

        var result = IndexBuilder.Build(framework, panel.Latest, methodology);
        app.StopToken.ThrowIfCancellationRequested();
        resultFile?.Write(result, app);
        var console = app.CreateConsole();
        using (app.ForPrograms())
        {
            RankingTable.Create(result, node ?? result.IndexCode, top, console.Profile.Width).Write(console);
        }
        app.Output.WriteLine(BuildSummary.Describe(result));
        resultFile?.Confirm(app.Output);
        ChartFolder.Write(plotFolder, ChartFolder.OfBuild(result, app.ChartOptions), app.Output);
        SampleLabel.End(app, sample);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Panel data: writes every period to the results file, then prints the latest period's ranking, the change since
    /// the previous period, and the latest period's summary; <c>--plot</c> draws the latest period's charts.
    /// </summary>
    private static int RunPanel(CliApp app, Results.PanelResult panel, ResultFileWriting? resultFile, int? top, string? node, string? plotFolder)
    {
        app.StopToken.ThrowIfCancellationRequested();
        resultFile?.Write(panel, app);
        var latest = panel.Latest;
        var ranked = node ?? latest.IndexCode;
        var console = app.CreateConsole();
        app.Output.WriteLine(PiiText.Format(
            latest.Methodology.Normalisation.Pooled ? CliTexts.PanelPooled : CliTexts.PanelByPeriod,
            panel.Periods.Length,
            string.Join(", ", panel.Periods),
            panel.Periods[^1]));
        using (app.ForPrograms())
        {
            RankingTable.Create(latest, ranked, top, console.Profile.Width).Write(console);
        }
        using (app.ForPrograms())
        {
            console.Write(PanelChangeTable.Create(panel, ranked, top));
        }
        if (!latest.Methodology.Normalisation.Pooled)
        {
            app.Output.WriteLine(CliTexts.PanelNotPooledNote);
        }

        app.Output.WriteLine(PiiText.Format(CliTexts.PanelSummary, panel.Periods[^1], BuildSummary.Describe(latest)));
        resultFile?.Confirm(app.Output);
        ChartFolder.Write(plotFolder, ChartFolder.OfBuild(latest, app.ChartOptions), app.Output);
        return ExitCodes.Ok;
    }
}
