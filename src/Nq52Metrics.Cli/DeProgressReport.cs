using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 de progress</c> prints: a line naming the scope, the table of targets (instrument, year, target, current
/// value and its year, progress, gap, status, required CAGR and annual change, observed CAGR, projection, in time), one
/// line per target saying where its value comes from and any edge case met, and the legend of the sources.
/// </summary>
internal static class DeProgressReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="outlooks">The targets assessed.</param>
    /// <param name="unit">The unit asked for, or null for the whole country.</param>
    /// <param name="year">The year asked for, or null for the latest value.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, ImmutableArray<TargetOutlook> outlooks, string? unit, int? year)
    {
        var asOf = year is { } y ? PiiText.OnScreen($" as of {y}") : " (latest values)";
        var scope = unit is null
            ? "Targets of Resolution 52-NQ/TW, Decision 411/QĐ-TTg and related plans"
            : $"The national digital-economy share targets applied to \"{unit}\" for comparison (the instruments set no provincial targets)";
        app.Output.WriteLine($"{scope}{asOf}: {PiiText.Count(outlooks.Length, "target")}, {outlooks.Count(o => o.Status == TargetStatus.Met)} met, {outlooks.Count(o => o.Status == TargetStatus.NotMet)} not met, {outlooks.Count(o => o.Status == TargetStatus.Qualitative)} qualitative, {outlooks.Count(o => o.Status == TargetStatus.NoValue)} without a current value.");
        var table = ReportTable.Create(
            "Targets against the latest value",
            "Instrument", ">Year", "Target", ">Current", ">Progress", ">Gap", "Status", ">Required CAGR", ">Required / year", ">Observed CAGR", ">Projected", "In time");
        foreach (var o in outlooks)
        {
            ReportTable.Add(
                table,
                o.Target.Instrument,
                o.Target.TargetYear is { } ty ? PiiText.OnScreen($"{ty}") : "not stated",
                TargetText(o.Target),
                o.Current is { } c ? PiiText.OnScreen($"{Number(c.Value)} ({c.Year})") : Dash,
                o.ProgressPercent is { } p ? Number(p, "0.0") + " %" : Dash,
                o.Gap is { } g ? Number(g) : Dash,
                Status(o.Status),
                o.RequiredCagr is { } rc ? Percent(rc) : Dash,
                o.RequiredAnnualChange is { } ra ? Number(ra) : Dash,
                o.ObservedCagr is { } oc ? Percent(oc) : Dash,
                o.Projected is { } pr ? Number(pr) : Dash,
                o.ProjectionReachesTarget switch { true => "yes", false => "no", null => Dash });
        }

        app.CreateConsole().Write(table);
        app.Output.WriteLine("Progress = current / target (target / current for a rank); gap = what is still to cover; required CAGR and change per year reach the target by its year; projected = the current value grown at the observed CAGR to the target year. – = not applicable.");
        foreach (var o in outlooks.Where(o => o.Current is not null || o.Remark.Length > 0))
        {
            var source = o.Current is { } c
                ? PiiText.OnScreen($"current = {c.Label} {c.Year} ({string.Join(", ", c.Sources)})") + (o.Earlier is { } e ? PiiText.OnScreen($"; observed CAGR from {e.Year} ({Number(e.Value)})") : "")
                : "";
            var remark = o.Remark.Length == 0 ? "" : (source.Length == 0 ? "" : "; ") + o.Remark;
            app.Output.WriteLine(PiiText.OnScreen($"{o.Target.Instrument} {o.Target.MetricKey} {o.Target.TargetYear}: {source}{remark}"));
        }

        SourceLegend.Write(app, seeds, outlooks.SelectMany(o => o.Target.Sources.Concat(o.Current?.Sources ?? []).Concat(o.Earlier?.Sources ?? [])));
    }

    private const string Dash = PiiBuildReport.NotPublished;

    private static string TargetText(Target target)
    {
        if (target.IsQualitative)
        {
            return $"{target.MetricName} (qualitative)";
        }

        var comparator = target.Comparator switch
        {
            TargetComparator.AtLeast => "≥",
            TargetComparator.AtMost => "≤",
            _ => "≈",
        };
        var unit = target.Unit switch
        {
            "percent_of_gdp" => " % of GDP",
            "percent" or "percent_of_communes" => " %",
            "percent_per_year" => " % a year",
            "rank" => " (rank)",
            { } other => " " + other,
            null => "",
        };
        return $"{target.MetricName} {comparator} {PiiText.Figure(target.Value)}{unit}";
    }

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "not met",
        TargetStatus.Qualitative => "qualitative",
        TargetStatus.NoValue => "no value",
        _ => "undefined",
    };

    private static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.CurrentCulture);

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.CurrentCulture) + " %";
}
