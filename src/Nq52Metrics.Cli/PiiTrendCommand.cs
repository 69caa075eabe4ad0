using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii trend [--unit U]</c>: published rank and score changes between consecutive PII editions, for units in
/// both editions and, across the 2025 merger, for each pre-merger province against the merged unit it joined (marked
/// as not comparable one-to-one).
/// </summary>
internal static class PiiTrendCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii trend</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var unit = CommonOptions.OptionalString(
            "--unit",
            CliTexts.HelpPiiTrendUnit,
            "-u");
        var command = new Command("trend", CliTexts.HelpPiiTrend)
        {
            CommonOptions.Format(),
            unit,
        };
        command.SetAction(parse => Run(app, parse.GetValue(unit)));
        return command;
    }

    private static int Run(CliApp app, string? unit)
    {
        var seeds = VietnamSeeds.Embedded;
        PiiTrendReport.Write(app, seeds, PiiTrend.Changes(seeds, unit), unit);
        return ExitCodes.Ok;
    }
}
