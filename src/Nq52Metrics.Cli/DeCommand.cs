using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 de</c>: the digital economy under Resolution 52-NQ/TW — <c>shares</c> (published shares of GDP/GRDP with
/// ranks, band counts and sources) and <c>progress</c> (each target against the latest value).
/// </summary>
internal static class DeCommand
{
    /// <summary>Creates the command with its sub-commands.</summary>
    /// <param name="app">Where the commands write.</param>
    /// <returns>The <c>de</c> command.</returns>
    public static Command Create(CliApp app) =>
        new("de", CliTexts.HelpDe)
        {
            DeSharesCommand.Create(app),
            DeProgressCommand.Create(app),
        };

    /// <summary><c>--year</c> (<c>-y</c>): a year, digits only; a usage error otherwise. Null when not given.</summary>
    /// <param name="description">Its help text.</param>
    /// <returns>The option.</returns>
    public static Option<int?> Year(string description) => CommonOptions.PositiveWhole("--year", description, "-y");
}
