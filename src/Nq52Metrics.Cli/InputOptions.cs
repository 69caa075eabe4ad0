using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>The input-file options shared by <c>build</c> and <c>validate</c>.</summary>
internal sealed class InputOptions
{
    /// <summary><c>--framework</c>: the framework file (.json or COINr iMeta .csv).</summary>
    public Option<string> Framework { get; } = new("--framework", "-f")
    {
        Description = "The framework: our JSON format (.json) or a COINr iMeta table (.csv).",
        Required = true,
    };

    /// <summary><c>--data</c>: the COINr iData CSV.</summary>
    public Option<string> Data { get; } = new("--data", "-d")
    {
        Description = "The data: a COINr iData table (.csv; NA or empty = missing).",
        Required = true,
    };

    /// <summary><c>--method</c>: the method file (optional).</summary>
    public Option<string?> Method { get; } = new("--method", "-m")
    {
        Description = "A method file (.json) naming each step; omitted keys take COINr's defaults.",
    };

    /// <summary><c>--weights</c>: weight overrides (optional).</summary>
    public Option<string?> Weights { get; } = new("--weights", "-w")
    {
        Description = "Weight overrides: a CSV with columns iCode,Weight.",
    };

    /// <summary>Adds the options to a command.</summary>
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
