using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Invariances of the moments in <see cref="ColumnStatistics"/>: shift, scale and reflection.</summary>
public sealed class ColumnStatisticsProperties
{
    private static bool Close(double a, double b, double tolerance) =>
        double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(a));

    [Property]
    public Property Skewness_is_unchanged_by_a_positive_rescaling_and_flips_sign_under_reflection(int seed, PositiveInt transformSeed)
    {
        var x = Samples.Column(seed, withMissing: true);
        var rng = new Random(transformSeed.Get);
        var a = Math.Exp((rng.NextDouble() * 6) - 3);
        var b = (rng.NextDouble() - 0.5) * 100;
        var skew = ColumnStatistics.Skewness(x);

        return (Close(skew, ColumnStatistics.Skewness(x.Select(v => (a * v) + b).ToArray()), 1e-6)
                && Close(-skew, ColumnStatistics.Skewness(x.Select(v => -v).ToArray()), 1e-9))
            .Classify(double.IsNaN(skew), "fewer than three values");
    }

    [Property]
    public bool Kurtosis_is_unchanged_by_any_non_degenerate_affine_map(int seed, bool reflect)
    {
        var x = Samples.Column(seed, withMissing: true);
        var a = reflect ? -2.5 : 0.4;

        return Close(ColumnStatistics.Kurtosis(x), ColumnStatistics.Kurtosis(x.Select(v => (a * v) + 17).ToArray()), 1e-6);
    }

    [Property]
    public bool Mean_and_median_follow_an_affine_map(int seed)
    {
        var x = Samples.Column(seed, withMissing: true);

        return Close(ColumnStatistics.Mean(x) * 3 - 5, ColumnStatistics.Mean(x.Select(v => (3 * v) - 5).ToArray()), 1e-9)
            && Close(ColumnStatistics.Median(x) * 3 - 5, ColumnStatistics.Median(x.Select(v => (3 * v) - 5).ToArray()), 1e-9);
    }

    [Property]
    public bool Median_has_at_least_half_the_values_on_each_side(int seed)
    {
        var x = Samples.Column(seed, withMissing: true).Where(v => !double.IsNaN(v)).ToArray();
        var median = ColumnStatistics.Median(x);

        return x.Count(v => v <= median) * 2 >= x.Length && x.Count(v => v >= median) * 2 >= x.Length;
    }
}
