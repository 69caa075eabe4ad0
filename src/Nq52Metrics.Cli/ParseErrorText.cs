using System.Text.RegularExpressions;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Cli;

/// <summary>
/// The parser's own usage errors (unknown command or option with its suggestions, a missing option or value) in the
/// chosen language. System.CommandLine words them in English only (it has no Vietnamese resources, and its resources
/// cannot be extended), so a Vietnamese run recognises each of its English sentences and says it again from
/// <see cref="CliTexts"/>; an unrecognised sentence, and every sentence of an English run, is shown as the parser wrote it.
/// </summary>
internal static class ParseErrorText
{
    /// <summary>The parser's English sentences (its placeholders become the captured values) and our entry for each.</summary>
    private static readonly (Regex Pattern, Func<string> Text)[] Known =
    [
        (Sentence("Unrecognized command or argument '{0}'."), () => CliTexts.ParseUnrecognized),
        (Sentence("Option '{0}' is required."), () => CliTexts.ParseOptionRequired),
        (Sentence("Required argument missing for option: '{0}'."), () => CliTexts.ParseOptionValueMissing),
        (Sentence("Required argument missing for command: '{0}'."), () => CliTexts.ParseCommandArgumentMissing),
        (Sentence("Required command was not provided."), () => CliTexts.ParseCommandMissing),
        (Sentence("'{0}' was not matched. Did you mean one of the following?{1}"), () => CliTexts.ParseDidYouMean),
        (Sentence("Option '{0}' expects a single argument but {1} were provided."), () => CliTexts.ParseSingleValue),
        (Sentence("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'."), () => CliTexts.ParseCannotRead),
    ];

    /// <summary>The parser's message in <paramref name="language"/> (unchanged in English, or when it is not one of the known sentences).</summary>
    /// <param name="message">The message as the parser wrote it.</param>
    /// <param name="language">The language of the run.</param>
    /// <returns>The message to show.</returns>
    public static string Translate(string message, DisplayLanguage language)
    {
        if (language == DisplayLanguage.English)
        {
            return message;
        }

        foreach (var (pattern, text) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return PiiText.Format(text(), [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
            }
        }

        return message;
    }

    /// <summary>A pattern matching a whole sentence of the parser, with <c>{n}</c> capturing any text.</summary>
    private static Regex Sentence(string template)
    {
        var escaped = Regex.Escape(template);
        var pattern = Regex.Replace(escaped, @"\\\{\d}", "(.*?)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return new Regex($"^{pattern}$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
