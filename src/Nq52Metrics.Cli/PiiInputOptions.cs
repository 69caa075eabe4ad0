using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>
/// The input options of the <c>pii</c> commands. Every one is optional: without them the commands use the shipped PII
/// sample (its framework preset and its generated data) and the PII methodology preset; <c>--data</c> alone swaps in
/// real data.
/// </summary>
internal sealed class PiiInputOptions : IOptionGroup
{
    /// <summary><c>--data</c>: a COINr iData CSV with one row per province (default: the shipped sample).</summary>
    public Option<string?> Data { get; } = CommonOptions.OptionalData(
        "Real PII data: a COINr iData table (.csv), one row per province (uCode = key, GSO code or name). Default: the shipped SAMPLE data, generated, not real results.");

    /// <summary><c>--framework</c>: the framework (default: the PII preset of the sample).</summary>
    public Option<string?> Framework { get; } = CommonOptions.OptionalFramework(
        "The framework: our JSON format (.json) or a COINr iMeta table (.csv), PII-shaped (P1..P7, Input, Output, PII). Default: the PII preset of the sample (pii_iMeta.csv).");

    /// <summary><c>--method</c>: a method file (default: the PII preset, the GII method).</summary>
    public Option<string?> Method { get; } = CommonOptions.Method(
        "A method file (.json); omitted keys take the general default. Default: the PII preset (the GII method).");

    /// <inheritdoc/>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Framework);
        command.Options.Add(Method);
    }

    /// <summary>The paths given on a command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The paths (null = the default).</returns>
    public PiiInputPaths PathsFrom(ParseResult parse) => new(parse.GetValue(Framework), parse.GetValue(Data), parse.GetValue(Method));
}

/// <summary>The input files of a <c>pii</c> command; null means the default.</summary>
/// <param name="Framework">The framework file, or null for the sample's PII preset.</param>
/// <param name="Data">The iData file, or null for the sample data.</param>
/// <param name="Method">The method file, or null for the PII methodology preset.</param>
internal sealed record PiiInputPaths(string? Framework, string? Data, string? Method);
