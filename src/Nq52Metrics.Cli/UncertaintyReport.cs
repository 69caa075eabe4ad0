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
        console.Write(RankTable(result, top));
        WriteFailures(app, result);
        if (result.Spec.Type == AnalysisType.Sensitivity)
        {
            console.Write(SensitivityTable(result));
        }
    }

    /// <summary>One line: the kind of analysis, the target, the runs, the seed and the uncertain inputs.</summary>
    public static string Describe(UncertaintyResult result)
    {
        var spec = result.Spec;
        var inputs = result.Inputs.IsEmpty
            ? "no uncertain input (every assumption has a single alternative)"
            : "uncertain inputs: " + string.Join(", ", result.Inputs.Select(i => OnScreen($"{i.Name} ({i.Alternatives.Length})")));
        var runs = spec.Type == AnalysisType.Sensitivity
            ? OnScreen($"Sensitivity analysis (SA) of {result.Target}: base sample N = {spec.Runs}, {result.RunCount} runs (N(d + 2), d = {result.Inputs.Length})")
            : OnScreen($"Uncertainty analysis (UA) of {result.Target}: {result.RunCount} runs");
        return OnScreen($"{runs}, seed {spec.Seed}; {inputs}.");
    }

    private static Table RankTable(UncertaintyResult result, int? top)
    {
        var rows = result.RankStatistics
            .OrderBy(s => double.IsNaN(s.NominalRank) ? double.PositiveInfinity : s.NominalRank)
            .ThenBy(s => s.Unit.Code, StringComparer.Ordinal)
            .ToList();
        var shown = top is { } n ? rows.Take(n).ToList() : rows;
        var scope = shown.Count == rows.Count
            ? OnScreen($"{rows.Count} units")
            : OnScreen($"top {shown.Count} of {rows.Count} units");
        var statisticsRuns = result.Spec.Type == AnalysisType.Sensitivity ? 2L * result.Spec.Runs : result.RunCount;
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(OnScreen($"Ranks of {result.Target} over {statisticsRuns} runs: {scope}"))),
        };
        table.AddColumn(new TableColumn(new Text("Unit")));
        table.AddColumn(new TableColumn(new Text("Name")));
        table.AddColumn(new TableColumn(new Text("Nominal")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Median [q5, q95]")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Mean")).RightAligned());
        foreach (var s in shown)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(s.Unit.Code),
                new Text(s.Unit.Name),
                new Text(RankingTable.FormatRank(s.NominalRank)),
                new Text($"{RankingTable.FormatRank(s.MedianRank)} [{RankingTable.FormatRank(s.Q5)}, {RankingTable.FormatRank(s.Q95)}]"),
                new Text(FormatMeanRank(s.MeanRank)),
            });
        }

        return table;
    }

    private static void WriteFailures(CliApp app, UncertaintyResult result)
    {
        if (result.FailedRuns == 0)
        {
            app.Output.WriteLine("No run failed.");
        }
        else
        {
            var share = (double)result.FailedRuns / result.RunCount;
            app.Output.WriteLine(OnScreen($"Failed runs: {result.FailedRuns} of {result.RunCount} ({share:P1}); they are left out of every statistic. By input alternative:"));
            foreach (var failure in result.Failures)
            {
                app.Output.WriteLine(OnScreen($"  {failure.Input} = {failure.Alternative}: {failure.FailedRuns} failed runs"));
            }
        }

        if (!result.FailureMessages.IsEmpty)
        {
            app.Output.WriteLine("Messages:");
            foreach (var message in result.FailureMessages.Order(StringComparer.Ordinal))
            {
                app.Output.WriteLine($"  {message}");
            }
        }
    }

    private static Table SensitivityTable(UncertaintyResult result)
    {
        var table = new Table
        {
            Title = new TableTitle("Sensitivity of the mean absolute rank shift (bootstrap 5–95 % intervals)"),
        };
        table.AddColumn(new TableColumn(new Text("Input")));
        table.AddColumn(new TableColumn(new Text("First order S_i [q5, q95]")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Total ST_i [q5, q95]")).RightAligned());
        foreach (var s in result.Sensitivity)
        {
            table.AddRow(
                new Text(s.Input),
                new Text($"{Index(s.FirstOrder)} [{Index(s.FirstOrderQ5)}, {Index(s.FirstOrderQ95)}]"),
                new Text($"{Index(s.Total)} [{Index(s.TotalQ5)}, {Index(s.TotalQ95)}]"));
        }

        return table;
    }

    private static string FormatMeanRank(double rank) =>
        double.IsNaN(rank) ? "NA" : rank.ToString("F2", CultureInfo.CurrentCulture);

    private static string Index(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("F3", CultureInfo.CurrentCulture);

    private static string OnScreen(FormattableString text) => PiiText.OnScreen(text);
}
