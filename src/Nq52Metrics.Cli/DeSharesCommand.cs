using System.CommandLine;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 de shares [--year Y] [--series gso|mic] [--region R]</c>: the provincial and national digital-economy shares
/// of GDP/GRDP as published, each provincial figure with its rank among the units with a figure ("2nd of 14 with a
/// figure"), the published band counts, conflict and revision flags, the seed article's figures against every other
/// source, and the sources.
/// </summary>
internal static class DeSharesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>de shares</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var year = DeCommand.Year(CliTexts.HelpDeSharesYear);
        var series = new Option<DigitalEconomySeries?>("--series", "-s")
        {
            Description = CliTexts.HelpDeSharesSeries,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                switch (token.Trim().ToLowerInvariant())
                {
                    case "gso":
                        return DigitalEconomySeries.Gso;
                    case "mic":
                        return DigitalEconomySeries.Mic;
                    default:
                        result.AddError(PiiText.Format(CliTexts.SeriesInvalid, token));
                        return null;
                }
            },
        };
        var region = CommonOptions.OptionalString(
            "--region",
            CliTexts.HelpDeSharesRegion,
            "-r");
        var command = new Command("shares", CliTexts.HelpDeShares)
        {
            CommonOptions.Format(),
            year, series, region,
        };
        command.SetAction(parse => Run(app, parse.GetValue(year), parse.GetValue(series), parse.GetValue(region)));
        return command;
    }

    private static int Run(CliApp app, int? year, DigitalEconomySeries? series, string? region)
    {
        var seeds = VietnamSeeds.Embedded;
        if (year is { } y && !seeds.DigitalEconomyShares.Any(o => o.Year == y))
        {
            var years = seeds.DigitalEconomyShares.Select(o => o.Year).Distinct().Order();
            throw new Nq52ValidationException("--year", PiiText.Format(CliTexts.DeSharesYearUnknown, y, string.Join(", ", years)));
        }

        DeSharesReport.Write(app, seeds, ShareScoreboard.Build(seeds, year, series, region));
        return ExitCodes.Ok;
    }
}
