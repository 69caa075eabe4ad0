using Nq52Metrics.Localization;

namespace Nq52Metrics.Charts;

/// <summary>
/// The labels of the charts (titles, axis titles, legends, notes) in the language of <see cref="ChartOptions.Language"/>
/// (internal): one <see cref="ChartTexts"/> entry per label, a composite format string whose numbers follow the language.
/// </summary>
internal static class ChartText
{
    /// <summary>The label <paramref name="key"/> (<c>nameof(ChartTexts.X)</c>) in the options' language, filled in with <paramref name="arguments"/>.</summary>
    public static string Of(ChartOptions? options, string key, params object?[] arguments)
    {
        var language = (options ?? ChartOptions.Default).Language;
        var pattern = ChartTexts.ResourceManager.GetString(key, language.Culture)
            ?? throw new ArgumentException($"No chart label has the key \"{key}\".", nameof(key));
        return arguments.Length == 0 ? pattern : string.Format(language.Culture, pattern, arguments);
    }
}
