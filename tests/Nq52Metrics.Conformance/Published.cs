using System.Globalization;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Comparison with published figures that were rounded: a value given with d decimals matches when
/// |actual − published| ≤ ½·10⁻ᵈ (plus a hair for the binary representation of the published figure).
/// A missing published value (NaN) matches only NaN.
/// </summary>
public static class Published
{
    /// <summary>Asserts that <paramref name="actual"/> rounds to <paramref name="published"/>.</summary>
    /// <param name="published">The figure as published.</param>
    /// <param name="decimals">How many decimals it was published with.</param>
    /// <param name="actual">Our value.</param>
    /// <param name="what">What the value is, for the failure message.</param>
    public static void Equal(double published, int decimals, double actual, string what)
    {
        if (double.IsNaN(published))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, actual {actual.ToString("R", CultureInfo.InvariantCulture)}.");
            return;
        }

        var tolerance = (0.5 * Math.Pow(10, -decimals)) + 1e-12;
        Assert.True(
            Math.Abs(actual - published) <= tolerance,
            $"{what}: expected {published.ToString(CultureInfo.InvariantCulture)} (±{tolerance:G3}), actual {actual.ToString("R", CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Asserts element by element that <paramref name="actual"/> rounds to <paramref name="published"/>.</summary>
    /// <param name="published">The figures as published (NaN = missing).</param>
    /// <param name="decimals">How many decimals they were published with.</param>
    /// <param name="actual">Our values.</param>
    /// <param name="what">What the values are, for the failure message.</param>
    public static void Equal(IReadOnlyList<double> published, int decimals, IReadOnlyList<double> actual, string what)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(published.Count, actual.Count);
        for (var i = 0; i < published.Count; i++)
        {
            Equal(published[i], decimals, actual[i], $"{what}[{i}]");
        }
    }
}
