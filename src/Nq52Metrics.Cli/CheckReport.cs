using System.Collections.Immutable;
using System.Globalization;
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
            output.WriteLine("  " + PiiText.Format(CliTexts.CheckVerdict, Verdict(check)));
            output.WriteLine("  " + PiiText.Format(CliTexts.CheckReason, check.ReasonIn(app.Language)));
            WriteEvidence(app, CliTexts.CheckSupporting, check.Supporting);
            WriteEvidence(app, CliTexts.CheckConflicting, check.Conflicting);
            WriteEvidence(app, CliTexts.CheckRelated, check.Context);
            output.WriteLine();
        }

        var confirmed = checks.Count(c => c.Verdict == Vietnam.Verdict.Confirmed);
        var disputed = checks.Count(c => c.IsDisputed);
        var contradicted = checks.Count(c => c.Verdict == Vietnam.Verdict.Contradicted);
        var unknown = checks.Count(c => c.Verdict == Vietnam.Verdict.Unknown);
        output.WriteLine(PiiText.Format(
            CliTexts.CheckTally, PiiText.Count(checks.Length, CliTexts.CountClaimOne, CliTexts.CountClaimMany), confirmed, disputed, contradicted, unknown));
    }

    /// <summary>The verdict as printed: <c>Confirmed</c>, <c>Confirmed (disputed)</c>, <c>Contradicted</c> or <c>Unknown</c> (translated).</summary>
    public static string Verdict(ClaimCheck check) => check.Verdict switch
    {
        Vietnam.Verdict.Confirmed => check.IsDisputed ? CliTexts.VerdictConfirmedDisputed : CliTexts.VerdictConfirmed,
        Vietnam.Verdict.Contradicted => CliTexts.VerdictContradicted,
        _ => CliTexts.VerdictUnknown,
    };
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
                claim.Edition?.ToString(CultureInfo.InvariantCulture) ?? "",
                claim.Measure,
                claim.Value,
                check.Verdict.ToString(),
                check.IsDisputed ? "true" : "false",
                check.Reason,
                check.Supporting.Length.ToString(CultureInfo.InvariantCulture),
                check.Conflicting.Length.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }


    /// <summary>The claim as printed: identifier and origin, the claim, and its original wording (the frame in the chosen language).</summary>
    public static string Heading(Claim claim)
    {
        var text = string.IsNullOrWhiteSpace(claim.Text) ? claim.ToString() : PiiText.Format(CliTexts.CheckHeadingWording, claim, claim.Text);
        return (claim.Id, claim.Origin) switch
        {
            ({ } id, { } origin) => PiiText.Format(CliTexts.CheckHeadingIdOrigin, id, origin, text),
            ({ } id, null) => PiiText.Format(CliTexts.CheckHeadingLabel, id, text),
            (null, { } origin) => PiiText.Format(CliTexts.CheckHeadingLabel, origin, text),
            _ => text,
        };
    }

    private static void WriteEvidence(CliApp app, string title, ImmutableArray<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            var series = e.Series is null ? "" : $" ({e.Series})";
            var sources = e.Sources.IsEmpty ? CliTexts.CheckOwnSourceOnly : string.Join(", ", e.Sources);
            var note = e.Note.Text.Length == 0 ? "" : PiiText.Format(CliTexts.CheckEvidenceNote, e.Note.Text);
            app.Output.WriteLine("  " + PiiText.Format(CliTexts.CheckEvidence, title, e.UnitKey, e.Year, e.Measure, PiiText.Figure(e.Value), series, sources, e.Origin, note));
        }
    }
}
