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
        var summary = (unit is null, year is null) switch
        {
            (true, false) => CliTexts.DeProgressNationalAsOf,
            (true, true) => CliTexts.DeProgressNationalLatest,
            (false, false) => CliTexts.DeProgressUnitAsOf,
            (false, true) => CliTexts.DeProgressUnitLatest,
        };
        app.Output.WriteLine(PiiText.Format(
            summary,
            year,
            PiiText.Count(outlooks.Length, CliTexts.CountTargetOne, CliTexts.CountTargetMany),
            outlooks.Count(o => o.Status == TargetStatus.Met),
            outlooks.Count(o => o.Status == TargetStatus.NotMet),
            outlooks.Count(o => o.Status == TargetStatus.Qualitative),
            outlooks.Count(o => o.Status == TargetStatus.NoValue),
            unit));
        using (app.ForPrograms())
        {
            var table = ReportTable.Create(
                CliTexts.DeProgressTitle,
                CliTexts.HeaderInstrument,
                ReportTable.Right(CliTexts.HeaderYear),
                CliTexts.HeaderTarget,
                ReportTable.Right(CliTexts.HeaderCurrent),
                ReportTable.Right(CliTexts.HeaderProgress),
                ReportTable.Right(CliTexts.HeaderGap),
                CliTexts.HeaderStatus,
                ReportTable.Right(CliTexts.HeaderRequiredCagr),
                ReportTable.Right(CliTexts.HeaderRequiredPerYear),
                ReportTable.Right(CliTexts.HeaderObservedCagr),
                ReportTable.Right(CliTexts.HeaderProjected),
                CliTexts.HeaderInTime);
            foreach (var o in outlooks)
            {
                ReportTable.Add(
                    table,
                    o.Target.Instrument,
                    o.Target.TargetYear is { } ty ? PiiText.OnScreen($"{ty}") : CliTexts.TargetNotStated,
                    TargetText(o.Target),
                    o.Current is { } c ? PiiText.OnScreen($"{Number(c.Value)} ({c.Year})") : Dash,
                    o.ProgressPercent is { } p ? Number(p, "0.0") + " %" : Dash,
                    o.Gap is { } g ? Number(g) : Dash,
                    Status(o.Status),
                    o.RequiredCagr is { } rc ? Percent(rc) : Dash,
                    o.RequiredAnnualChange is { } ra ? Number(ra) : Dash,
                    o.ObservedCagr is { } oc ? Percent(oc) : Dash,
                    o.Projected is { } pr ? Number(pr) : Dash,
                    o.ProjectionReachesTarget switch { true => CliTexts.Yes, false => CliTexts.No, null => Dash });
            }

            app.CreateConsole().Write(table);
        }
        app.Output.WriteLine(CliTexts.DeProgressLegend);
        foreach (var o in outlooks.Where(o => o.Current is not null || o.Remark.Length > 0))
        {
            var source = o.Current is not { } c ? ""
                : o.Earlier is { } e ? PiiText.Format(CliTexts.DeProgressSourceEarlier, c.Label, c.Year, string.Join(", ", c.Sources), e.Year, Number(e.Value))
                : PiiText.Format(CliTexts.DeProgressSource, c.Label, c.Year, string.Join(", ", c.Sources));
            var target = o.Target;
            app.Output.WriteLine(source.Length > 0 && o.Remark.Length > 0
                ? PiiText.Format(CliTexts.DeProgressLineBoth, target.Instrument, target.MetricKey, target.TargetYear, source, o.RemarkIn(app.Language))
                : PiiText.Format(CliTexts.DeProgressLine, target.Instrument, target.MetricKey, target.TargetYear, source.Length > 0 ? source : o.RemarkIn(app.Language)));
        }

        SourceLegend.Write(app, seeds, outlooks.SelectMany(o => o.Target.Sources.Concat(o.Current?.Sources ?? []).Concat(o.Earlier?.Sources ?? [])));
    }

    private const string Dash = PiiBuildReport.NotPublished;

    private static string TargetText(Target target)
    {
        if (target.IsQualitative)
        {
            return PiiText.Format(CliTexts.TargetQualitative, target.MetricName);
        }

        var comparator = target.Comparator switch
        {
            TargetComparator.AtLeast => "≥",
            TargetComparator.AtMost => "≤",
            _ => "≈",
        };
        var pattern = target.Unit switch
        {
            "percent_of_gdp" => CliTexts.TargetValuePercentOfGdp,
            "percent" or "percent_of_communes" => CliTexts.TargetValuePercent,
            "percent_per_year" => CliTexts.TargetValuePerYear,
            "rank" => CliTexts.TargetValueRank,
            null => CliTexts.TargetValue,
            _ => CliTexts.TargetValueOther,
        };
        return PiiText.Format(pattern, target.MetricName, comparator, PiiText.Figure(target.Value), target.Unit);
    }

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => CliTexts.StatusMet,
        TargetStatus.NotMet => CliTexts.StatusNotMet,
        TargetStatus.Qualitative => CliTexts.StatusQualitative,
        TargetStatus.NoValue => CliTexts.StatusNoValue,
        _ => CliTexts.StatusUndefined,
    };

    private static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.CurrentCulture);

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.CurrentCulture) + " %";
}
