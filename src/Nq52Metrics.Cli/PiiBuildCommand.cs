using System.CommandLine;
using System.Globalization;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii build [--data D] [--framework F] [--method M.json] [--edition E] [--top N] [--out R.csv|R.json]</c>:
/// builds the PII of every province (by default from the shipped sample, labelled as such), writes the results file
/// if asked (all or nothing), then prints the national ranking with Input, Output, efficiency, region rank and the
/// published figures of an edition, marking where they differ; then the regional summary and the unmatched units.
/// </summary>
internal static class PiiBuildCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii build</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new PiiInputOptions();
        var edition = new Option<int?>("--edition", "-e")
        {
            Description = "The published PII edition to compare with (e.g. 2023). Default: 2023 for the sample (the edition it is calibrated on), else the latest published edition that ranks the data's units.",
        };
        var top = PiiText.PositiveWholeOption("--top", "Print only the best N provinces (the counts below the table still cover all of them).", "-n");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also write the results: R.csv (tidy rows unit,node,level,score,rank for every unit and node) or R.json.",
        };
        var command = new Command(
            "build",
            "Build the PII of every province and print the national ranking with input, output, efficiency, region rank and the published figures. Without --data it uses the shipped SAMPLE data (generated, not real PII results); --data swaps in real data.");
        inputs.AddTo(command);
        command.Options.Add(edition);
        command.Options.Add(top);
        command.Options.Add(output);
        command.SetAction(parse => Run(app, inputs.PathsFrom(parse), parse.GetValue(edition), parse.GetValue(top), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliApp app, PiiInputPaths paths, int? edition, int? top, string? outputPath)
    {
        var write = ResultFileWriter(outputPath);
        var inputs = PiiInputReading.Read(paths);
        var report = PiiReport.Build(inputs.Framework, inputs.Data, new PiiReportOptions { Methodology = inputs.Methodology, CompareWithEdition = edition });
        write?.Invoke(report.Result);
        PiiBuildReport.Write(app, report, inputs, edition is null, top);
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
            string.Create(CultureInfo.InvariantCulture, $"\"{path}\" must end in .csv (tidy rows unit,node,level,score,rank) or .json (scores and ranks by unit)."));
    }
}
