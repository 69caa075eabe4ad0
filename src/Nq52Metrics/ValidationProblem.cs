using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics;

/// <summary>
/// One problem found while validating an input: where it is (<see cref="Where"/>: a file, line and column or JSON
/// path, a unit, a node or a parameter) and what is wrong with it.
/// </summary>
/// <remarks>
/// A problem the library finds carries its message as a key and arguments (<see cref="MessageKey"/>,
/// <see cref="MessageArguments"/>), so it can be shown in another language with <see cref="MessageIn"/> and
/// <see cref="ToString(DisplayLanguage)"/>; <see cref="Message"/> is always the English text. The location stays
/// literal in every language (file names, line and column numbers, codes).
/// </remarks>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem at a structured location.</summary>
    /// <param name="where">Where the problem is.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    public ValidationProblem(ProblemLocation where, string message)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(message);
        Where = where;
        Message = message;
    }

    /// <summary>Creates a problem whose location is a named place given as text (kept as <see cref="ProblemLocation.Parameter"/>).</summary>
    /// <param name="location">Where the problem is, e.g. <c>--runs</c> or <c>share band</c>.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    public ValidationProblem(string location, string message)
        : this(ProblemLocation.OfParameter(location), message)
    {
    }

    /// <summary>
    /// Creates a problem whose message is the translation <paramref name="key"/> formatted with
    /// <paramref name="arguments"/> (composite format placeholders <c>{0}</c>, <c>{1:F2}</c>…); <see cref="Message"/>
    /// is its English text.
    /// </summary>
    internal ValidationProblem(ProblemLocation where, string key, ImmutableArray<object> arguments)
        : this(where, ProblemMessages.Format(key, DisplayLanguage.English, arguments))
    {
        MessageKey = key;
        MessageArguments = arguments;
    }

    /// <summary>Where the problem is.</summary>
    public ProblemLocation Where { get; init; }

    /// <summary>
    /// The key of the message among the library's translations, or null when the message was given as plain text
    /// (it then reads the same in every language).
    /// </summary>
    public string? MessageKey { get; }

    /// <summary>The values placed into the message (codes, quoted input, numbers); empty when there is no <see cref="MessageKey"/>.</summary>
    public ImmutableArray<object> MessageArguments { get; } = [];

    /// <summary>What is wrong, in one sentence.</summary>
    public string Message { get; init; }

    /// <summary>The location as text, e.g. <c>iData.csv line 4, column "LPI"</c> or <c>node "Conn"</c> (see <see cref="ProblemLocation.ToString"/>).</summary>
    public string Location => Where.ToString();

    /// <summary>The same problem read from <paramref name="source"/> (see <see cref="ProblemLocation.From"/>).</summary>
    /// <param name="source">The file or folder name as given.</param>
    /// <returns>The problem with a source.</returns>
    public ValidationProblem From(string source) => this with { Where = Where.From(source) };

    /// <summary>
    /// Two problems are equal when their locations and (English) messages are, whether or not they carry a
    /// translation key: the same problem said the same way.
    /// </summary>
    /// <param name="other">The other problem.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ValidationProblem? other) =>
        other is not null && Where == other.Where && Message == other.Message;

    /// <summary>A hash of the location and message.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Where, Message);

    /// <summary>
    /// The message in <paramref name="language"/>: the translation of <see cref="MessageKey"/> with numbers written
    /// the language's way (<c>47,75</c> in Vietnamese); <see cref="Message"/> itself when there is no key.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return MessageKey is null ? Message : ProblemMessages.Format(MessageKey, language, MessageArguments);
    }

    /// <summary>Formats the problem as <c>location: message</c> (just the message when the location is empty).</summary>
    /// <returns>The location and message on one line.</returns>
    public override string ToString() => ToString(DisplayLanguage.English);

    /// <summary>
    /// Formats the problem as <c>location: message</c> with the message in <paramref name="language"/> (see
    /// <see cref="MessageIn"/>); the location is the same in every language.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The location and message on one line.</returns>
    public string ToString(DisplayLanguage language)
    {
        var message = MessageIn(language);
        return Location is { Length: > 0 } location ? $"{location}: {message}" : message;
    }
}
