using System.CommandLine;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 build --framework F --data D [--method M.json] [--weights W.csv] [--out R.csv|R.json] [--top N] [--node CODE]</c>:
/// builds the index, writes the results file if asked (all or nothing), then prints the ranking table and a one-line
/// summary of what the steps did.
/// </summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>build</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also write the results: R.csv (tidy rows unit,node,level,score,rank for every unit and node) or R.json.",
        };
        var top = new Option<int?>("--top", "-n")
        {
            Description = "Print only the best N units.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }

                result.AddError($"--top must be a whole number of 1 or more, not \"{token}\".");
                return null;
            },
        };
        var node = new Option<string?>("--node")
        {
            Description = "Rank by this node instead of the index; its children become the extra columns.",
        };
        var command = new Command("build", "Build the index and print its ranking.");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(top);
        command.Options.Add(node);
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(output), parse.GetValue(top), parse.GetValue(node)));
        return command;
    }

    private static int Run(CliApp app, InputPaths paths, string? outputPath, int? top, string? node)
    {
        var write = ResultFileWriter(outputPath);
        var (framework, data, methodology) = InputReading.Read(paths).EnsureComplete();
        if (node is not null && !framework.Contains(node))
        {
            throw new Nq52ValidationException("--node", $"\"{node}\" is not a node of the framework.");
        }

        var result = IndexBuilder.Build(framework, data, methodology);
        write?.Invoke(result);
        var console = app.CreateConsole();
        console.Write(RankingTable.Create(result, node ?? result.IndexCode, top));
        app.Output.WriteLine(Summary(result));
        if (outputPath is not null)
        {
            app.Output.WriteLine($"Results written to {outputPath}.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The writer for <c>--out</c>, chosen by extension; checked before any work is done.</summary>
    private static Action<IndexResult>? ResultFileWriter(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return result => ResultWriter.WriteCsv(result, path);
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return result => ResultWriter.WriteJson(result, path);
        }

        throw new Nq52ValidationException(
            "--out",
            $"\"{path}\" must end in .csv (tidy rows unit,node,level,score,rank) or .json (scores and ranks by unit).");
    }

    private static string Summary(IndexResult result)
    {
        var winsorised = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.Winsorised);
        var logged = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.LogTransformed);
        return $"{Count(result.Units.Length, "unit")} ranked, {Count(result.Screening.Dropped.Length, "unit")} dropped by screening; "
            + $"{Count(result.Imputation.Imputed.Length, "value")} imputed; "
            + $"outliers: {Count(winsorised, "indicator")} winsorised, {Count(logged, "indicator")} log-transformed.";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
