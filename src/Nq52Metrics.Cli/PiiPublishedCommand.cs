using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii published [--edition E] [--region R]</c>: the published PII table as far as the sources give it — one
/// row per unit with a published figure, best known rank first, every conflicting version shown with its sources —
/// then the published regional means, the national figures and a legend of the sources cited.
/// </summary>
internal static class PiiPublishedCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii published</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var edition = new Option<int?>("--edition", "-e")
        {
            Description = CliTexts.HelpPiiPublishedEdition,
        };
        var region = CommonOptions.OptionalString(
            "--region",
            CliTexts.HelpPiiPublishedRegion,
            "-r");
        var command = new Command("published", CliTexts.HelpPiiPublished)
        {
            CommonOptions.Format(),
            edition, region,
        };
        command.SetAction(parse => Run(app, parse.GetValue(edition), parse.GetValue(region)));
        return command;
    }

    private static int Run(CliApp app, int? edition, string? region)
    {
        var seeds = VietnamSeeds.Embedded;
        // Only the 63 provinces have regions, so with --region the default is the latest edition that ranks them.
        var year = edition ?? (region is null
            ? seeds.Pii.PublishedEditions[^1]
            : seeds.Pii.PublishedEditions.Last(e => seeds.Pii.Results.UnitListOf(e) == UnitList.Provinces63));
        var published = seeds.Pii.Published(year);
        var rows = published.Rows(region);
        var regionCode = region is null ? null : seeds.Region(region).Code;
        PiiPublishedReport.Write(app, seeds, published, rows, regionCode, edition is null);
        return ExitCodes.Ok;
    }
}
