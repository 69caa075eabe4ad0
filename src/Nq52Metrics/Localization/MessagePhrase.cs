using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Localization;

/// <summary>
/// A phrase that fills a placeholder of a translated message and is itself translated (internal): a JSON type such
/// as "a number" / "một số", or the kind of value found, such as <c>the string "a"</c> / <c>chuỗi "a"</c>. It renders
/// in the language of the message it is placed in (the culture <see cref="string.Format(IFormatProvider, string, object[])"/>
/// passes on), so the whole sentence is still one entry with placeholders and only the noun phrase inside varies.
/// </summary>
/// <param name="Key">A key of <see cref="Messages"/>.</param>
/// <param name="Arguments">The values for the phrase's own placeholders (literal values or other phrases).</param>
internal sealed record MessagePhrase(string Key, ImmutableArray<object> Arguments) : IFormattable
{
    /// <summary>A phrase with its arguments.</summary>
    public static MessagePhrase Of(string key, params object[] arguments) => new(key, [.. arguments]);

    /// <summary>The phrase in the language of <paramref name="formatProvider"/> (English unless it is Vietnamese).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ProblemMessages.Format(Key, LanguageOf(formatProvider), Arguments);

    /// <summary>The phrase in English.</summary>
    public override string ToString() => ToString(null, DisplayLanguage.English.Culture);

    private static DisplayLanguage LanguageOf(IFormatProvider? provider) =>
        provider is CultureInfo culture && culture.TwoLetterISOLanguageName == DisplayLanguage.Vietnamese.Culture.TwoLetterISOLanguageName
            ? DisplayLanguage.Vietnamese
            : DisplayLanguage.English;
}
