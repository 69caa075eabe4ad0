using System.CommandLine;
using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 audit --framework F --data D [--method M.json] [--weights W.csv] --out DIR [--optimise balance|infomax --level L]
/// [--spearman] [--top N] [threshold options]</c>: builds the index exactly as <c>nq52 build</c> does, runs the
/// statistical audit (<see cref="StatisticalAudit"/>), writes its CSV files into <c>--out</c> (all or nothing) and prints
/// a summary naming the problems found. A statistic that cannot be computed (a constant indicator, fewer than 3 units,
/// an entirely missing column) is an input problem: exit code 2, nothing written.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>audit</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new InputOptions();
        var output = CommonOptions.RequiredString("--out", CliTexts.HelpAuditOut, "-o");
        var plot = ChartFolder.Option();
        var optimise = new Option<string?>("--optimise")
        {
            Description = CliTexts.HelpAuditOptimise,
        };
        optimise.AcceptOnlyFromAmong("balance", "infomax");
        var level = CommonOptions.PositiveWhole("--level", CliTexts.HelpAuditLevel);
        var spearman = new Option<bool>("--spearman") { Description = CliTexts.HelpAuditSpearman };
        var top = CommonOptions.Top(CliTexts.HelpAuditTop);
        var defaults = new StatisticsThresholds();
        var availability = Threshold("--availability", CliTexts.HelpAuditAvailability, defaults.Availability);
        var skew = Threshold("--skew", CliTexts.HelpAuditSkew, defaults.Skew);
        var kurtosis = Threshold("--kurtosis", CliTexts.HelpAuditKurtosis, defaults.Kurtosis);
        var zeros = Threshold("--zeros", CliTexts.HelpAuditZeros, defaults.Zeros);
        var unique = Threshold("--unique", CliTexts.HelpAuditUnique, defaults.Unique);
        var alpha = Threshold("--alpha", CliTexts.HelpAuditAlpha, defaults.Alpha);
        var high = Threshold("--high-correlation", CliTexts.HelpAuditHighCorrelation, defaults.HighCorrelation);
        var command = new Command("audit", CliTexts.HelpAudit)
        {
            CommonOptions.Format(),
            inputs, output, optimise, level, spearman, top, availability, skew, kurtosis, zeros, unique, alpha, high, plot,
        };
        command.SetAction(parse =>
        {
            var objective = parse.GetValue(optimise) switch
            {
                "balance" => OptimisationObjective.Balance,
                "infomax" => (OptimisationObjective?)OptimisationObjective.Infomax,
                _ => null,
            };
            var options = new AuditOptions
            {
                Thresholds = new StatisticsThresholds
                {
                    Availability = parse.GetValue(availability) ?? defaults.Availability,
                    Skew = parse.GetValue(skew) ?? defaults.Skew,
                    Kurtosis = parse.GetValue(kurtosis) ?? defaults.Kurtosis,
                    Zeros = parse.GetValue(zeros) ?? defaults.Zeros,
                    Unique = parse.GetValue(unique) ?? defaults.Unique,
                    Alpha = parse.GetValue(alpha) ?? defaults.Alpha,
                    HighCorrelation = parse.GetValue(high) ?? defaults.HighCorrelation,
                },
                Correlation = parse.GetValue(spearman) ? CorrelationMethod.Spearman : CorrelationMethod.Pearson,
                StrengthsPerUnit = parse.GetValue(top) ?? 5,
                Optimise = objective,
                OptimiseLevel = parse.GetValue(level),
            };
            return Run(app, inputs.PathsFrom(parse), parse.GetRequiredValue(output), options, parse.GetValue(plot));
        });
        return command;
    }

    private static int Run(CliApp app, InputPaths paths, string folder, AuditOptions options, string? plotFolder)
    {
        ChartFolder.EnsureUsable(plotFolder);
        var problems = new List<ValidationProblem>();
        var workbook = Path.GetExtension(folder).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (workbook)
        {
            OutputPaths.EnsureNotAnInput(folder, [("--framework", paths.Framework), ("--data", paths.Data), ("--method", paths.Method), ("--weights", paths.Weights)]);
        }
        else if (File.Exists(folder))
        {
            problems.Add(new ValidationProblem("--out", PiiText.Format(CliTexts.FolderIsAFile, folder)));
        }

        if (options.Optimise is null && options.OptimiseLevel is not null)
        {
            problems.Add(new ValidationProblem("--level", CliTexts.AuditLevelWithoutOptimise));
        }

        if (options.Optimise is not null && options.OptimiseLevel is null)
        {
            problems.Add(new ValidationProblem("--optimise", CliTexts.AuditOptimiseWithoutLevel));
        }

        var reading = InputReading.Read(paths);
        problems.AddRange(reading.Problems);
        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems);
        }

        var (framework, data, methodology) = reading.EnsureComplete();
        var result = IndexBuilder.Build(framework, data, methodology);
        var audit = StatisticalAudit.Run(result, options);
        var sample = SampleLabel.Begin(app, data);
        if (workbook)
        {
            ResultWorkbook.Write(folder, result, audit);
        }

        var written = workbook ? [folder] : AuditResultWriter.WriteFiles(audit, folder);
        AuditReport.Write(app, result, audit, folder, written);
        ChartFolder.Write(plotFolder, ChartFolder.OfAudit(audit, app.ChartOptions), app.Output);
        SampleLabel.End(app, sample);
        return ExitCodes.Ok;
    }

    /// <summary>An optional number option read in the invariant culture; anything else is a usage error naming it. Its help text is <paramref name="description"/> with the default (invariant) in place of <c>{0}</c>.</summary>
    private static Option<double?> Threshold(string name, string description, double defaultValue) => new(name)
    {
        Description = PiiText.Format(description, defaultValue.ToString(CultureInfo.InvariantCulture)),
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError(PiiText.Format(CliTexts.OptionNumberInvalid, name, token));
            return null;
        },
    };
}
