using System.Globalization;
using Nq52Metrics.Analysis;

namespace Nq52Metrics.Interactive;

public static partial class NotebookViews
{
    /// <summary>
    /// A statistical audit: its findings, the raw-data statistics of every indicator with their flags, and Cronbach's
    /// alpha of every aggregate; SAMPLE when the audited index was built from sample data (<see cref="AuditResult.IsSample"/>).
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Audit(AuditResult audit, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var l = Or(labels);
        var findings = NotebookTable.Create(l.Findings, [l.Where, l.Finding], audit.Findings.Select(f => Row(f.Location, f.Message)));
        var statistics = NotebookTable.Create(
            l.IndicatorStatistics,
            [l.Code, l.N, l.Missing, l.Min, l.Max, l.Mean, l.Skew, l.Kurtosis, l.Flags],
            audit.Statistics.Where(s => s.Step == AuditStep.Raw).Select(s => Row(
                s.Code,
                s.N.ToString(l.Language.Culture),
                double.IsNaN(s.MissingShare) ? "-" : s.MissingShare.ToString("P0", l.Language.Culture),
                F2(l, s.Min),
                F2(l, s.Max),
                F2(l, s.Mean),
                F2(l, s.Skew),
                F2(l, s.Kurtosis),
                IndicatorStatistics.Label(s.Flags))));
        var alphas = NotebookTable.Create(
            l.Alphas,
            [l.Aggregate, l.Alpha, l.Items],
            audit.Alphas.Select(a => Row(a.Node, F3(l, a.Alpha), a.Items.ToString(l.Language.Culture))));
        return View(() => Audit(audit, NotebookLabels.English), l, Format(l, l.AuditTitle, audit.IndexCode), audit.IsSample ? SampleNotice(l) : null, Format(l, l.AuditSummary, audit.UnitCount, audit.Findings.Length), findings, statistics, alphas);
    }
}
