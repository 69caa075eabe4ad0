using System.Collections.Immutable;
using System.Globalization;
using System.Resources;

namespace Nq52Metrics.Localization;

/// <summary>
/// The translated validation messages of the library (internal): one entry per key in <c>Messages.resx</c> (English)
/// and <c>Messages.vi.resx</c> (Vietnamese), each a composite format string whose placeholders take the message's
/// arguments. A message is never assembled from translated pieces: each whole sentence is one entry.
/// </summary>
internal static class ProblemMessages
{
    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>, its arguments formatted with the language's numbers.</summary>
    /// <param name="key">A key of <see cref="Messages"/> (use <c>nameof(Messages.X)</c>).</param>
    /// <param name="language">The language.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(string key, DisplayLanguage language, ImmutableArray<object> arguments)
    {
        var pattern = Messages.ResourceManager.GetString(key, language.Culture)
            ?? throw new ArgumentException($"No message has the key \"{key}\".", nameof(key));
        return arguments.IsDefaultOrEmpty ? pattern : string.Format(language.Culture, pattern, [.. arguments]);
    }

    /// <summary>A problem at <paramref name="where"/> with the message <paramref name="key"/>.</summary>
    /// <param name="where">Where the problem is.</param>
    /// <param name="key">A key of <see cref="Messages"/> (use <c>nameof(Messages.X)</c>).</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem Problem(ProblemLocation where, string key, params object[] arguments) =>
        new(where, key, [.. arguments]);

    /// <summary>A problem at <paramref name="where"/> whose message is <paramref name="text"/>.</summary>
    /// <param name="where">Where the problem is.</param>
    /// <param name="text">The message key and its arguments.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem Problem(ProblemLocation where, MessageText text) => new(where, text.Key, text.Arguments);

    /// <summary>The exception to throw for one problem <paramref name="key"/> at a named place given as text (kept as the location's parameter).</summary>
    /// <param name="location">Where the problem is, e.g. <c>pillar</c> or <c>unit "x"</c>.</param>
    /// <param name="key">A key of <see cref="Messages"/> (use <c>nameof(Messages.X)</c>).</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The exception (not thrown).</returns>
    public static Nq52ValidationException Invalid(string location, string key, params object[] arguments) =>
        new([Problem(ProblemLocation.OfParameter(location), key, arguments)]);

    /// <summary>The keys and texts of one language's resource file (for tests of key parity).</summary>
    /// <param name="culture">The culture of the file (the invariant culture for the English one).</param>
    /// <returns>Key → text, without falling back to another language.</returns>
    public static IReadOnlyDictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Messages.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (set is not null)
        {
            foreach (System.Collections.DictionaryEntry entry in set)
            {
                entries[(string)entry.Key] = (string)entry.Value!;
            }
        }

        return entries;
    }

    /// <summary>The resource manager of the messages (so other assemblies' tests can inspect it).</summary>
    public static ResourceManager Resources => Messages.ResourceManager;
}
