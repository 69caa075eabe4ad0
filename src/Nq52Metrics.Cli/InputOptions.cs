using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>The input-file options shared by <c>build</c>, <c>validate</c> and <c>uncertainty</c>; the framework and the data are required.</summary>
internal sealed class InputOptions : IOptionGroup
{
    /// <summary><c>--framework</c>: the framework file (.json or COINr iMeta .csv).</summary>
    public Option<string> Framework { get; } = CommonOptions.Framework("The framework: our JSON format (.json) or a COINr iMeta table (.csv).");

    /// <summary><c>--data</c>: the COINr iData CSV.</summary>
    public Option<string> Data { get; } = CommonOptions.Data("The data: a COINr iData table (.csv; NA or empty = missing).");

    /// <summary><c>--method</c>: the method file (optional).</summary>
    public Option<string?> Method { get; } = CommonOptions.Method("A method file (.json) naming each step; omitted keys take the general default (no imputation or screening, COINr's outlier rule, min-max 0-100, arithmetic means).");

    /// <summary><c>--weights</c>: weight overrides (optional).</summary>
    public Option<string?> Weights { get; } = CommonOptions.Weights();

    /// <inheritdoc/>
    public void AddTo(Command command)
    {
        command.Options.Add(Framework);
        command.Options.Add(Data);
        command.Options.Add(Method);
        command.Options.Add(Weights);
    }

    /// <summary>The paths given on a command line.</summary>
    public InputPaths PathsFrom(ParseResult parse) =>
        new(parse.GetRequiredValue(Framework), parse.GetRequiredValue(Data), parse.GetValue(Method), parse.GetValue(Weights));
}

/// <summary>The input files of a command.</summary>
/// <param name="Framework">The framework file.</param>
/// <param name="Data">The iData file.</param>
/// <param name="Method">The method file, if any.</param>
/// <param name="Weights">The weights file, if any.</param>
internal sealed record InputPaths(string Framework, string Data, string? Method, string? Weights);
