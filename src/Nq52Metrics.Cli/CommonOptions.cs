using System.CommandLine;
using System.Globalization;

namespace Nq52Metrics.Cli;

/// <summary>
/// The options several commands define alike: the input files (<c>--framework</c>, <c>--data</c>, <c>--method</c>,
/// <c>--weights</c>), <c>--top</c> and other whole-number options, the results file <c>--out</c>, and plain string
/// options. Names, short aliases and parsing live here once; each command passes its own help text where the meaning
/// differs.
/// </summary>
internal static class CommonOptions
{
    /// <summary><c>--framework</c> (<c>-f</c>), required: the framework file (.json or a COINr iMeta .csv).</summary>
    /// <param name="description">Its help text.</param>
    /// <returns>The option.</returns>
    public static Option<string> Framework(string description) => RequiredString("--framework", description, "-f");

    /// <summary><c>--framework</c> (<c>-f</c>), optional: the framework file; null when not given.</summary>
    /// <param name="description">Its help text (saying what the default is).</param>
    /// <returns>The option.</returns>
    public static Option<string?> OptionalFramework(string description) => OptionalString("--framework", description, "-f");

    /// <summary><c>--data</c> (<c>-d</c>), required: a COINr iData .csv.</summary>
    /// <param name="description">Its help text.</param>
    /// <returns>The option.</returns>
    public static Option<string> Data(string description) => RequiredString("--data", description, "-d");

    /// <summary><c>--data</c> (<c>-d</c>), optional: a COINr iData .csv; null when not given.</summary>
    /// <param name="description">Its help text (saying what the default is).</param>
    /// <returns>The option.</returns>
    public static Option<string?> OptionalData(string description) => OptionalString("--data", description, "-d");

    /// <summary><c>--method</c> (<c>-m</c>), optional: a method file (.json); null when not given.</summary>
    /// <param name="description">Its help text (saying what the default is).</param>
    /// <returns>The option.</returns>
    public static Option<string?> Method(string description) => OptionalString("--method", description, "-m");

    /// <summary><c>--weights</c> (<c>-w</c>), optional: weight overrides, a CSV with columns iCode,Weight; null when not given.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Weights() =>
        OptionalString("--weights", CliTexts.HelpWeights, "-w");

    /// <summary>
    /// <c>--out</c> (<c>-o</c>) of the commands that build one index: the results file, .csv or .json
    /// (<see cref="ResultFileWriting"/> writes it); null when not given.
    /// </summary>
    /// <returns>The option.</returns>
    public static Option<string?> ResultsFile() => OptionalString(
        "--out",
        CliTexts.HelpResultsFile,
        "-o");

    /// <summary>The <c>--edition</c> option of the PII commands: the published edition to compare with.</summary>
    /// <returns>The option.</returns>
    public static Option<int?> PiiEdition() => new("--edition", "-e")
    {
        Description = CliTexts.HelpPiiEdition,
    };

    /// <summary><c>--top</c> (<c>-n</c>): print only the first N rows; a whole number of 1 or more, null when not given.</summary>
    /// <param name="description">Its help text (saying what the rows are).</param>
    /// <returns>The option.</returns>
    public static Option<int?> Top(string description) => PositiveWhole("--top", description, "-n");

    /// <summary>
    /// An option holding a whole number of 1 or more (digits only: no sign, no decimals); anything else is a usage
    /// error naming the option, e.g. <c>--top must be a whole number of 1 or more, not "0".</c> Null when not given.
    /// </summary>
    /// <param name="name">The option's name, e.g. <c>--top</c>.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="aliases">Its other names.</param>
    /// <returns>The option.</returns>
    public static Option<int?> PositiveWhole(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                return count;
            }

            result.AddError(PiiText.Format(CliTexts.OptionWholeNumber, name, token));
            return null;
        },
    };

    /// <summary>A required option holding one string (a path, a code, a name); a missing one is a usage error.</summary>
    /// <param name="name">The option's name, e.g. <c>--spec</c>.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="aliases">Its other names.</param>
    /// <returns>The option.</returns>
    public static Option<string> RequiredString(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        Required = true,
    };

    /// <summary>An optional option holding one string (a path, a code, a name); null when not given.</summary>
    /// <param name="name">The option's name, e.g. <c>--node</c>.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="aliases">Its other names.</param>
    /// <returns>The option.</returns>
    public static Option<string?> OptionalString(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
    };

    /// <summary>
    /// <c>--format table|csv|json</c>: how the command shows its tables. <c>table</c> (default) for people; <c>csv</c>
    /// and <c>json</c> write only the tables to standard output (see <see cref="MachineOutput"/>), notes to standard error.
    /// </summary>
    /// <returns>The option.</returns>
    public static Option<OutputFormat> Format()
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = CliTexts.HelpFormat,
            HelpName = "table|csv|json",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                switch (token.ToLowerInvariant())
                {
                    case "table":
                        return OutputFormat.Table;
                    case "csv":
                        return OutputFormat.Csv;
                    case "json":
                        return OutputFormat.Json;
                    default:
                        result.AddError(PiiText.Format(CliTexts.FormatInvalid, token));
                        return OutputFormat.Table;
                }
            },
        };
        return option;
    }
}
