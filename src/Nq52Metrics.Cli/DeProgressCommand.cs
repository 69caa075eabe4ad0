using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 de progress [--unit U] [--year Y]</c>: each target of Resolution 52-NQ/TW, Decision 411/QĐ-TTg and the
/// related plans against the latest value: current value, progress, gap, met or not, required CAGR and annual change,
/// and a straight projection at the observed CAGR with whether it reaches the target in time. Qualitative targets are
/// listed as such.
/// </summary>
internal static class DeProgressCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>de progress</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var unit = CommonOptions.OptionalString(
            "--unit",
            CliTexts.HelpDeProgressUnit,
            "-u");
        var year = DeCommand.Year(CliTexts.HelpDeProgressYear);
        var command = new Command("progress", CliTexts.HelpDeProgress)
        {
            CommonOptions.Format(),
            unit, year,
        };
        command.SetAction(parse => Run(app, parse.GetValue(unit), parse.GetValue(year)));
        return command;
    }

    private static int Run(CliApp app, string? unit, int? year)
    {
        var seeds = VietnamSeeds.Embedded;
        DeProgressReport.Write(app, seeds, TargetScoreboard.Assess(seeds, unit, year), unit, year);
        return ExitCodes.Ok;
    }
}
