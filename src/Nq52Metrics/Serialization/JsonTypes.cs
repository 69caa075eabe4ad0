using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The JSON types a problem names (internal): each a translated phrase (<c>a number</c> / <c>một số</c>), several
/// joined the language's way (<c>a string or null</c> / <c>một chuỗi hoặc null</c>).
/// </summary>
internal static class JsonTypes
{
    /// <summary>The phrase for one or more JSON Schema type names (<c>integer</c>, <c>number</c>, <c>string</c>, …).</summary>
    /// <param name="types">The type names, in the order to name them; unknown names are kept as they are.</param>
    /// <returns>A phrase for a message placeholder.</returns>
    public static object Phrase(IReadOnlyList<string> types) => List([.. types.Select(Phrase)]);

    /// <summary>Items joined the language's way: <c>a, b or c</c> / <c>a, b hoặc c</c>.</summary>
    /// <param name="items">Literal values or phrases.</param>
    /// <returns>A phrase for a message placeholder.</returns>
    public static object List(IReadOnlyList<object> items) => items.Count switch
    {
        0 => MessageText.Of(nameof(Messages.JsonFoundOther)),
        1 => items[0],
        2 => MessageText.Of(nameof(Messages.JsonListLast), items[0], items[1]),
        _ => MessageText.Of(nameof(Messages.JsonListMore), items[0], List([.. items.Skip(1)])),
    };

    /// <summary>The phrase for one JSON Schema type name.</summary>
    /// <param name="type">The type name; an unknown one is kept as it is.</param>
    /// <returns>A phrase for a message placeholder.</returns>
    public static object Phrase(string type) => type switch
    {
        "integer" => MessageText.Of(nameof(Messages.JsonTypeInteger)),
        "number" => MessageText.Of(nameof(Messages.JsonTypeNumber)),
        "string" => MessageText.Of(nameof(Messages.JsonTypeString)),
        "boolean" => MessageText.Of(nameof(Messages.JsonTypeBoolean)),
        "array" => MessageText.Of(nameof(Messages.JsonTypeArray)),
        "object" => MessageText.Of(nameof(Messages.JsonTypeObject)),
        "null" => "null",
        _ => type,
    };
}
