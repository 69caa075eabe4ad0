using System.Globalization;
using Nq52Metrics.Results;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// The ranking table <c>nq52 build</c> prints: rank, unit code, unit name, the score of the ranked node (2
/// decimals) and the scores of its children (for the index: the sub-indices, the level below). Numbers are
/// formatted with the invariant culture; a missing value shows as <c>NA</c>.
/// </summary>
/// <remarks>
/// The table fits the width it is given: numbers and codes never wrap, so a number is never split across lines;
/// when the children do not all fit, only the first ones are shown (a note under the table says how many), and when
/// even the ranked node's score leaves no room for names, the name column is left out. No cell is ever cut to "…".
/// </remarks>
internal sealed class RankingTable
{
    /// <summary>The narrowest name column kept: shorter names would wrap into unreadable slivers.</summary>
    private const int MinimumNameWidth = 12;

    private RankingTable(Table table, string? note)
    {
        Table = table;
        Note = note;
    }

    /// <summary>The table, ready to write to a console.</summary>
    public Table Table { get; }

    /// <summary>What the table leaves out for lack of width (e.g. <c>Showing 4 of 12 children of Index…</c>), or null.</summary>
    public string? Note { get; }

    /// <summary>Builds the table for a console of the given width.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="node">The node to rank by.</param>
    /// <param name="top">Show only the first rows, if set.</param>
    /// <param name="width">The console's width in characters.</param>
    /// <returns>The table and its note.</returns>
    public static RankingTable Create(IndexResult result, string node, int? top, int width)
    {
        var target = result.Framework[node];
        var children = result.Framework.ChildrenOf(node);
        var rows = result.Ranking(node);
        var shown = top is { } n ? rows.Take(n).ToList() : rows.ToList();
        var title = target.DisplayName == target.Code ? target.Code : $"{target.DisplayName} ({target.Code})";
        var scope = shown.Count == rows.Length
            ? PiiText.Format(CliTexts.RankingScopeAll, rows.Length)
            : PiiText.Format(CliTexts.RankingScopeTop, shown.Count, rows.Length);

        var ranks = shown.Select(r => FormatRank(r.Rank)).ToList();
        var codes = shown.Select(r => r.Unit.Code).ToList();
        var names = shown.Select(r => r.Unit.Name).ToList();
        var scores = shown.Select(r => FormatScore(r.Score)).ToList();
        var childScores = children.Select(c => shown.Select(r => FormatScore(result.Scores[r.Unit.Code, c.Code])).ToList()).ToList();

        // Every column costs its content plus one space either side and one border line; the table one more line.
        static int Cost(string header, IEnumerable<string> cells) => cells.Select(c => c.Length).Append(header.Length).Max() + 3;
        var fixedCost = 1 + Cost(CliTexts.HeaderRank, ranks) + Cost(CliTexts.HeaderCode, codes) + Cost(target.Code, scores);
        var nameCost = Math.Min(Cost(CliTexts.HeaderName, names), MinimumNameWidth + 3);
        var showName = fixedCost + nameCost <= width;
        var room = width - fixedCost - (showName ? nameCost : 0);
        var childCount = 0;
        while (childCount < children.Length && Cost(children[childCount].Code, childScores[childCount]) <= room)
        {
            room -= Cost(children[childCount].Code, childScores[childCount]);
            childCount++;
        }

        var table = new Table { Title = new TableTitle(Markup.Escape(PiiText.Format(CliTexts.RankingTitle, title, scope))) };
        table.AddColumn(Whole(CliTexts.HeaderRank).RightAligned());
        table.AddColumn(Whole(CliTexts.HeaderCode));
        if (showName)
        {
            table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
        }

        table.AddColumn(Whole(target.Code).RightAligned());
        foreach (var child in children.Take(childCount))
        {
            table.AddColumn(Whole(child.Code).RightAligned());
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var cells = new List<IRenderable> { new Text(ranks[i]), new Text(codes[i]) };
            if (showName)
            {
                cells.Add(new Text(names[i]));
            }

            cells.Add(new Text(scores[i]));
            cells.AddRange(childScores.Take(childCount).Select(c => new Text(c[i])));
            table.AddRow(cells);
        }

        var note = (childCount < children.Length, showName) switch
        {
            (true, true) => PiiText.Format(CliTexts.RankingChildrenLeftOut, childCount, children.Length, target.Code),
            (true, false) => PiiText.Format(CliTexts.RankingChildrenAndNamesLeftOut, childCount, children.Length, target.Code),
            (false, false) => CliTexts.RankingNamesLeftOut,
            _ => null,
        };
        return new RankingTable(table, note);
    }

    /// <summary>Writes the table, then its note if any.</summary>
    /// <param name="console">The console (its width was given to <see cref="Create"/>).</param>
    public void Write(IAnsiConsole console)
    {
        console.Write(Table);
        if (Note is not null)
        {
            console.WriteLine(Note);
        }
    }

    /// <summary>A score with 2 decimals in the culture of the chosen language (<c>47.75</c>, <c>47,75</c>); <c>NA</c> when missing.</summary>
    public static string FormatScore(double score) =>
        double.IsNaN(score) ? "NA" : score.ToString("F2", CultureInfo.CurrentCulture);

    /// <summary>A rank: whole, or with its fraction for average ties (e.g. 2.5); <c>NA</c> when missing.</summary>
    public static string FormatRank(double rank) =>
        double.IsNaN(rank) ? "NA" : rank.ToString("0.###", CultureInfo.CurrentCulture);

    /// <summary>A column whose cells never wrap (numbers and codes stay whole).</summary>
    private static TableColumn Whole(string header) => new(new Text(header)) { NoWrap = true };
}
