using System.Collections.Immutable;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 check</c> prints: for each claim its identifier and origin (claims files), the claim and its original
/// wording, the verdict (with "disputed" when other sources disagree), the reason, and the evidence — supporting,
/// conflicting and related facts, each with its value, sources, origin and note — then a tally of the verdicts.
/// </summary>
internal static class CheckReport
{
    /// <summary>Writes the checks and the tally.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="checks">The checks, in claim order.</param>
    public static void Write(CliApp app, ImmutableArray<ClaimCheck> checks)
    {
        var output = app.Output;
        if (app.Format != OutputFormat.Table)
        {
            app.CreateConsole().Write(VerdictTable(checks));
        }

        foreach (var check in checks)
        {
            output.WriteLine(Heading(check.Claim));
            output.WriteLine($"  Verdict: {Verdict(check)}");
            output.WriteLine($"  Reason: {check.Reason}");
            WriteEvidence(app, "Supporting", check.Supporting);
            WriteEvidence(app, "Conflicting", check.Conflicting);
            WriteEvidence(app, "Related", check.Context);
            output.WriteLine();
        }

        var confirmed = checks.Count(c => c.Verdict == Vietnam.Verdict.Confirmed);
        var disputed = checks.Count(c => c.IsDisputed);
        var contradicted = checks.Count(c => c.Verdict == Vietnam.Verdict.Contradicted);
        var unknown = checks.Count(c => c.Verdict == Vietnam.Verdict.Unknown);
        output.WriteLine(PiiText.Invariant(
            $"{PiiText.Count(checks.Length, "claim")}: {confirmed} confirmed ({disputed} disputed), {contradicted} contradicted, {unknown} unknown."));
    }

    /// <summary>
    /// The checks as a table for <c>--format csv|json</c>: one row per claim with its identifier, origin, index, unit,
    /// edition, measure, value, verdict, whether it is disputed, the reason, and the number of supporting and
    /// conflicting facts.
    /// </summary>
    private static Spectre.Console.Table VerdictTable(ImmutableArray<ClaimCheck> checks)
    {
        var table = ReportTable.Create("Claims checked", "Id", "Origin", "Index", "Unit", ">Edition", "Measure", "Value", "Verdict", "Disputed", "Reason", ">Supporting", ">Conflicting");
        foreach (var check in checks)
        {
            var claim = check.Claim;
            ReportTable.Add(
                table,
                claim.Id ?? "",
                claim.Origin ?? "",
                claim.Index.ToString().ToLowerInvariant(),
                claim.Unit,
                PiiText.Invariant($"{claim.Edition}"),
                claim.Measure,
                claim.Value,
                check.Verdict.ToString(),
                check.IsDisputed ? "true" : "false",
                check.Reason,
                PiiText.Invariant($"{check.Supporting.Length}"),
                PiiText.Invariant($"{check.Conflicting.Length}"));
        }

        return table;
    }

    /// <summary>The verdict as printed: <c>Confirmed</c>, <c>Confirmed (disputed)</c>, <c>Contradicted</c> or <c>Unknown</c>.</summary>
    public static string Verdict(ClaimCheck check) => check.IsDisputed ? $"{check.Verdict} (disputed)" : check.Verdict.ToString();

    /// <summary>The claim as printed: identifier and origin, the claim, and its original wording.</summary>
    public static string Heading(Claim claim)
    {
        var label = (claim.Id, claim.Origin) switch
        {
            ({ } id, { } origin) => $"{id} ({origin}): ",
            ({ } id, null) => $"{id}: ",
            (null, { } origin) => $"{origin}: ",
            _ => "",
        };
        var wording = string.IsNullOrWhiteSpace(claim.Text) ? "" : $" — \"{claim.Text}\"";
        return $"{label}{claim}{wording}";
    }

    private static void WriteEvidence(CliApp app, string title, ImmutableArray<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            var series = e.Series is null ? "" : $" ({e.Series})";
            var sources = e.Sources.IsEmpty ? "only the claim's own source" : string.Join(", ", e.Sources);
            var note = e.Note.Text.Length == 0 ? "" : $"; note: {e.Note.Text}";
            app.Output.WriteLine(PiiText.Invariant($"  {title}: {e.UnitKey} {e.Year} {e.Measure} = {PiiText.Figure(e.Value)}{series} — {sources} ({e.Origin}){note}"));
        }
    }
}
