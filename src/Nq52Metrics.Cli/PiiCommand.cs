using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii</c>: Vietnam's Provincial Innovation Index — <c>build</c> (the ranking of every province, from the shipped
/// sample or real data), <c>published</c> (the published results as known, with sources), <c>whatif</c> (a
/// province's rank after a change, or the smallest improvements to reach a rank) <c>trend</c> (published changes between editions) and <c>report</c> (an HTML report).
/// </summary>
internal static class PiiCommand
{
    /// <summary>Creates the command with its sub-commands.</summary>
    /// <param name="app">Where the commands write.</param>
    /// <returns>The <c>pii</c> command.</returns>
    public static Command Create(CliApp app)
    {
        return new Command("pii", CliTexts.HelpPii)
        {
            PiiBuildCommand.Create(app),
            PiiPublishedCommand.Create(app),
            PiiWhatIfCommand.Create(app),
            PiiTrendCommand.Create(app),
            PiiReportCommand.Create(app),
        };
    }
}
