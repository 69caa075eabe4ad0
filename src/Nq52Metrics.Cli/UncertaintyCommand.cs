using System.CommandLine;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 uncertainty --framework F --data D [--method M.json] [--weights W.csv] --spec S.json [--out DIR] [--top N]</c>:
/// builds the nominal index exactly as <c>nq52 build</c> does, runs the uncertainty (UA) or sensitivity (SA) analysis
/// the spec file describes, writes <c>rankstats.csv</c>, <c>sensitivity.csv</c> (SA) and <c>runs.csv</c> into
/// <c>--out</c> if asked (all or nothing), then prints the rank intervals, the failed runs and the sensitivity
/// indices. A progress bar shows on a terminal; Ctrl-C or SIGTERM stops cleanly: <c>cancelled</c> on standard error,
/// no file written, exit code <see cref="ExitCodes.Cancelled"/> or <see cref="ExitCodes.Terminated"/> (a second signal
/// ends the process at once). An <c>--out</c> folder whose files would replace an input file is refused.
/// </summary>
internal static class UncertaintyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>uncertainty</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var spec = CommonOptions.RequiredString(
            "--spec",
            CliTexts.HelpUncertaintySpec,
            "-s");
        var output = CommonOptions.OptionalString(
            "--out",
            CliTexts.HelpUncertaintyOut,
            "-o");
        var top = CommonOptions.Top(CliTexts.HelpUncertaintyTop);
        var plot = ChartFolder.Option();
        var command = new Command("uncertainty", CliTexts.HelpUncertainty)
        {
            CommonOptions.Format(),
            inputs, spec, output, top, plot,
        };
        command.SetAction(parse =>
        {
            var arguments = new UncertaintyArguments(inputs.PathsFrom(parse), parse.GetRequiredValue(spec), parse.GetValue(output), parse.GetValue(top), parse.GetValue(plot));
            using var stops = app.HandleStops();
            return Run(app, arguments, app.StopToken);
        });
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <param name="arguments">The command line's values.</param>
    /// <param name="cancellationToken">Stops the command cleanly (Ctrl-C).</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="Nq52ValidationException">An input file or the spec is invalid (every problem is listed).</exception>
    internal static int Run(CliApp app, UncertaintyArguments arguments, CancellationToken cancellationToken)
    {
        ChartFolder.EnsureUsable(arguments.Plot);
        var workbook = arguments.Out is { } book && Path.GetExtension(book).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (workbook)
        {
            OutputPaths.EnsureNotAnInput(arguments.Out, [("--framework", arguments.Inputs.Framework), ("--data", arguments.Inputs.Data), ("--method", arguments.Inputs.Method), ("--weights", arguments.Inputs.Weights), ("--spec", arguments.Spec)]);
        }
        else if (arguments.Out is { } folder && File.Exists(folder))
        {
            throw new Nq52ValidationException("--out", PiiText.Format(CliTexts.FolderIsAFile, folder));
        }

        OutputPaths.EnsureFolderKeepsInputs(
            arguments.Out,
            [UncertaintyResultWriter.RankStatisticsFileName, UncertaintyResultWriter.SensitivityFileName, UncertaintyResultWriter.RunsFileName],
            [
                ("--framework", arguments.Inputs.Framework),
                ("--data", arguments.Inputs.Data),
                ("--method", arguments.Inputs.Method),
                ("--weights", arguments.Inputs.Weights),
                ("--spec", arguments.Spec),
            ]);

        var (framework, data, methodology, spec) = ReadInputs(arguments);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var nominal = IndexBuilder.Build(framework, data, methodology);
            var sample = SampleLabel.Begin(app, data);
            var result = UncertaintyProgressDisplay.Run(app, "runs", progress => UncertaintyAnalysis.Run(nominal, spec, progress, cancellationToken));
            if (workbook)
            {
                ResultWorkbook.Write(arguments.Out!, nominal, uncertainty: result);
            }

            var written = arguments.Out is { } destination && !workbook
                ? UncertaintyProgressDisplay.Run(app, UncertaintyResultWriter.RunsFileName, progress => UncertaintyResultWriter.WriteFiles(result, destination, PausingProgress.Wrap(progress, app.WritePause, cancellationToken), cancellationToken))
                : [];
            UncertaintyReport.Write(app, result, arguments.Top);
            if (!written.IsEmpty)
            {
                app.Output.WriteLine(PiiText.Format(CliTexts.FilesWritten, arguments.Out, string.Join(", ", written.Select(Path.GetFileName))));
            }
            else if (workbook)
            {
                app.Output.WriteLine(PiiText.Format(CliTexts.ResultsWrittenTo, arguments.Out));
            }

            ChartFolder.Write(arguments.Plot, ChartFolder.OfUncertainty(result, app.ChartOptions), app.Output);
            SampleLabel.End(app, sample);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            app.Error.WriteLine("cancelled");
            return app.StoppedExitCode;
        }
    }

    /// <summary>Reads the input files and the spec, collecting the problems of all of them before failing.</summary>
    private static (Frameworks.IndexFramework Framework, Data.Dataset Data, Methodology Methodology, UncertaintySpec Spec) ReadInputs(UncertaintyArguments arguments)
    {
        var reading = InputReading.Read(arguments.Inputs);
        var problems = reading.Problems.ToBuilder();
        var spec = ValidationAttempt.Run((out UncertaintySpec? s, out System.Collections.Immutable.ImmutableArray<ValidationProblem> p) => UncertaintySpecJson.TryLoad(arguments.Spec, reading.Framework, out s, out p), problems);

        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems.ToImmutable());
        }

        var (framework, data, methodology) = reading.EnsureComplete();
        return (framework, data, methodology, spec!);
    }
}
