using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Localization;

/// <summary>
/// A language for text shown to people (messages, table headers, chart labels): English (<c>en</c>, the default) or
/// Vietnamese (<c>vi</c>). It fixes how numbers and dates read on screen: English writes numbers in the invariant
/// form (<c>1234.5</c>) and dates as <c>2019-09-27</c>; Vietnamese uses a decimal comma and a dot between thousands
/// (<c>1.234,5</c>) and writes dates as <c>ngày 27/9/2019</c>. Files never depend on it: CSV, JSON and Excel are
/// always written in the invariant form.
/// </summary>
/// <remarks>
/// The separators are set here, not taken from the operating system's locale data, so output is the same on every
/// machine. Missing values (NaN) have no number form: callers show them as <c>NA</c> in both languages.
/// </remarks>
public sealed class DisplayLanguage
{
    private DisplayLanguage(string code, CultureInfo culture)
    {
        Code = code;
        Culture = culture;
    }

    /// <summary>English: the library's default; numbers and dates in the invariant form.</summary>
    public static DisplayLanguage English { get; } = new("en", Fixed("en", decimalSeparator: ".", groupSeparator: ","));

    /// <summary>Vietnamese: decimal comma, a dot between thousands, dates as <c>ngày 27/9/2019</c>.</summary>
    public static DisplayLanguage Vietnamese { get; } = new("vi", Fixed("vi", decimalSeparator: ",", groupSeparator: "."));

    /// <summary>Every language, English first.</summary>
    public static ImmutableArray<DisplayLanguage> All { get; } = [English, Vietnamese];

    /// <summary>The language code: <c>en</c> or <c>vi</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// The culture to look translations up with and to format numbers with (its separators are those described
    /// above; read-only).
    /// </summary>
    public CultureInfo Culture { get; }

    /// <summary>The language with the code <paramref name="code"/> (<c>en</c> or <c>vi</c>, any case, surrounding spaces ignored).</summary>
    /// <param name="code">The code; null or empty finds nothing.</param>
    /// <param name="language">The language, or null when the code is not one of them.</param>
    /// <returns>True when the code names a language.</returns>
    public static bool TryParse(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisplayLanguage? language)
    {
        var wanted = code?.Trim();
        language = null;
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, wanted, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
            }
        }

        return language is not null;
    }

    /// <summary>
    /// A number as this language writes it, with a .NET format such as <c>F2</c> or <c>N0</c>: <c>47.75</c> or
    /// <c>47,75</c>. NaN is written <c>NA</c> in both languages.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="format">The numeric format string (default: shortest round-trip form).</param>
    /// <returns>The text.</returns>
    public string Number(double value, string? format = null) =>
        double.IsNaN(value) ? "NA" : value.ToString(format, Culture);

    /// <summary>A date as this language writes it in running text: <c>2019-09-27</c> or <c>ngày 27/9/2019</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Date(DateOnly date) =>
        Code == "vi"
            ? string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day}/{date.Month}/{date.Year}")
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The language whose <see cref="Culture"/> <paramref name="provider"/> is; English for any other provider or null.</summary>
    internal static DisplayLanguage Of(IFormatProvider? provider) =>
        provider is CultureInfo culture && culture.Name == Vietnamese.Culture.Name ? Vietnamese : English;

    /// <summary>The code, e.g. <c>vi</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static CultureInfo Fixed(string name, string decimalSeparator, string groupSeparator)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = decimalSeparator;
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.PercentDecimalSeparator = decimalSeparator;
        numbers.PercentGroupSeparator = groupSeparator;
        numbers.CurrencyDecimalSeparator = decimalSeparator;
        numbers.CurrencyGroupSeparator = groupSeparator;
        culture.NumberFormat = numbers;
        return CultureInfo.ReadOnly(culture);
    }
}
