using System.Globalization;
using Nq52Metrics.Uncertainty;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 uncertainty</c> prints: a line describing the analysis, the rank intervals of the units best
/// nominal rank first (unit, name, nominal rank, median [q5, q95], mean rank), the failed runs counted per input
/// alternative with their reasons, and for a sensitivity analysis the Sobol indices. Numbers use the invariant
/// culture; a missing value shows as <c>NA</c>.
/// </summary>
internal static class UncertaintyReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="result">The analysis result.</param>
    /// <param name="top">Show only the best units by nominal rank, if set.</param>
    public static void Write(CliApp app, UncertaintyResult result, int? top)
    {
        var console = app.CreateConsole();
        app.Output.WriteLine(Describe(result));
        using (app.ForPrograms())
        {
            console.Write(RankTable(result, top));
        }
        WriteFailures(app, result);
        if (result.Spec.Type == AnalysisType.Sensitivity)
        {
            using (app.ForPrograms())
            {
                console.Write(SensitivityTable(result));
            }
        }
    }

    /// <summary>One line: the kind of analysis, the target, the runs, the seed and the uncertain inputs.</summary>
    public static string Describe(UncertaintyResult result)
    {
        var spec = result.Spec;
        var inputs = result.Inputs.IsEmpty
            ? CliTexts.UaNoInputs
            : PiiText.Format(CliTexts.UaInputs, string.Join(", ", result.Inputs.Select(i => PiiText.OnScreen($"{i.Name} ({i.Alternatives.Length})"))));
        var runs = spec.Type == AnalysisType.Sensitivity
            ? PiiText.Format(CliTexts.UaSensitivity, result.Target, spec.Runs, result.RunCount, result.Inputs.Length)
            : PiiText.Format(CliTexts.UaUncertainty, result.Target, result.RunCount);
        return PiiText.Format(CliTexts.UaDescribe, runs, spec.Seed, inputs);
    }

    private static Table RankTable(UncertaintyResult result, int? top)
    {
        var rows = result.RankStatistics
            .OrderBy(s => double.IsNaN(s.NominalRank) ? double.PositiveInfinity : s.NominalRank)
            .ThenBy(s => s.Unit.Code, StringComparer.Ordinal)
            .ToList();
        var shown = top is { } n ? rows.Take(n).ToList() : rows;
        var scope = shown.Count == rows.Count
            ? PiiText.Format(CliTexts.RankingScopeAll, rows.Count)
            : PiiText.Format(CliTexts.RankingScopeTop, shown.Count, rows.Count);
        var statisticsRuns = result.Spec.Type == AnalysisType.Sensitivity ? 2L * result.Spec.Runs : result.RunCount;
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(PiiText.Format(CliTexts.UaRanksTitle, result.Target, statisticsRuns, scope))),
        };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderUnit)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderNominal)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderMedianInterval)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderMean)).RightAligned());
        foreach (var s in shown)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(s.Unit.Code),
                new Text(s.Unit.Name),
                new Text(RankingTable.FormatRank(s.NominalRank)),
                new Text(PiiText.Format(CliTexts.Interval, RankingTable.FormatRank(s.MedianRank), RankingTable.FormatRank(s.Q5), RankingTable.FormatRank(s.Q95))),
                new Text(FormatMeanRank(s.MeanRank)),
            });
        }

        return table;
    }

    private static void WriteFailures(CliApp app, UncertaintyResult result)
    {
        if (result.FailedRuns == 0)
        {
            app.Output.WriteLine(CliTexts.UaNoFailure);
        }
        else
        {
            var share = (double)result.FailedRuns / result.RunCount;
            app.Output.WriteLine(PiiText.Format(CliTexts.UaFailures, result.FailedRuns, result.RunCount, share));
            foreach (var failure in result.Failures)
            {
                app.Output.WriteLine(PiiText.Format(CliTexts.UaFailure, failure.Input, failure.Alternative, failure.FailedRuns));
            }
        }

        if (!result.FailureMessages.IsEmpty)
        {
            app.Output.WriteLine(CliTexts.UaMessages);
            foreach (var message in result.FailureMessagesIn(app.Language).Order(StringComparer.Ordinal))
            {
                app.Output.WriteLine($"  {message}");
            }
        }
    }

    private static Table SensitivityTable(UncertaintyResult result)
    {
        var table = new Table
        {
            Title = new TableTitle(CliTexts.UaSensitivityTitle),
        };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderInput)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderFirstOrder)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderTotalOrder)).RightAligned());
        foreach (var s in result.Sensitivity)
        {
            table.AddRow(
                new Text(s.Input),
                new Text(PiiText.Format(CliTexts.Interval, Index(s.FirstOrder), Index(s.FirstOrderQ5), Index(s.FirstOrderQ95))),
                new Text(PiiText.Format(CliTexts.Interval, Index(s.Total), Index(s.TotalQ5), Index(s.TotalQ95))));
        }

        return table;
    }

    private static string FormatMeanRank(double rank) =>
        double.IsNaN(rank) ? "NA" : rank.ToString("F2", CultureInfo.CurrentCulture);

    private static string Index(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("F3", CultureInfo.CurrentCulture);

}
