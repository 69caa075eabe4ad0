using System.Text;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Reads a file of <c>seeds/vietnam</c> into rows keyed by column name (quoted fields, commas inside quotes), so tests check printed figures against the file itself.</summary>
internal static class SeedCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(SeedFolder.Vietnam, file), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
