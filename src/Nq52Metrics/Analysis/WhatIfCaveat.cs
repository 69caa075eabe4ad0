using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// One reason a what-if answer may not be exact, or a limit of its scope. A caveat of the analysis carries its message
/// as a key and arguments (<see cref="MessageKey"/>, <see cref="MessageArguments"/>), so <see cref="MessageIn"/> shows
/// it in another language with that language's numbers; <see cref="Message"/> is the English text.
/// </summary>
/// <param name="Kind">The kind of caveat.</param>
/// <param name="Indicator">The indicator concerned, if one.</param>
/// <param name="Message">One sentence for the user, in English.</param>
public sealed record WhatIfCaveat(WhatIfCaveatKind Kind, string? Indicator, string Message)
{
    /// <summary>True when the caveat means the linear answer is not exact (all but <see cref="WhatIfCaveatKind.IndicatorsExcluded"/>).</summary>
    public bool BreaksExactness => Kind != WhatIfCaveatKind.IndicatorsExcluded;

    /// <summary>The key of the message among the library's translated messages; null for a caveat made from plain text.</summary>
    public string? MessageKey { get; private init; }

    /// <summary>The values placed into the message (quoted codes, numbers); empty when there is no <see cref="MessageKey"/>.</summary>
    public ImmutableArray<object> MessageArguments { get; private init; } = [];

    /// <summary>A caveat with a translated message: the English text is formatted now, other languages on demand.</summary>
    /// <param name="kind">The kind of caveat.</param>
    /// <param name="indicator">The indicator concerned, if one.</param>
    /// <param name="key">A key of the library's messages.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The caveat.</returns>
    internal static WhatIfCaveat Keyed(WhatIfCaveatKind kind, string? indicator, string key, params object[] arguments) =>
        new(kind, indicator, ProblemMessages.Format(key, DisplayLanguage.English, [.. arguments])) { MessageKey = key, MessageArguments = [.. arguments] };

    /// <summary>
    /// The message in <paramref name="language"/>, numbers written the language's way (<c>47,75</c> in Vietnamese);
    /// <see cref="Message"/> when the caveat has no key. Codes stay literal in every language.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return MessageKey is null ? Message : ProblemMessages.Format(MessageKey, language, MessageArguments);
    }

    /// <summary>Two caveats are equal when their kind, indicator and English message are.</summary>
    /// <param name="other">The other caveat.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(WhatIfCaveat? other) =>
        other is not null && Kind == other.Kind && Indicator == other.Indicator && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Indicator, Message);
}
