using System.Globalization;

namespace Nq52Metrics.Serialization;

/// <summary>Parsing and formatting of numbers at the file boundary: invariant culture, round-trip exact.</summary>
internal static class CsvNumbers
{
    /// <summary>True for the spellings of a missing value: empty, <c>NA</c>, <c>NaN</c> (any case).</summary>
    public static bool IsMissing(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length == 0 || t.Equals("NA", StringComparison.OrdinalIgnoreCase) || t.Equals("NaN", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for spellings of an infinite value: <c>Inf</c>, <c>-Inf</c> (R), <c>Infinity</c>, or a number too large for a double.</summary>
    public static bool IsInfinite(string text)
    {
        var t = text.AsSpan().Trim().TrimStart("+-");
        return t.Equals("Inf", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || (double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsInfinity(v));
    }

    /// <summary>Parses a finite number; returns false for anything else (infinities included).</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Formats with the shortest representation that parses back to the same double ("R").</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("R", CultureInfo.InvariantCulture);
}
