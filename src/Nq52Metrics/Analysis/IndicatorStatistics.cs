using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// The statistics of one indicator at one step, as COINr's <c>get_stats</c> reports them: counts and shares, the sample
/// sd (n − 1), and skew and excess kurtosis as the outlier rule defines them (Excel's <c>SKEW</c>/<c>KURT</c>, see
/// <see cref="ColumnStatistics"/>). Missing values (NaN) are skipped; a statistic that is undefined (skew with fewer
/// than 3 values or none spread, kurtosis with fewer than 4) is NaN, written as <c>NA</c>.
/// </summary>
/// <param name="Step">Which data: raw, treated or normalised.</param>
/// <param name="Code">The indicator's code.</param>
/// <param name="N">Non-missing values.</param>
/// <param name="MissingShare">Share of units with a missing value, in [0, 1].</param>
/// <param name="Min">Minimum.</param>
/// <param name="Max">Maximum.</param>
/// <param name="Mean">Mean.</param>
/// <param name="Median">Median.</param>
/// <param name="Sd">Sample standard deviation (n − 1).</param>
/// <param name="Skew">Skewness (type 2).</param>
/// <param name="Kurtosis">Excess kurtosis (type 2).</param>
/// <param name="ZerosShare">Share of zeros among the non-missing values.</param>
/// <param name="UniqueShare">Share of distinct values among the non-missing values.</param>
/// <param name="Flags">What the thresholds flag.</param>
public sealed record IndicatorStatistics(
    AuditStep Step,
    string Code,
    int N,
    double MissingShare,
    double Min,
    double Max,
    double Mean,
    double Median,
    double Sd,
    double Skew,
    double Kurtosis,
    double ZerosShare,
    double UniqueShare,
    IndicatorFlags Flags)
{
    /// <summary>Computes the statistics of one column.</summary>
    /// <param name="step">Which data the column holds.</param>
    /// <param name="code">The indicator's code.</param>
    /// <param name="values">One value per unit (NaN = missing).</param>
    /// <param name="thresholds">The flags' thresholds; default COINr's.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="Nq52ValidationException">The column is empty or entirely missing.</exception>
    public static IndicatorStatistics Of(AuditStep step, string code, ReadOnlySpan<double> values, StatisticsThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var problems = new ValidationProblems();
        var statistics = Of(step, code, values, thresholds ?? new StatisticsThresholds(), problems);
        problems.ThrowIfAny();
        return statistics!;
    }

    /// <summary>The statistics, or null with a located problem when the column has no value.</summary>
    internal static IndicatorStatistics? Of(AuditStep step, string code, ReadOnlySpan<double> values, StatisticsThresholds thresholds, ValidationProblems problems)
    {
        var (min, max, n) = ColumnStatistics.MinMax(values);
        if (n == 0)
        {
            problems.AddMessage($"statistics ({Label(step)}), indicator \"{code}\"", values.Length == 0 ? nameof(Messages.AnalysisNoUnits) : nameof(Messages.AnalysisAllValuesMissing));
            return null;
        }

        var (mean, sd, _) = ColumnStatistics.MeanSd(values);
        var (skew, kurtosis) = ColumnStatistics.SkewnessAndKurtosis(values);
        var zeros = 0;
        var distinct = new HashSet<double>();
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                zeros += v == 0 ? 1 : 0;
                distinct.Add(v);
            }
        }

        var available = (double)n / values.Length;
        var zerosShare = (double)zeros / n;
        var uniqueShare = (double)distinct.Count / n;
        var flags = IndicatorFlags.None;
        flags |= available < thresholds.Availability ? IndicatorFlags.LowAvailability : 0;
        flags |= Math.Abs(skew) > thresholds.Skew && kurtosis > thresholds.Kurtosis ? IndicatorFlags.SkewKurtosis : 0;
        flags |= zerosShare > thresholds.Zeros ? IndicatorFlags.ManyZeros : 0;
        flags |= uniqueShare < thresholds.Unique ? IndicatorFlags.FewUnique : 0;
        return new IndicatorStatistics(
            step, code, n, 1 - available, min, max, mean, ColumnStatistics.Median(values), sd, skew, kurtosis, zerosShare, uniqueShare, flags);
    }

    /// <summary>The file label of a step: <c>raw</c>, <c>treated</c> or <c>normalised</c>.</summary>
    /// <param name="step">The step.</param>
    /// <returns>Its label.</returns>
    public static string Label(AuditStep step) => step switch
    {
        AuditStep.Raw => "raw",
        AuditStep.Treated => "treated",
        _ => "normalised",
    };

    /// <summary>The file labels of flags, joined by <c>;</c> (empty when none): <c>low_availability</c>, <c>skew_kurtosis</c>, <c>many_zeros</c>, <c>few_unique</c>.</summary>
    /// <param name="flags">The flags.</param>
    /// <returns>The labels.</returns>
    public static string Label(IndicatorFlags flags)
    {
        var labels = new List<string>();
        if (flags.HasFlag(IndicatorFlags.LowAvailability))
        {
            labels.Add("low_availability");
        }

        if (flags.HasFlag(IndicatorFlags.SkewKurtosis))
        {
            labels.Add("skew_kurtosis");
        }

        if (flags.HasFlag(IndicatorFlags.ManyZeros))
        {
            labels.Add("many_zeros");
        }

        if (flags.HasFlag(IndicatorFlags.FewUnique))
        {
            labels.Add("few_unique");
        }

        return string.Join(';', labels);
    }
}
