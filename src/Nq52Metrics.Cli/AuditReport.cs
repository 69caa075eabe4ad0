using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Results;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 audit</c> prints: a line describing what was audited, the files written, the optimised weights when
/// asked for, and the problems found, one per line (<c>Sust: Cronbach's alpha -0.29, children negatively correlated</c>),
/// or <c>No problems found.</c>
/// </summary>
internal static class AuditReport
{
    /// <summary>Writes the summary.</summary>
    public static void Write(CliApp app, IndexResult result, AuditResult audit, string folder, IReadOnlyList<string> written)
    {
        var framework = result.Framework;
        var output = app.Output;
        if (app.Format != OutputFormat.Table)
        {
            app.CreateConsole().Write(FindingsTable(audit));
        }

        output.WriteLine(OnScreen(
            $"Audit of {audit.IndexCode}: {audit.UnitCount} units, {framework.Indicators.Length} indicators, {framework.Nodes.Length - framework.Indicators.Length} aggregates."));
        output.WriteLine($"Files written to {folder}: {string.Join(", ", written.Select(Path.GetFileName))}.");
        if (audit.OptimisedWeights is { } optimised)
        {
            var objective = optimised.Objective == OptimisationObjective.Balance ? "balance" : "infomax";
            output.WriteLine(OnScreen($"Optimised weights at level {optimised.Level} ({objective}): objective {optimised.ObjectiveValue:0.####} after {optimised.Iterations} iterations."));
            for (var i = 0; i < optimised.Codes.Length; i++)
            {
                output.WriteLine(OnScreen(
                    $"  {optimised.Codes[i]}: weight {optimised.NominalWeights[i]:0.###} → {optimised.Weights[i]:0.###}, correlation with the index {optimised.NominalCorrelations[i]:0.###} → {optimised.Correlations[i]:0.###}"));
            }
        }

        if (audit.Findings.IsEmpty)
        {
            output.WriteLine("No problems found.");
            return;
        }

        output.WriteLine(OnScreen($"Problems found ({audit.Findings.Length}):"));
        foreach (var finding in audit.Findings)
        {
            output.WriteLine($"  {finding}");
        }
    }

    private static string OnScreen(FormattableString text) => text.ToString(CultureInfo.CurrentCulture);
    /// <summary>The findings as a table (location, message) for <c>--format csv|json</c>; empty when none.</summary>
    private static Spectre.Console.Table FindingsTable(AuditResult audit)
    {
        var table = ReportTable.Create(Invariant($"Problems found in the audit of {audit.IndexCode}"), "Location", "Problem");
        foreach (var finding in audit.Findings)
        {
            ReportTable.Add(table, finding.Location, finding.Message);
        }

        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
