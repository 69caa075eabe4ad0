using System.CommandLine;
using System.Globalization;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 validate --framework F --data D [--method M] [--weights W]</c>: reads every file, then (when they are all
/// readable) runs the build without printing it, and lists every problem found — framework, weights, method, data,
/// data against framework, and the first failing build step — one per line with its location, on standard output.
/// Exit 0 with a one-line summary when there is none, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>validate</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var command = new Command("validate", CliTexts.HelpValidate) { inputs };
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse)));
        return command;
    }

    private static int Run(CliApp app, InputPaths paths)
    {
        var reading = InputReading.Read(paths);
        var problems = reading.Problems.ToList();
        if (problems.Count == 0)
        {
            var (framework, data, methodology) = reading.EnsureComplete();
            if (!IndexBuilder.TryBuild(framework, data, methodology, out _, out var found))
            {
                problems.AddRange(found);
            }
        }

        foreach (var problem in problems)
        {
            app.Output.WriteLine(problem.ToString(app.Language));
        }

        foreach (var note in reading.Notes)
        {
            app.Output.WriteLine(PiiText.Format(CliTexts.ValidateNote, note));
        }

        if (problems.Count > 0)
        {
            app.Error.WriteLine(PiiText.Format(CliTexts.ValidateInvalid, PiiText.Count(problems.Count, CliTexts.CountProblemOne, CliTexts.CountProblemMany)));
            return ExitCodes.InvalidInput;
        }

        var valid = reading.Framework!;
        var indicators = valid.Indicators.Length;
        app.Output.WriteLine(PiiText.Format(CliTexts.ValidateValid, reading.Data!.Units.Length, indicators, valid.Nodes.Length - indicators));
        return ExitCodes.Ok;
    }
}
