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
            Description = "A province before the 2025 merger or a 2025 unit: key, GSO or N code, Vietnamese or English name (e.g. \"Thái Nguyên\", bac-kan, 19).",
        };
        var command = new Command("province", "Tell one province's story from the sources: PII by edition, the 2025 merger, DTI, digital-economy share, the seed article's claims.")
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
