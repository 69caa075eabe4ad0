using System.Globalization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Interactive;

public static partial class NotebookViews
{
    /// <summary>
    /// A PII report as its national ranking: rank, unit, PII, the PII rounded as published, Input, Output, Output/Input,
    /// region and region rank, and whether the compared edition's published figures match; SAMPLE when the report says so.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Pii(PiiReport report, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var l = Or(labels);
        var rows = report.Rows.Select(r => Row(
            R(l, r.Rank),
            r.Unit.Code,
            r.Unit.Name,
            F2(l, r.Score),
            r.RoundedScore?.ToString("F2", l.Language.Culture) ?? "-",
            F2(l, r.Input),
            F2(l, r.Output),
            F2(l, r.Efficiency),
            r.Region ?? "",
            R(l, r.RegionRank),
            r.Comparison.Differs ? l.Differs : r.Matched is null ? "" : l.Matches));
        var table = NotebookTable.Create(
            l.PiiRanking,
            [l.Rank, l.Code, l.Name, l.Pii, l.RoundedScore, l.Input, l.Output, l.Efficiency, l.Region, l.RegionRank, l.Published],
            rows);
        return View(
            () => Pii(report, NotebookLabels.English),
            l,
            l.PiiTitle,
            report.IsSample ? SampleNotice(l) : null,
            Format(l, l.PiiSummary, report.Rows.Length, report.ComparedEdition, report.DifferenceCount),
            table);
    }
}
