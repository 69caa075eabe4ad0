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
            using (app.ForPrograms())
            {
                app.CreateConsole().Write(FindingsTable(audit));
            }
        }

        output.WriteLine(PiiText.Format(
            CliTexts.AuditSummary, audit.IndexCode, audit.UnitCount, framework.Indicators.Length, framework.Nodes.Length - framework.Indicators.Length));
        output.WriteLine(PiiText.Format(CliTexts.AuditFilesWritten, folder, string.Join(", ", written.Select(Path.GetFileName))));
        if (audit.OptimisedWeights is { } optimised)
        {
            var objective = optimised.Objective == OptimisationObjective.Balance ? "balance" : "infomax";
            output.WriteLine(PiiText.Format(CliTexts.AuditOptimised, optimised.Level, objective, optimised.ObjectiveValue, optimised.Iterations));
            for (var i = 0; i < optimised.Codes.Length; i++)
            {
                output.WriteLine(PiiText.Format(
                    CliTexts.AuditOptimisedWeight, optimised.Codes[i], optimised.NominalWeights[i], optimised.Weights[i], optimised.NominalCorrelations[i], optimised.Correlations[i]));
            }
        }

        if (audit.Findings.IsEmpty)
        {
            output.WriteLine(CliTexts.AuditNoProblems);
            return;
        }

        output.WriteLine(PiiText.Format(CliTexts.AuditProblemsFound, audit.Findings.Length));
        foreach (var finding in audit.Findings)
        {
            output.WriteLine(string.Concat("  ", finding.ToString(app.Language)));
        }
    }

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
