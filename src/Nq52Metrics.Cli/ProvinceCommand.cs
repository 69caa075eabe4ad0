using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 province &lt;unit&gt;</c>: one province's story from the sources — PII in each edition, the 2025 merger and
/// how the new unit ranks, DTI results, digital-economy shares and ranks, and the seed article's claims with their
/// verdicts. Conflicts are shown, never resolved.
/// </summary>
internal static class ProvinceCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>province</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var unit = new Argument<string>("unit")
        {
            Description = CliTexts.HelpProvinceUnit,
        };
        var command = new Command("province", CliTexts.HelpProvince)
        {
            CommonOptions.Format(),
            unit,
        };
        command.SetAction(parse => Run(app, parse.GetValue(unit)!));
        return command;
    }

    private static int Run(CliApp app, string unit)
    {
        var seeds = VietnamSeeds.Embedded;
        ProvinceReport.Write(app, seeds, ProvinceStory.Of(unit, seeds));
        return ExitCodes.Ok;
    }
}
