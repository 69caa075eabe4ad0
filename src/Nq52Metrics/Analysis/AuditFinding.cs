using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// A problem the audit found in the index (not in its input): a flagged indicator, a low or negative Cronbach's alpha,
/// a first principal component of mixed signs, a node negatively correlated with its parent, collinear siblings.
/// A finding of the audit carries its message as a key and arguments (<see cref="MessageKey"/>,
/// <see cref="MessageArguments"/>), so <see cref="MessageIn"/> shows it in another language with that language's
/// numbers; <see cref="Message"/> is the English text (what files hold).
/// </summary>
/// <param name="Location">The node or indicator concerned, e.g. <c>Sust</c>.</param>
/// <param name="Message">What was found, in English, e.g. <c>Cronbach's alpha -0.29, children negatively correlated</c>.</param>
public sealed record AuditFinding(string Location, string Message)
{
    /// <summary>The key of the message among the library's translated messages; null for a finding made from plain text.</summary>
    public string? MessageKey { get; private init; }

    /// <summary>The values placed into the message (codes, numbers); empty when there is no <see cref="MessageKey"/>.</summary>
    public ImmutableArray<object> MessageArguments { get; private init; } = [];

    /// <summary>A finding with a translated message: the English text is formatted now, other languages on demand.</summary>
    /// <param name="location">The node or indicator concerned.</param>
    /// <param name="key">A key of the library's messages.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The finding.</returns>
    internal static AuditFinding Keyed(string location, string key, params object[] arguments) =>
        new(location, ProblemMessages.Format(key, DisplayLanguage.English, [.. arguments])) { MessageKey = key, MessageArguments = [.. arguments] };

    /// <summary>The message in <paramref name="language"/>, numbers written the language's way (<c>0,29</c> in Vietnamese); <see cref="Message"/> when the finding has no key.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return MessageKey is null ? Message : ProblemMessages.Format(MessageKey, language, MessageArguments);
    }

    /// <summary>Two findings are equal when they concern the same place with the same English message.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AuditFinding? other) => other is not null && Location == other.Location && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Location, Message);

    /// <summary>Formats the finding as <c>location: message</c>.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => $"{Location}: {Message}";

    /// <summary>Formats the finding as <c>location: message</c> in <paramref name="language"/>; the location stays literal.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The finding on one line.</returns>
    public string ToString(DisplayLanguage language) => $"{Location}: {MessageIn(language)}";
}
