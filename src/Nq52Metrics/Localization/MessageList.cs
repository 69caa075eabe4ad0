using System.Collections.Immutable;

namespace Nq52Metrics.Localization;

/// <summary>
/// A list of translatable items (internal), e.g. the sources that give other values: each item a whole
/// <see cref="MessageText"/>, joined by a separator that reads the same in every language (<c>; </c>). Used as the
/// argument of a message, it renders in that message's language.
/// </summary>
/// <param name="Items">The items, in order.</param>
/// <param name="Separator">What stands between two items.</param>
internal sealed record MessageList(ImmutableArray<MessageText> Items, string Separator) : IFormattable
{
    /// <summary>The items in the language whose culture <paramref name="formatProvider"/> is, joined by the separator.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = DisplayLanguage.Of(formatProvider);
        return string.Join(Separator, Items.Select(item => item.In(language)));
    }

    /// <summary>The items in English.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>Equal when the items (in order) and the separator are.</summary>
    public bool Equals(MessageList? other) =>
        other is not null && Separator == other.Separator && Items.SequenceEqual(other.Items);

    /// <summary>A hash of the separator and the number of items.</summary>
    public override int GetHashCode() => HashCode.Combine(Separator, Items.Length);
}
