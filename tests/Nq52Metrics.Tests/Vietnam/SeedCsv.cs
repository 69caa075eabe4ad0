using System.Text;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Reads a file of <c>seeds/vietnam</c> into rows keyed by column name (quoted fields, commas inside quotes), so tests check printed figures against the file itself.</summary>
internal static class SeedCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(SeedFolder.Vietnam, file), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = CsvFields.Split(lines[0]);
        return lines.Skip(1)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Zip(CsvFields.Split(l)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }
}
