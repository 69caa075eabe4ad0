using System.Globalization;
using System.Text;

using Nq52Metrics.Localization;

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
            || (ControlCharacterIndex(text) < 0
                && double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                && double.IsInfinity(v));
    }

    /// <summary>
    /// Parses a finite number; returns false for anything else: infinities, and text holding a control character
    /// (e.g. <c>1\0</c>, which .NET's parser would otherwise read as 1) other than the white space around the number.
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        if (ControlCharacterIndex(text) >= 0)
        {
            value = double.NaN;
            return false;
        }

        return double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>
    /// Why a cell that is neither missing nor a finite number was refused, in one sentence that quotes the cell
    /// with its control characters made visible (<c>U+0000</c>).
    /// </summary>
    public static ValidationProblem Problem(ProblemLocation where, string text)
    {
        var control = ControlCharacterIndex(text);
        if (control >= 0)
        {
            return ProblemMessages.Problem(where, nameof(Messages.CsvNumberControlCharacter), ProblemText.Quote(Show(text)), (int)text[control], control + 1);
        }

        return IsInfinite(text)
            ? ProblemMessages.Problem(where, nameof(Messages.CsvNumberInfinite), ProblemText.Quote(text))
            : ProblemMessages.Problem(where, nameof(Messages.CsvNotANumber), ProblemText.Quote(text));
    }

    /// <summary>The text with every control character written as its code point in angle brackets (NUL as <c>&lt;U+0000&gt;</c>), for messages.</summary>
    public static string Show(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>") : c.ToString());
        }

        return shown.ToString();
    }

    /// <summary>Formats with the shortest representation that parses back to the same double ("R").</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The 0-based position of the first control character inside the trimmed text, or -1 when there is none.</summary>
    private static int ControlCharacterIndex(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
