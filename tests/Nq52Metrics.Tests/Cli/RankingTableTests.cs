using System.Globalization;
using System.Text.RegularExpressions;
using Nq52Metrics.Cli;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;
using Spectre.Console;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// The ranking table fits the terminal: with many children and a narrow width it shows fewer child columns (and says
/// so), never splits a number across lines, and never shows a cell cut to "…".
/// </summary>
public sealed partial class RankingTableTests
{
    private const int Children = 14;

    private static readonly Lazy<IndexResult> Wide = new(BuildWide);

    /// <summary>An index of 14 pillars (one indicator each) over six units with long names.</summary>
    private static IndexResult BuildWide()
    {
        var nodes = new List<FrameworkNode>();
        for (var k = 1; k <= Children; k++)
        {
            nodes.Add(Nodes.Indicator($"I{k:00}", $"Pillar{k:00}"));
            nodes.Add(Nodes.Aggregate($"Pillar{k:00}", 2, "Index"));
        }

        nodes.Add(Nodes.Aggregate("Index", 3, null));
        var units = Enumerable.Range(1, 6).Select(i => new Unit($"U{i}", $"Unit number {i} with a rather long name")).ToList();
        var rows = units.Select((_, i) => (IReadOnlyList<double>)Enumerable.Range(1, Children).Select(k => (double)((i * 7) + (k * 3)) % 11).ToArray()).ToList();
        var table = UnitTable.FromRows(units, Enumerable.Range(1, Children).Select(k => $"I{k:00}"), rows);
        return IndexBuilder.Build(IndexFramework.Create(nodes), Dataset.Create(table), new Methodology { OutlierTreatment = OutlierTreatmentSpec.None });
    }

    private static (List<string> Lines, RankingTable Table) Render(int width)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = width;
        var table = RankingTable.Create(Wide.Value, "Index", null, width);
        table.Write(console);
        return (text.ToString().ReplaceLineEndings("\n").Split('\n').ToList(), table);
    }

    private static string[] Cells(string line) => line.Split('│')[1..^1].Select(c => c.Trim()).ToArray();

    [GeneratedRegex(@"^(NA|-?\d+\.\d\d)$")]
    private static partial Regex Score();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Rank();

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(120)]
    public void Every_number_stays_whole_on_one_line_and_no_cell_is_cut(int width)
    {
        var (lines, _) = Render(width);
        var tableLines = lines.Where(l => l.StartsWith('│')).ToList();
        var header = Cells(tableLines[0]);
        var body = tableLines.Skip(1).Select(Cells).ToList();
        var numeric = Enumerable.Range(0, header.Length).Where(c => header[c] is not ("Code" or "Name")).ToList();

        Assert.All(lines, l => Assert.True(l.Length <= width, $"\"{l}\" is wider than {width}."));
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal));
        Assert.Equal(Wide.Value.Units.Length, body.Count(cells => cells[0].Length > 0));
        foreach (var cells in body.Where(cells => cells[0].Length > 0))
        {
            Assert.Matches(Rank(), cells[0]);
            Assert.All(numeric.Skip(1), c => Assert.Matches(Score(), cells[c]));
        }

        Assert.All(body.Where(cells => cells[0].Length == 0), cells => Assert.All(numeric, c => Assert.Equal("", cells[c])));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(120)]
    public void The_rows_show_the_right_scores_for_the_columns_shown(int width)
    {
        var (lines, _) = Render(width);
        var tableLines = lines.Where(l => l.StartsWith('│')).ToList();
        var header = Cells(tableLines[0]);
        var result = Wide.Value;

        foreach (var cells in tableLines.Skip(1).Select(Cells).Where(cells => cells[0].Length > 0))
        {
            var unit = cells[1];
            for (var c = 0; c < header.Length; c++)
            {
                if (header[c] is not ("Rank" or "Code" or "Name"))
                {
                    Assert.Equal(RankingTable.FormatScore(result.Scores[unit, header[c]]), cells[c]);
                }
            }
        }
    }

    [Fact]
    public void Narrower_terminals_show_fewer_children_and_say_how_many()
    {
        var counts = new[] { 40, 80, 120 }.Select(w => Render(w)).Select(r => (Columns: Cells(r.Lines.First(l => l.StartsWith('│'))), r.Table.Note)).ToList();
        var childColumns = counts.Select(c => c.Columns.Count(h => h.StartsWith("Pillar", StringComparison.Ordinal))).ToList();

        Assert.True(childColumns[0] < childColumns[1] && childColumns[1] < childColumns[2], string.Join(", ", childColumns));
        Assert.True(childColumns[1] >= 1);
        Assert.Contains($"showing {childColumns[1]} of {Children} children of Index", counts[1].Note, StringComparison.Ordinal);
        Assert.Contains("Index", counts[0].Columns);
    }

    [Fact]
    public void A_wide_terminal_shows_every_child_and_no_note()
    {
        var (lines, table) = Render(400);

        Assert.Null(table.Note);
        Assert.Equal(Children, Cells(lines.First(l => l.StartsWith('│'))).Count(h => h.StartsWith("Pillar", StringComparison.Ordinal)));
    }

    [Fact]
    public void Too_narrow_for_names_leaves_them_out_and_keeps_the_numbers()
    {
        var (lines, table) = Render(24);
        var header = Cells(lines.First(l => l.StartsWith('│')));

        Assert.Equal(["Rank", "Code", "Index"], header);
        Assert.Contains("names left out", table.Note, StringComparison.Ordinal);
    }
}
