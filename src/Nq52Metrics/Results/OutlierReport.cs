using System.Collections.Immutable;

namespace Nq52Metrics.Results;

/// <summary>How one point was changed by outlier treatment.</summary>
public enum TreatedPointKind
{
    /// <summary>Set down to the next lower value (a high outlier), COINr "winhi".</summary>
    WinsorisedHigh,

    /// <summary>Set up to the next higher value (a low outlier), COINr "winlo".</summary>
    WinsorisedLow,

    /// <summary>Log-transformed with the rest of its indicator.</summary>
    LogTransformed,
}

/// <summary>The treatment finally applied to an indicator.</summary>
public enum FinalTreatment
{
    /// <summary>Unchanged (it passed, or it was not checked).</summary>
    None,

    /// <summary>Winsorised.</summary>
    Winsorised,

    /// <summary>Log-transformed (winsorisation up to the limit was not enough).</summary>
    LogTransformed,

    /// <summary>It failed the check but the spec allowed no treatment (no points and no log transform).</summary>
    FailedUntreated,
}

/// <summary>One treated point.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Kind">What was done to it.</param>
public sealed record TreatedPoint(string Unit, TreatedPointKind Kind);

/// <summary>The outlier check and treatment of one indicator.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Skew">Skewness before treatment (NaN with fewer than 3 values or no spread).</param>
/// <param name="Kurtosis">Excess kurtosis before treatment (NaN with fewer than 4 values or no spread).</param>
/// <param name="Failed">True when the indicator failed the skew/kurtosis rule before treatment.</param>
/// <param name="WinsorisedCount">Points winsorised by the winsorisation stage (COINr's <c>nwin</c>; 0 when it did not run).
/// When the indicator was log-transformed instead, this is the count of the discarded winsorisation.</param>
/// <param name="SkewAfterWinsorisation">Skewness after winsorisation (NaN when not winsorised).</param>
/// <param name="KurtosisAfterWinsorisation">Kurtosis after winsorisation (NaN when not winsorised).</param>
/// <param name="FinalSkew">Skewness of the final values.</param>
/// <param name="FinalKurtosis">Kurtosis of the final values.</param>
/// <param name="Treatment">The treatment finally applied.</param>
/// <param name="Points">The points changed by the final treatment.</param>
public sealed record IndicatorTreatment(
    string Indicator,
    double Skew,
    double Kurtosis,
    bool Failed,
    int WinsorisedCount,
    double SkewAfterWinsorisation,
    double KurtosisAfterWinsorisation,
    double FinalSkew,
    double FinalKurtosis,
    FinalTreatment Treatment,
    ImmutableArray<TreatedPoint> Points);

/// <summary>What the outlier step did, one entry per indicator in framework order.</summary>
/// <param name="Indicators">The per-indicator details.</param>
public sealed record OutlierReport(ImmutableArray<IndicatorTreatment> Indicators)
{
    /// <summary>The entry of one indicator.</summary>
    /// <param name="indicator">An indicator code.</param>
    /// <returns>Its treatment details.</returns>
    /// <exception cref="KeyNotFoundException">Unknown indicator.</exception>
    public IndicatorTreatment this[string indicator] =>
        Indicators.FirstOrDefault(i => i.Indicator == indicator) ?? throw new KeyNotFoundException($"No indicator \"{indicator}\" in the outlier report.");

    /// <summary>A short summary: indicators checked, how many failed the rule, and the treated ones with their points changed.</summary>
    /// <returns>E.g. <c>Outliers: 49 indicators checked, 3 failed the rule; treated: Goods (Winsorised, 2 points), …</c>.</returns>
    public override string ToString()
    {
        var treated = Indicators.Where(i => !i.Points.IsEmpty).Select(i => $"{i.Indicator} ({i.Treatment}, {i.Points.Length} points)").ToList();
        return $"Outliers: {Indicators.Length} indicators checked, {Indicators.Count(i => i.Failed)} failed the rule; treated: {(treated.Count == 0 ? "none" : string.Join(", ", treated))}";
    }
}
