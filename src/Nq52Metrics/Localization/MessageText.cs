using System.Collections.Immutable;

namespace Nq52Metrics.Localization;

/// <summary>
/// A translatable sentence or phrase (internal): a key of <see cref="Messages"/> and the values for its placeholders,
/// rendered in a language only when shown. It may itself be the argument of another message: formatted with a
/// language's culture, it renders in that language, so a longer message can hold a translated phrase without
/// joining translated fragments.
/// </summary>
/// <param name="Key">A key of <see cref="Messages"/> (use <c>nameof(Messages.X)</c>).</param>
/// <param name="Arguments">The values for the placeholders (numbers are written the language's way).</param>
internal sealed record MessageText(string Key, ImmutableArray<object> Arguments) : IFormattable
{
    /// <summary>The message <paramref name="key"/> with its arguments.</summary>
    public static MessageText Of(string key, params object[] arguments) => new(key, [.. arguments]);

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(DisplayLanguage language) => ProblemMessages.Format(Key, language, Arguments);

    /// <summary>The text in the language whose culture <paramref name="formatProvider"/> is (English for any other).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => In(DisplayLanguage.Of(formatProvider));

    /// <summary>The English text.</summary>
    public override string ToString() => In(DisplayLanguage.English);

    /// <summary>Equal when the keys and the arguments (in order) are.</summary>
    public bool Equals(MessageText? other) =>
        other is not null && Key == other.Key && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash of the key and the number of arguments.</summary>
    public override int GetHashCode() => HashCode.Combine(Key, Arguments.Length);
}
