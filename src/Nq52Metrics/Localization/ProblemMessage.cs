using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Localization;

/// <summary>
/// A translated message not yet tied to a location (internal): a key of <see cref="Messages"/> and the values for its
/// placeholders. Method checks and kernels return one (a parameter is invalid, a column cannot be normalised), and the
/// caller places it with <see cref="At(ProblemLocation)"/>, so the problem can be shown in either language.
/// </summary>
/// <remarks>
/// As a placeholder value of another message, or formatted with a language's culture, it renders in that language
/// (<see cref="IFormattable"/>); converted to text without one it is the English sentence.
/// </remarks>
internal sealed class ProblemMessage : IFormattable
{
    private ProblemMessage(string key, ImmutableArray<object> arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>The key of the message among the library's translations.</summary>
    public string Key { get; }

    /// <summary>The values placed into the message.</summary>
    public ImmutableArray<object> Arguments { get; }

    /// <summary>The message <paramref name="key"/> (use <c>nameof(Messages.X)</c>) with its placeholder values.</summary>
    /// <exception cref="ArgumentException">No message has the key (a programming error).</exception>
    public static ProblemMessage Of(string key, params object[] arguments)
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

    /// <summary>The message in <paramref name="language"/>, its numbers written the language's way.</summary>
    public string In(DisplayLanguage language) => ProblemMessages.Format(Key, language, Arguments);

    /// <summary>The English message.</summary>
    public override string ToString() => In(DisplayLanguage.English);

    /// <summary>The message in the display language whose culture is <paramref name="formatProvider"/> (English for any other).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        foreach (var language in DisplayLanguage.All)
        {
            if (ReferenceEquals(language.Culture, formatProvider))
            {
                return In(language);
            }
        }

        return ToString();
    }

    /// <summary>The English message, for places that take plain text (an exception's message, an English-only log).</summary>
    public static implicit operator string(ProblemMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ToString();
    }
}
