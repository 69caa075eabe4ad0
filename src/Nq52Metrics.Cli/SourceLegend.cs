using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>The legend of the sources a report cites: one line per key with title, publisher, date and address.</summary>
internal static class SourceLegend
{
    /// <summary>Writes <c>Sources:</c> and one line per source key, in the order given; nothing when there are none.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds holding the sources.</param>
    /// <param name="keys">The source keys cited.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, IEnumerable<string> keys)
    {
        var cited = keys.Distinct(StringComparer.Ordinal).ToList();
        if (cited.Count == 0)
        {
            return;
        }

        app.Output.WriteLine(CliTexts.SourcesHeading);
        foreach (var key in cited)
        {
            var source = seeds.Source(key);
            var details = new[] { source.Publisher, source.Date, source.Address }.Where(d => !string.IsNullOrWhiteSpace(d));
            var suffix = string.Join(", ", details);
            app.Output.WriteLine($"  {key}: {source.Title}{(suffix.Length == 0 ? "" : " — " + suffix)}");
        }
    }
}
