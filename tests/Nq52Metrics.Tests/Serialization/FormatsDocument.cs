using System.Text.RegularExpressions;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// The examples of docs/formats.md: every fenced code block preceded by a marker line
/// <c>&lt;!-- example: NAME --&gt;</c>, by name.
/// </summary>
internal static partial class FormatsDocument
{
    private static readonly Lazy<string> Text = new(() => RepositoryFiles.ReadText("docs", "formats.md").ReplaceLineEndings("\n"));

    /// <summary>The whole page.</summary>
    public static string Page => Text.Value;

    /// <summary>The examples by name (a name may be used once).</summary>
    public static IReadOnlyDictionary<string, string> Examples =>
        MarkedBlock().Matches(Page).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

    /// <summary>The language tag of every fenced block, with whether a marker precedes it.</summary>
    public static IEnumerable<(string Language, bool Marked)> FencedBlocks() =>
        AnyBlock().Matches(Page).Select(m => (m.Groups["lang"].Value, m.Groups["marker"].Success));

    /// <summary>The text of the section that starts with the given heading, up to the next heading of the same or a higher level.</summary>
    public static string Section(string heading)
    {
        var start = Page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/formats.md has no heading \"{heading}\".");
        var level = heading.TakeWhile(c => c == '#').Count();
        var next = Regex.Match(Page[(start + heading.Length + 2)..], $"\n#{{1,{level}}} ");
        return next.Success ? Page.Substring(start, heading.Length + 2 + next.Index) : Page[start..];
    }

    [GeneratedRegex(@"<!-- example: (?<name>[a-z-]+) -->\n```(?<lang>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();

    [GeneratedRegex(@"(?<marker><!-- example: [a-z-]+ -->\n)?```(?<lang>\w+)\n.*?```", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();
}
