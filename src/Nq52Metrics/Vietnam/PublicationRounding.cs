using System.Globalization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// How PII figures are published: two decimals, rounded half-up from exact decimal arithmetic. Binary doubles cannot
/// do this reliably: (51.50 + 47.23) / 2 is 49.365 exactly in decimal and must publish as 49.37 (Huế, PII 2025), but
/// the nearest double lies just below 49.365. So sub-indices are combined in <see cref="decimal"/> and then rounded
/// with <see cref="MidpointRounding.AwayFromZero"/> (half-up for the non-negative scores an index publishes).
/// </summary>
public static class PublicationRounding
{
    /// <summary>The number of decimals PII figures are published with.</summary>
    public const int Decimals = 2;

    /// <summary>Rounds half-up (away from zero) to the given number of decimals.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">Decimals to keep (0–28); default 2.</param>
    /// <returns>The rounded value, carrying exactly <paramref name="decimals"/> decimals (49.4 → 49.40).</returns>
    public static decimal RoundHalfUp(decimal value, int decimals = Decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return decimal.Parse(rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The published PII from its two sub-indices: (input + output) / 2, computed exactly and rounded half-up to two
    /// decimals. Huế 2025: 51.50 and 47.23 give 49.37; Thanh Hóa 2024: 42.25 and 30.85 give 36.55.
    /// </summary>
    /// <param name="input">The Input sub-index (as published or exact).</param>
    /// <param name="output">The Output sub-index.</param>
    /// <returns>The published PII.</returns>
    public static decimal Pii(decimal input, decimal output) => RoundHalfUp((input + output) / 2m);

    /// <summary>
    /// The decimal a computed double stands for: its shortest round-trip representation (e.g. the double nearest
    /// 49.365 becomes 49.365, not 49.36499999…). Use it before <see cref="RoundHalfUp"/> on built scores.
    /// </summary>
    /// <param name="value">A finite double.</param>
    /// <returns>The decimal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or outside the decimal range.</exception>
    public static decimal ToDecimal(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 7.9e28)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite values within the decimal range can be published.");
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>A built score as published: its round-trip decimal rounded half-up to two decimals; null when missing (NaN).</summary>
    /// <param name="value">A score (NaN = missing).</param>
    /// <returns>The published figure, or null.</returns>
    public static decimal? Publish(double value) => double.IsNaN(value) ? null : RoundHalfUp(ToDecimal(value));
}
