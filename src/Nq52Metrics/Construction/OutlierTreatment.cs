using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The outlier-treatment step (COINr <c>Treat</c> with <c>winsorise</c> then a log transform; the GII rule).
/// Works per indicator on the raw-direction values, ignoring missing values.
/// </summary>
/// <remarks>
/// Winsorisation: while the indicator fails the rule and fewer than <see cref="OutlierTreatmentSpec.MaxWinsorised"/>
/// points are counted, if the current skew is ≥ 0 every point equal to the current maximum is set to the largest
/// value below it, otherwise every point equal to the minimum is set to the smallest value above it. The count is
/// the size of the last high set plus the last low set (earlier moves are included since they now sit at the
/// extreme), so ties may push it past the limit. If the result still fails, the original values are
/// log-transformed instead.
/// </remarks>
public static class OutlierTreatment
{
    /// <summary>Treats every indicator column of a table.</summary>
    /// <param name="table">Indicator values (NaN = missing).</param>
    /// <param name="spec">The step's spec, with per-indicator overrides.</param>
    /// <returns>The treated table and a report per indicator.</returns>
    /// <exception cref="Nq52ValidationException">Invalid thresholds, an override for an unknown indicator, or a log
    /// transform that is undefined for an indicator.</exception>
    public static (UnitTable Table, OutlierReport Report) Apply(UnitTable table, OutlierTreatmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var result = Apply(table, spec, problems);
        problems.ThrowIfAny();
        return result!.Value;
    }

    /// <summary>The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.</summary>
    internal static (UnitTable Table, OutlierReport Report)? Apply(UnitTable table, OutlierTreatmentSpec spec, ValidationProblems problems)
    {
        var before = problems.Count;
        Validate(spec, "outliers", problems);
        foreach (var (code, over) in spec.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Serialization.JsonPaths.Append("outliers.overrides", code);
            if (!table.HasColumn(code))
            {
                problems.AddMessage(path, nameof(Messages.OverrideIndicatorUnknown));
            }

            Validate(over, path, problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        var values = table.CopyValues();
        var n = table.UnitCount;
        var details = ImmutableArray.CreateBuilder<IndicatorTreatment>(table.ColumnCount);
        var skews = new double[table.ColumnCount];
        var kurtoses = new double[table.ColumnCount];
        ColumnStatistics.SkewnessAndKurtosisOfColumns(values, n, skews, kurtoses);
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var code = table.Columns[j];
            var column = values.AsSpan(j * n, n);
            var (detail, problem) = TreatColumn(column, skews[j], kurtoses[j], spec.For(code), code, table.Units);
            if (problem is not null)
            {
                var where = ProblemLocation.OfParameter($"indicator \"{code}\"");
                problems.Add(problem.At(where));
            }

            details.Add(detail);
        }

        if (problems.Count > before)
        {
            return null;
        }

        return (new UnitTable(table.Units, table.Columns, values), new OutlierReport(details.MoveToImmutable()));
    }

    /// <summary>
    /// Whether values fail the skew/kurtosis rule (both limits reached, or exceeded when strict). Values with too
    /// few points or no spread (NaN statistics) pass.
    /// </summary>
    /// <param name="skew">Skewness.</param>
    /// <param name="kurtosis">Excess kurtosis.</param>
    /// <param name="spec">The thresholds.</param>
    /// <returns>True when the indicator needs treatment.</returns>
    public static bool Fails(double skew, double kurtosis, OutlierTreatmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var absSkew = Math.Abs(skew);
        return spec.Strict
            ? absSkew > spec.SkewThreshold && kurtosis > spec.KurtosisThreshold
            : absSkew >= spec.SkewThreshold && kurtosis >= spec.KurtosisThreshold;
    }

    private static void Validate(OutlierTreatmentSpec spec, string where, ValidationProblems problems)
    {
        if (!Enum.IsDefined(spec.Method))
        {
            problems.AddMessage($"{where}.method", nameof(Messages.OutliersMethodUnknown), spec.Method.ToString());
        }

        if (!Enum.IsDefined(spec.Log))
        {
            problems.AddMessage($"{where}.log", nameof(Messages.OutliersLogUnknown), spec.Log.ToString());
        }

        if (!double.IsFinite(spec.SkewThreshold) || spec.SkewThreshold <= 0)
        {
            problems.AddMessage($"{where}.skew", nameof(Messages.OutliersSkewInvalid), spec.SkewThreshold);
        }

        if (!double.IsFinite(spec.KurtosisThreshold))
        {
            problems.AddMessage($"{where}.kurtosis", nameof(Messages.OutliersKurtosisInvalid));
        }

        if (spec.MaxWinsorised < 0)
        {
            problems.AddMessage($"{where}.maxWinsorised", nameof(Messages.OutliersMaxWinsorisedNegative), spec.MaxWinsorised);
        }
    }

    private static (IndicatorTreatment Detail, MessageText? Problem) TreatColumn(
        Span<double> column, double skew, double kurt, OutlierTreatmentSpec spec, string code, ImmutableArray<Unit> units)
    {
        var untouched = new IndicatorTreatment(code, skew, kurt, false, 0, double.NaN, double.NaN, skew, kurt, FinalTreatment.None, []);
        if (spec.Method == OutlierMethod.None || !Fails(skew, kurt, spec))
        {
            return (untouched, null);
        }

        var original = column.ToArray();
        var winsorised = column.ToArray();
        var (count, flags) = Winsorise(winsorised, skew, spec);
        var (winSkew, winKurt) = count > 0 ? ColumnStatistics.SkewnessAndKurtosis(winsorised) : (double.NaN, double.NaN);
        var fixedByWinsorising = count > 0 && !Fails(winSkew, winKurt, spec);
        if (fixedByWinsorising || spec.Log == LogTransform.None)
        {
            winsorised.CopyTo(column);
            var points = ImmutableArray.CreateBuilder<TreatedPoint>();
            for (var i = 0; i < flags.Length; i++)
            {
                if (flags[i] is { } kind)
                {
                    points.Add(new TreatedPoint(units[i].Code, kind));
                }
            }

            var treatment = count > 0 ? FinalTreatment.Winsorised : FinalTreatment.FailedUntreated;
            var finalSkew = count > 0 ? winSkew : skew;
            var finalKurt = count > 0 ? winKurt : kurt;
            return (new IndicatorTreatment(code, skew, kurt, true, count, winSkew, winKurt, finalSkew, finalKurt, treatment, points.ToImmutable()), null);
        }

        var problem = LogTransformInPlace(original, spec.Log);
        var (logSkew, logKurt) = ColumnStatistics.SkewnessAndKurtosis(original);
        original.CopyTo(column);
        var logPoints = ImmutableArray.CreateBuilder<TreatedPoint>();
        for (var i = 0; i < original.Length; i++)
        {
            if (!double.IsNaN(original[i]))
            {
                logPoints.Add(new TreatedPoint(units[i].Code, TreatedPointKind.LogTransformed));
            }
        }

        var detail = new IndicatorTreatment(
            code, skew, kurt, true, count, winSkew, winKurt,
            logSkew, logKurt,
            FinalTreatment.LogTransformed, logPoints.ToImmutable());
        return (detail, problem);
    }

    /// <summary>
    /// Stepwise winsorisation in place, starting from the values' skewness <paramref name="skew"/> (already known to the
    /// caller); returns COINr's count and the last high/low sets as flags.
    /// </summary>
    internal static (int Count, TreatedPointKind?[] Flags) Winsorise(Span<double> x, double skew, OutlierTreatmentSpec spec)
    {
        var high = new List<int>();
        var low = new List<int>();
        var count = 0;
        var failing = true;
        var currentSkew = skew;
        while (failing && count < spec.MaxWinsorised)
        {
            var upper = currentSkew >= 0;
            var (extreme, next) = upper ? HighestAndNext(x) : LowestAndNext(x);
            var set = upper ? high : low;
            set.Clear();
            if (double.IsInfinity(next))
            {
                break;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] == extreme)
                {
                    set.Add(i);
                    x[i] = next;
                }
            }

            count = high.Count + low.Count;
            (currentSkew, var currentKurtosis) = ColumnStatistics.SkewnessAndKurtosis(x);
            failing = Fails(currentSkew, currentKurtosis, spec);
        }

        var flags = new TreatedPointKind?[x.Length];
        foreach (var i in high)
        {
            flags[i] = TreatedPointKind.WinsorisedHigh;
        }

        foreach (var i in low)
        {
            flags[i] = TreatedPointKind.WinsorisedLow;
        }

        return (count, flags);
    }

    /// <summary>
    /// In one pass, the largest non-missing value and the largest value below it (−∞ when there is none, or when
    /// every value is missing).
    /// </summary>
    private static (double Highest, double Next) HighestAndNext(ReadOnlySpan<double> x)
    {
        var highest = double.NegativeInfinity;
        var next = double.NegativeInfinity;
        foreach (var v in x)
        {
            if (v > highest)
            {
                next = highest;
                highest = v;
            }
            else if (v < highest && v > next)
            {
                next = v;
            }
        }

        return (highest, next);
    }

    /// <summary>
    /// In one pass, the smallest non-missing value and the smallest value above it (+∞ when there is none, or when
    /// every value is missing).
    /// </summary>
    private static (double Lowest, double Next) LowestAndNext(ReadOnlySpan<double> x)
    {
        var lowest = double.PositiveInfinity;
        var next = double.PositiveInfinity;
        foreach (var v in x)
        {
            if (v < lowest)
            {
                next = lowest;
                lowest = v;
            }
            else if (v > lowest && v < next)
            {
                next = v;
            }
        }

        return (lowest, next);
    }

    /// <summary>Applies a log transform in place to the non-missing values; returns a problem message or null.</summary>
    internal static MessageText? LogTransformInPlace(Span<double> x, LogTransform log)
    {
        var (min, max, count) = ColumnStatistics.MinMax(x);
        if (count == 0 || log == LogTransform.None)
        {
            return null;
        }

        var range = max - min;
        if (!(range > 0))
        {
            return MessageText.Of(nameof(Messages.OutliersLogConstant));
        }

        if (log == LogTransform.Gii && !(max > 1))
        {
            return MessageText.Of(nameof(Messages.OutliersGiiLogMaximum), max);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                continue;
            }

            x[i] = log == LogTransform.Gii
                ? Math.Log(((max - 1) * (x[i] - min) / range) + 1)
                : Math.Log(x[i] - min + (0.01 * range));
            if (!double.IsFinite(x[i]))
            {
                return MessageText.Of(log == LogTransform.Gii ? nameof(Messages.OutliersGiiLogUndefined) : nameof(Messages.OutliersCoinLogUndefined), max);
            }
        }

        return null;
    }
}
