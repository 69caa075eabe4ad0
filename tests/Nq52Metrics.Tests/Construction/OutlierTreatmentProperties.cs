using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Properties of outlier treatment on random heavy-tailed columns: order, report consistency, touched points.</summary>
public sealed class OutlierTreatmentProperties
{
    private static (double[] Values, IndicatorTreatment Detail) Treat(double[] x, OutlierTreatmentSpec spec)
    {
        var (table, report) = OutlierTreatment.Apply(Build.Column("X", x), spec);
        return (Build.ColumnOf(table, "X"), report["X"]);
    }

    private static OutlierTreatmentSpec Spec(bool gii, int maxWinsorised) =>
        (gii ? OutlierTreatmentSpec.Gii : OutlierTreatmentSpec.Coinr) with { MaxWinsorised = maxWinsorised };

    [Property]
    public Property Treatment_never_reverses_the_order_of_two_units(int seed, bool gii, byte maxWinsorised)
    {
        var x = Samples.Skewed(seed);
        var available = x.Where(v => !double.IsNaN(v)).ToArray();

        // The GII log is meant for data with a maximum above 1 (see the unit tests for the other cases).
        return Prop.When(!gii || available.Max() > 1, () =>
        {
            var (values, detail) = Treat(x, Spec(gii, maxWinsorised % 8));
            var pairs = Enumerable.Range(0, x.Length).SelectMany(i => Enumerable.Range(0, x.Length).Select(j => (i, j)));
            return pairs.All(p => !(x[p.i] <= x[p.j]) || values[p.i] <= values[p.j])
                .Classify(detail.Treatment == FinalTreatment.Winsorised, "winsorised")
                .Classify(detail.Treatment == FinalTreatment.LogTransformed, "log-transformed");
        });
    }

    [Property]
    public Property The_report_agrees_with_the_treated_values(int seed, byte maxWinsorised)
    {
        var x = Samples.Skewed(seed);
        var spec = Spec(gii: false, maxWinsorised % 8);

        var (values, detail) = Treat(x, spec);

        var consistent =
            detail.Failed == OutlierTreatment.Fails(ColumnStatistics.Skewness(x), ColumnStatistics.Kurtosis(x), spec)
            && (detail.Treatment == FinalTreatment.None) == !detail.Failed
            && SameStatistic(detail.FinalSkew, ColumnStatistics.Skewness(values))
            && SameStatistic(detail.FinalKurtosis, ColumnStatistics.Kurtosis(values))
            && (detail.Treatment != FinalTreatment.Winsorised || !OutlierTreatment.Fails(detail.FinalSkew, detail.FinalKurtosis, spec))
            && (detail.Treatment != FinalTreatment.LogTransformed
                || detail.WinsorisedCount == 0
                || OutlierTreatment.Fails(detail.SkewAfterWinsorisation, detail.KurtosisAfterWinsorisation, spec));
        return consistent.Classify(detail.Treatment == FinalTreatment.LogTransformed, "log-transformed");
    }

    [Property]
    public Property Winsorisation_changes_exactly_the_reported_points_towards_the_centre(int seed, byte maxWinsorised)
    {
        var x = Samples.Skewed(seed);
        var spec = OutlierTreatmentSpec.Coinr with { Log = LogTransform.None, MaxWinsorised = 1 + (maxWinsorised % 8) };

        var (values, detail) = Treat(x, spec);
        var flagged = detail.Points.ToDictionary(p => int.Parse(p.Unit.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) - 1, p => p.Kind);

        var exact = Enumerable.Range(0, x.Length).All(i => flagged.TryGetValue(i, out var kind)
            ? kind == TreatedPointKind.WinsorisedHigh ? values[i] < x[i] : values[i] > x[i]
            : values[i].Equals(x[i]));
        return Prop.When(detail.Failed, () => (exact && detail.WinsorisedCount == detail.Points.Length)
            .Classify(detail.Points.Length > 1, "several points"));
    }

    [Property]
    public Property Stepwise_winsorisation_follows_its_definition_exactly(int seed, byte maxWinsorised)
    {
        var x = Samples.Skewed(seed);
        var spec = OutlierTreatmentSpec.Coinr with { MaxWinsorised = maxWinsorised % 8 };

        // Winsorisation is only started on values that fail the rule.
        return Prop.When(OutlierTreatment.Fails(ColumnStatistics.Skewness(x), ColumnStatistics.Kurtosis(x), spec), () =>
        {
            var (expectedValues, expectedCount, expectedFlags) = WinsoriseByDefinition(x, spec);
            var values = x.ToArray();
            var (count, flags) = OutlierTreatment.Winsorise(values, ColumnStatistics.Skewness(x), spec);

            return (count == expectedCount && flags.SequenceEqual(expectedFlags)
                    && values.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(expectedValues.Select(BitConverter.DoubleToInt64Bits)))
                .Classify(count > 0, "winsorised");
        });
    }

    /// <summary>
    /// The rule as the documentation states it, one step at a time, for values that fail it: while they fail and fewer
    /// points than the limit are counted, every available value equal to the extreme on the side of the skew moves to the nearest
    /// other available value; the count is the size of the last high set plus the last low set.
    /// </summary>
    private static (double[] Values, int Count, TreatedPointKind?[] Flags) WinsoriseByDefinition(double[] x, OutlierTreatmentSpec spec)
    {
        var v = x.ToArray();
        int[] high = [];
        int[] low = [];
        var count = 0;
        var (skew, kurtosis) = (ColumnStatistics.Skewness(v), ColumnStatistics.Kurtosis(v));
        while (OutlierTreatment.Fails(skew, kurtosis, spec) && count < spec.MaxWinsorised)
        {
            var upper = skew >= 0;
            var available = v.Where(a => !double.IsNaN(a)).ToArray();
            var extreme = upper ? available.Max() : available.Min();
            var others = available.Where(a => a != extreme).ToArray();
            var set = Enumerable.Range(0, v.Length).Where(i => v[i] == extreme).ToArray();
            if (upper)
            {
                high = others.Length == 0 ? [] : set;
            }
            else
            {
                low = others.Length == 0 ? [] : set;
            }

            if (others.Length == 0)
            {
                break;
            }

            var next = upper ? others.Max() : others.Min();
            foreach (var i in set)
            {
                v[i] = next;
            }

            count = high.Length + low.Length;
            (skew, kurtosis) = (ColumnStatistics.Skewness(v), ColumnStatistics.Kurtosis(v));
        }

        var flags = new TreatedPointKind?[v.Length];
        foreach (var i in high)
        {
            flags[i] = TreatedPointKind.WinsorisedHigh;
        }

        foreach (var i in low)
        {
            flags[i] = TreatedPointKind.WinsorisedLow;
        }

        return (v, count, flags);
    }

    private static bool SameStatistic(double a, double b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-9;
}
