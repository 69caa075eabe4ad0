using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Localization;

/// <summary>
/// A translatable sentence or phrase (internal): a key of <see cref="Messages"/> and the values for its placeholders,
/// rendered in a language only when shown. A check that does not know where it is (a method's <c>Problem()</c>, a
/// kernel's failure) returns one, and the caller places it with <see cref="At(ProblemLocation)"/>. It may also be the
/// argument of another message: formatted with a language's culture it renders in that language, so a longer message
/// can hold a translated phrase ("a number", a reason, a list item) without joining translated fragments.
/// </summary>
/// <param name="Key">A key of <see cref="Messages"/> (use <c>nameof(Messages.X)</c>).</param>
/// <param name="Arguments">The values for the placeholders (numbers are written the language's way).</param>
internal sealed record MessageText(string Key, ImmutableArray<object> Arguments) : IFormattable
{
    /// <summary>The message <paramref name="key"/> with its arguments.</summary>
    /// <exception cref="ArgumentException">No message has the key (a programming error).</exception>
    public static MessageText Of(string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        _ = Messages.ResourceManager.GetString(key, CultureInfo.InvariantCulture)
            ?? throw new ArgumentException($"No message has the key \"{key}\".", nameof(key));
        return new(key, [.. arguments]);
    }

    /// <summary>The problem at <paramref name="where"/> with this message.</summary>
    public ValidationProblem At(ProblemLocation where) => new(where, Key, Arguments);

    /// <summary>The problem at a named place given as text (kept as the location's parameter).</summary>
    public ValidationProblem At(string location) => At(ProblemLocation.OfParameter(location));

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
