using Nq52Metrics.Construction;
using Nq52Metrics.Results;

namespace Nq52Metrics.Conformance;

/// <summary>
/// The outlier report of the nominal ASEM build against COINr's treatment details (<c>05_treat_details.csv</c>)
/// and its list of treated points (<c>05_treated_points.csv</c>).
/// </summary>
public sealed class AsemOutlierConformanceTests
{
    [Fact]
    public void Treatment_details_match_COINr_for_every_indicator()
    {
        var reference = AsemNominal.Pipeline("05_treat_details.csv");
        var report = AsemNominal.Result.Outliers;
        var spec = AsemNominal.Result.Methodology.OutlierTreatment;
        var log = new MismatchLog(reference.Name, "indicator");
        var code = reference.ColumnIndex("iCode");
        var referenceCodes = reference.Rows.Select(r => r[code]).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in report.Indicators.Where(i => !referenceCodes.Contains(i.Indicator)))
        {
            log.Add(extra.Indicator, "-", "no such indicator", "indicator present");
        }

        var ours = report.Indicators.ToDictionary(i => i.Indicator, StringComparer.Ordinal);
        foreach (var row in reference.Rows)
        {
            if (!ours.TryGetValue(row[code], out var detail))
            {
                log.Add(row[code], "-", "indicator present", "no such indicator");
                continue;
            }

            string Cell(string column) => row[reference.ColumnIndex(column)];
            var id = detail.Indicator;
            log.Text(id, "check_SkewKurt0.Pass", Cell("check_SkewKurt0.Pass"), Logical(!detail.Failed));
            log.Number(id, "check_SkewKurt0.Skew", ReferenceCsv.Number(Cell("check_SkewKurt0.Skew")), detail.Skew);
            log.Number(id, "check_SkewKurt0.Kurt", ReferenceCsv.Number(Cell("check_SkewKurt0.Kurt")), detail.Kurtosis);
            log.Exact(id, "winsorise.nwin", ReferenceCsv.Number(Cell("winsorise.nwin")), detail.Failed ? detail.WinsorisedCount : double.NaN);
            var passedAfter = !detail.Failed || double.IsNaN(detail.SkewAfterWinsorisation)
                ? "NA"
                : Logical(!OutlierTreatment.Fails(detail.SkewAfterWinsorisation, detail.KurtosisAfterWinsorisation, spec.For(id)));
            log.Text(id, "check_SkewKurt1.Pass", Cell("check_SkewKurt1.Pass"), passedAfter);
            log.Number(id, "check_SkewKurt1.Skew", ReferenceCsv.Number(Cell("check_SkewKurt1.Skew")), detail.SkewAfterWinsorisation);
            log.Number(id, "check_SkewKurt1.Kurt", ReferenceCsv.Number(Cell("check_SkewKurt1.Kurt")), detail.KurtosisAfterWinsorisation);
            log.Exact(id, "n_points_flagged", ReferenceCsv.Number(Cell("n_points_flagged")), detail.Points.Length);
            log.Text(id, "final_treatment", Cell("final_treatment"), CoinrName(detail.Treatment));
            log.Exact(id, "n_winsorised_final", ReferenceCsv.Number(Cell("n_winsorised_final")),
                detail.Treatment == FinalTreatment.Winsorised ? detail.WinsorisedCount : 0);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(AsemNominal.IndicatorCount * 10, log.Compared);
        Assert.Equal(15, report.Indicators.Count(i => i.Treatment == FinalTreatment.Winsorised));
        Assert.DoesNotContain(report.Indicators, i => i.Treatment == FinalTreatment.LogTransformed);
    }

    [Fact]
    public void Treated_points_are_exactly_COINr_points()
    {
        var reference = AsemNominal.Pipeline("05_treated_points.csv");
        var unit = reference.ColumnIndex("uCode");
        var indicator = reference.ColumnIndex("iCode");
        var flag = reference.ColumnIndex("flag");
        var expected = reference.Rows.Select(r => (Unit: r[unit], Indicator: r[indicator], Flag: r[flag])).ToHashSet();
        var actual = AsemNominal.Result.Outliers.Indicators
            .SelectMany(i => i.Points.Select(p => (p.Unit, i.Indicator, Flag: CoinrFlag(p.Kind))))
            .ToHashSet();
        var log = new MismatchLog(reference.Name);
        foreach (var point in expected.Union(actual).OrderBy(p => p.Indicator, StringComparer.Ordinal).ThenBy(p => p.Unit, StringComparer.Ordinal))
        {
            log.Text(point.Unit, point.Indicator, expected.Contains(point) ? point.Flag : "(not treated)", actual.Contains(point) ? point.Flag : "(not treated)");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(35, expected.Count);
        Assert.Equal(reference.Rows.Count, expected.Count);
    }

    private static string Logical(bool value) => value ? "TRUE" : "FALSE";

    private static string CoinrName(FinalTreatment treatment) => treatment switch
    {
        FinalTreatment.None => "none",
        FinalTreatment.Winsorised => "winsorise",
        FinalTreatment.LogTransformed => "log_CT",
        _ => treatment.ToString(),
    };

    private static string CoinrFlag(TreatedPointKind kind) => kind switch
    {
        TreatedPointKind.WinsorisedHigh => "winhi",
        TreatedPointKind.WinsorisedLow => "winlo",
        TreatedPointKind.LogTransformed => "log_CT",
        _ => kind.ToString(),
    };
}
