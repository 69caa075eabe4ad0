using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The outlier step: the skew/kurtosis rule, stepwise winsorisation (ties, sides, count), the log fallback on the
/// original values, strict versus non-strict thresholds, per-indicator overrides, the report and every error.
/// </summary>
public sealed class OutlierTreatmentTests
{
    private const double Tolerance = 1e-9;

    /// <summary>1…10, 30, 100: skew 3.063241, kurtosis 9.741391; one winsorised point (100 → 30) fixes it.</summary>
    private static double[] Golden() => [.. Enumerable.Range(1, 10).Select(i => (double)i), 30, 100];

    /// <summary>1…20, 100, 100: fails; the two tied maxima move to 20 together and then it passes.</summary>
    private static double[] TiedMaxima() => [.. Enumerable.Range(1, 20).Select(i => (double)i), 100, 100];

    /// <summary>1…50, 500, 600, …, 1000: still fails after five winsorised points.</summary>
    private static double[] HeavyTail() => [.. Enumerable.Range(1, 50).Select(i => (double)i), 500, 600, 700, 800, 900, 1000];

    private static (double[] Values, IndicatorTreatment Detail) Treat(double[] values, OutlierTreatmentSpec spec)
    {
        var (table, report) = OutlierTreatment.Apply(Build.Column("X", values), spec);
        return (Build.ColumnOf(table, "X"), report["X"]);
    }

    [Fact]
    public void The_statistics_of_the_golden_column_match_COINr()
    {
        var x = Golden();

        Assert.Equal(3.063241, ColumnStatistics.Skewness(x), 1e-6);
        Assert.Equal(9.741391, ColumnStatistics.Kurtosis(x), 1e-6);
    }

    [Fact]
    public void One_high_point_is_winsorised_to_the_next_value()
    {
        var (values, detail) = Treat(Golden(), OutlierTreatmentSpec.Coinr);

        Assert.Equal([.. Golden()[..11], 30], values);
        Assert.True(detail.Failed);
        Assert.Equal(FinalTreatment.Winsorised, detail.Treatment);
        Assert.Equal(1, detail.WinsorisedCount);
        Assert.Equal([new TreatedPoint("U12", TreatedPointKind.WinsorisedHigh)], detail.Points);
        Assert.Equal(3.063241, detail.Skew, 1e-6);
        Assert.Equal(9.741391, detail.Kurtosis, 1e-6);
        Assert.Equal(1.712038, detail.SkewAfterWinsorisation, 1e-6);
        Assert.Equal(1.815781, detail.KurtosisAfterWinsorisation, 1e-6);
        Assert.Equal(detail.SkewAfterWinsorisation, detail.FinalSkew);
        Assert.Equal(detail.KurtosisAfterWinsorisation, detail.FinalKurtosis);
    }

    [Fact]
    public void Two_tied_maxima_move_together_and_count_two()
    {
        var (values, detail) = Treat(TiedMaxima(), OutlierTreatmentSpec.Coinr);

        Assert.Equal([.. TiedMaxima()[..20], 20, 20], values);
        Assert.Equal(2, detail.WinsorisedCount);
        Assert.Equal(
            [new TreatedPoint("U21", TreatedPointKind.WinsorisedHigh), new TreatedPoint("U22", TreatedPointKind.WinsorisedHigh)],
            detail.Points);
    }

    [Fact]
    public void Tied_extremes_may_push_the_count_past_the_limit()
    {
        var (values, detail) = Treat(TiedMaxima(), OutlierTreatmentSpec.Coinr with { MaxWinsorised = 1 });

        Assert.Equal(2, detail.WinsorisedCount);
        Assert.Equal(FinalTreatment.Winsorised, detail.Treatment);
        Assert.Equal(20.0, values[^1]);
    }

    [Fact]
    public void A_negative_skew_winsorises_the_bottom()
    {
        var mirrored = Golden().Select(v => -v).ToArray();

        var (values, detail) = Treat(mirrored, OutlierTreatmentSpec.Coinr);

        Assert.Equal([.. mirrored[..11], -30], values);
        Assert.Equal([new TreatedPoint("U12", TreatedPointKind.WinsorisedLow)], detail.Points);
        Assert.Equal(-3.063241, detail.Skew, 1e-6);
    }

    [Fact]
    public void Winsorisation_moves_the_cumulative_tail_and_counts_it()
    {
        // 1…40, 1000…1600 (step 100), 10000: moving 10000 to 1600 leaves two points at 1600 and the column passes.
        double[] x = [.. Enumerable.Range(1, 40).Select(i => (double)i), 1000, 1100, 1200, 1300, 1400, 1500, 1600, 10000];

        var (values, detail) = Treat(x, OutlierTreatmentSpec.Coinr);

        Assert.Equal(1600.0, values[^1]);
        Assert.Equal(1, detail.WinsorisedCount);
        Assert.Equal(FinalTreatment.Winsorised, detail.Treatment);
    }

    [Fact]
    public void When_winsorisation_up_to_the_limit_fails_the_original_values_are_log_transformed()
    {
        var x = HeavyTail();
        var min = x.Min();
        var range = x.Max() - min;

        var (values, detail) = Treat(x, OutlierTreatmentSpec.Coinr);

        Assert.Equal(FinalTreatment.LogTransformed, detail.Treatment);
        Assert.Equal(5, detail.WinsorisedCount);
        Assert.True(OutlierTreatment.Fails(detail.SkewAfterWinsorisation, detail.KurtosisAfterWinsorisation, OutlierTreatmentSpec.Coinr));
        // COINr log_CT on the ORIGINAL values: the former maximum keeps its own (largest) transformed value.
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(Math.Log(x[i] - min + (0.01 * range)), values[i], Tolerance);
        }

        Assert.Equal(x.Length, detail.Points.Length);
        Assert.All(detail.Points, p => Assert.Equal(TreatedPointKind.LogTransformed, p.Kind));
        Assert.Equal(ColumnStatistics.Skewness(values), detail.FinalSkew, Tolerance);
    }

    [Fact]
    public void The_COIN_Tool_log_matches_the_golden_values()
    {
        var (values, detail) = Treat(Golden(), OutlierTreatmentSpec.Coinr with { MaxWinsorised = 0 });

        Assert.Equal(FinalTreatment.LogTransformed, detail.Treatment);
        Assert.Equal(0, detail.WinsorisedCount);
        Assert.True(double.IsNaN(detail.SkewAfterWinsorisation));
        Assert.Equal(-0.0101, values[0], 4);
        Assert.Equal(0.6881, values[1], 4);
        Assert.Equal(1.0953, values[2], 4);
    }

    [Fact]
    public void The_GII_log_follows_its_formula()
    {
        // ln[(max − 1)(x − min)/(max − min) + 1]; with min = 1 this is ln x.
        var (values, _) = Treat(Golden(), OutlierTreatmentSpec.Gii with { MaxWinsorised = 0 });

        Assert.Equal(Golden().Select(v => Math.Log(v)), values, (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal(4.6052, values[^1], 4);
    }

    [Fact]
    public void Missing_values_stay_missing_and_are_not_counted()
    {
        var x = Golden().Append(double.NaN).ToArray();

        var (values, detail) = Treat(x, OutlierTreatmentSpec.Coinr with { MaxWinsorised = 0 });

        Assert.True(double.IsNaN(values[^1]));
        Assert.Equal(Golden().Length, detail.Points.Length);
        Assert.DoesNotContain(detail.Points, p => p.Unit == "U13");
    }

    [Fact]
    public void Without_a_log_transform_the_winsorised_values_are_kept_even_if_they_still_fail()
    {
        var (values, detail) = Treat(HeavyTail(), OutlierTreatmentSpec.Coinr with { Log = LogTransform.None });

        Assert.Equal(FinalTreatment.Winsorised, detail.Treatment);
        Assert.Equal(5, detail.WinsorisedCount);
        Assert.Equal([.. HeavyTail()[..51], 500, 500, 500, 500, 500], values);
        Assert.Equal(5, detail.Points.Length);
    }

    [Fact]
    public void Without_points_or_a_log_transform_a_failing_indicator_is_left_untreated()
    {
        var (values, detail) = Treat(Golden(), OutlierTreatmentSpec.Coinr with { MaxWinsorised = 0, Log = LogTransform.None });

        Assert.Equal(Golden(), values);
        Assert.True(detail.Failed);
        Assert.Equal(FinalTreatment.FailedUntreated, detail.Treatment);
        Assert.Empty(detail.Points);
        Assert.Equal(detail.Skew, detail.FinalSkew);
    }

    [Fact]
    public void A_passing_indicator_is_not_touched()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8];

        var (values, detail) = Treat(x, OutlierTreatmentSpec.Coinr);

        Assert.Equal(x, values);
        Assert.False(detail.Failed);
        Assert.Equal(FinalTreatment.None, detail.Treatment);
        Assert.Equal(0, detail.WinsorisedCount);
        Assert.Empty(detail.Points);
    }

    [Fact]
    public void Too_few_values_for_kurtosis_pass()
    {
        var (values, detail) = Treat([1, 2, 1000], OutlierTreatmentSpec.Coinr);

        Assert.Equal([1.0, 2, 1000], values);
        Assert.True(double.IsNaN(detail.Kurtosis));
        Assert.False(detail.Failed);
    }

    [Theory]
    [InlineData(2.0, 3.5, false, true)]
    [InlineData(2.0, 3.5, true, false)]
    [InlineData(-2.0, 3.5, false, true)]
    [InlineData(2.0001, 3.5001, true, true)]
    [InlineData(1.9999, 100.0, false, false)]
    [InlineData(100.0, 3.4999, false, false)]
    [InlineData(double.NaN, 10.0, false, false)]
    [InlineData(10.0, double.NaN, false, false)]
    public void Fails_compares_with_the_thresholds(double skew, double kurtosis, bool strict, bool expected) =>
        Assert.Equal(expected, OutlierTreatment.Fails(skew, kurtosis, OutlierTreatmentSpec.Coinr with { Strict = strict }));

    [Fact]
    public void At_exactly_the_thresholds_only_the_non_strict_rule_treats()
    {
        var x = Golden();
        var atThresholds = new OutlierTreatmentSpec { SkewThreshold = ColumnStatistics.Skewness(x), KurtosisThreshold = ColumnStatistics.Kurtosis(x) };

        var (_, lenient) = Treat(x, atThresholds);
        var (strictValues, strict) = Treat(x, atThresholds with { Strict = true });

        Assert.Equal(FinalTreatment.Winsorised, lenient.Treatment);
        Assert.Equal(FinalTreatment.None, strict.Treatment);
        Assert.Equal(x, strictValues);
    }

    [Fact]
    public void The_GII_preset_uses_its_higher_strict_threshold()
    {
        // 1…20, 100, 100 has skew 2.82: treated by COINr (≥ 2) and by the GII (> 2.25).
        Assert.True(Treat(TiedMaxima(), OutlierTreatmentSpec.Gii).Detail.Failed);

        // 1…10, 100, 100 has skew 2.03 and kurtosis 2.58: not an outlier case for either.
        double[] mild = [.. Enumerable.Range(1, 10).Select(i => (double)i), 100, 100];
        Assert.False(Treat(mild, OutlierTreatmentSpec.Gii).Detail.Failed);
    }

    [Fact]
    public void Per_indicator_overrides_replace_the_spec_for_their_indicator()
    {
        var table = Build.Table(["A", "B", "C"], Golden().Select(v => new[] { v, v, v }).ToArray());
        var spec = OutlierTreatmentSpec.Coinr with
        {
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty
                .Add("B", OutlierTreatmentSpec.None)
                .Add("C", OutlierTreatmentSpec.Coinr with { SkewThreshold = 5 }),
        };

        var (treated, report) = OutlierTreatment.Apply(table, spec);

        Assert.Equal(FinalTreatment.Winsorised, report["A"].Treatment);
        Assert.Equal(FinalTreatment.None, report["B"].Treatment);
        Assert.False(report["B"].Failed);
        Assert.Equal(FinalTreatment.None, report["C"].Treatment);
        Assert.Equal(Golden(), Build.ColumnOf(treated, "B"));
        Assert.Equal(Golden(), Build.ColumnOf(treated, "C"));
        Assert.Equal(30.0, treated["U12", "A"]);
        Assert.Equal(["A", "B", "C"], report.Indicators.Select(i => i.Indicator));
    }

    [Fact]
    public void An_overrides_own_overrides_are_ignored()
    {
        var nested = OutlierTreatmentSpec.Coinr with
        {
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty.Add("X", OutlierTreatmentSpec.None),
        };
        var spec = OutlierTreatmentSpec.None with
        {
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty.Add("X", nested),
        };

        Assert.Equal(FinalTreatment.Winsorised, Treat(Golden(), spec).Detail.Treatment);
    }

    [Fact]
    public void Method_none_treats_nothing_but_still_reports_every_indicator()
    {
        var table = Build.Table(["A", "B"], Golden().Select(v => new[] { v, -v }).ToArray());

        var (treated, report) = OutlierTreatment.Apply(table, OutlierTreatmentSpec.None);

        Assert.Equal(Golden(), Build.ColumnOf(treated, "A"));
        Assert.Equal(2, report.Indicators.Length);
        Assert.All(report.Indicators, d => Assert.Equal(FinalTreatment.None, d.Treatment));
        Assert.Equal(3.063241, report["A"].Skew, 1e-6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_invalid_skew_threshold_is_rejected(double threshold) =>
        Problems.AssertSingle(
            () => OutlierTreatment.Apply(Build.Column("X", Golden()), OutlierTreatmentSpec.Coinr with { SkewThreshold = threshold }),
            "outliers.skew",
            "must be finite and greater than 0");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void An_invalid_kurtosis_threshold_is_rejected(double threshold) =>
        Problems.AssertSingle(
            () => OutlierTreatment.Apply(Build.Column("X", Golden()), OutlierTreatmentSpec.Coinr with { KurtosisThreshold = threshold }),
            "outliers.kurtosis",
            "must be finite");

    [Fact]
    public void A_negative_maximum_of_winsorised_points_is_rejected() =>
        Problems.AssertSingle(
            () => OutlierTreatment.Apply(Build.Column("X", Golden()), OutlierTreatmentSpec.Coinr with { MaxWinsorised = -1 }),
            "outliers.maxWinsorised",
            "-1 is negative");

    [Fact]
    public void Every_spec_problem_is_reported_together_including_those_of_overrides()
    {
        var spec = new OutlierTreatmentSpec
        {
            Method = (OutlierMethod)7,
            Log = (LogTransform)9,
            SkewThreshold = 0,
            KurtosisThreshold = double.NaN,
            MaxWinsorised = -3,
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty
                .Add("Ghost", OutlierTreatmentSpec.Coinr)
                .Add("X", OutlierTreatmentSpec.Coinr with { MaxWinsorised = -1 }),
        };

        var exception = Problems.Thrown(() => OutlierTreatment.Apply(Build.Column("X", Golden()), spec));

        Assert.Equal(
            [
                "outliers.method", "outliers.log", "outliers.skew", "outliers.kurtosis", "outliers.maxWinsorised",
                "outliers.overrides.Ghost", "outliers.overrides.X.maxWinsorised",
            ],
            exception.Problems.Select(p => p.Location));
        Problems.AssertHas(exception, "outliers.overrides.Ghost", "no indicator has this code");
    }

    [Theory]
    [InlineData("Y", "outliers.overrides.Y")]
    [InlineData("X Y", "outliers.overrides['X Y']")]
    public void An_override_for_an_unknown_indicator_is_rejected_at_its_quoted_path(string code, string location) =>
        Problems.AssertSingle(
            () => OutlierTreatment.Apply(
                Build.Column("X", Golden()),
                OutlierTreatmentSpec.Coinr with { Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty.Add(code, OutlierTreatmentSpec.None) }),
            location,
            "no indicator has this code");

    [Theory]
    [InlineData(1.0, -200.0)]
    [InlineData(1.0, -100.0)]
    [InlineData(0.005, 0.0)]
    public void The_GII_log_is_undefined_when_the_maximum_is_below_one(double scale, double shift)
    {
        // x·scale + shift gives a maximum of −100, 0 and 0.5. With max ≤ 0 the transformed maximum ln(max) is not
        // finite; with 0 < max < 1 the factor (max − 1) is negative, so the transform would reverse the order of the
        // units. Either way the GII log is not defined for the indicator and the step must say so.
        var x = Golden().Select(v => (v * scale) + shift).ToArray();

        Problems.AssertSingle(
            () => OutlierTreatment.Apply(Build.Column("X", x), OutlierTreatmentSpec.Gii with { MaxWinsorised = 0 }),
            "indicator \"X\"",
            "GII log transform is undefined");
    }

    [Fact]
    public void The_GII_log_is_defined_for_a_maximum_above_one()
    {
        var x = Golden().Select(v => v / 50).ToArray();

        var (values, detail) = Treat(x, OutlierTreatmentSpec.Gii with { MaxWinsorised = 0 });

        Assert.Equal(FinalTreatment.LogTransformed, detail.Treatment);
        Assert.Equal(0.0, values[0], Tolerance);
        Assert.Equal(Math.Log(2), values[^1], Tolerance);
        Assert.Equal(x.Order(), x, (a, b) => a == b);
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First <= p.Second), "The transform must keep the order of the units.");
    }

    [Fact]
    public void Undefined_log_transforms_are_reported_for_every_indicator()
    {
        var table = Build.Table(["A", "B", "C"], Golden().Select(v => new[] { v - 200, v, v - 100 }).ToArray());

        var exception = Problems.Thrown(() => OutlierTreatment.Apply(table, OutlierTreatmentSpec.Gii with { MaxWinsorised = 0 }));

        Assert.Equal(["indicator \"A\"", "indicator \"C\""], exception.Problems.Select(p => p.Location));
    }

    [Fact]
    public void The_report_rejects_an_unknown_indicator()
    {
        var (_, report) = OutlierTreatment.Apply(Build.Column("X", Golden()), OutlierTreatmentSpec.Coinr);

        Assert.Throws<KeyNotFoundException>(() => report["Y"]);
    }
}
