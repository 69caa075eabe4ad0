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
internal static class RankingTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="node">The node to rank by.</param>
    /// <param name="top">Show only the first rows, if set.</param>
    /// <returns>The table, ready to write to a console.</returns>
    public static Table Create(IndexResult result, string node, int? top)
    {
        var target = result.Framework[node];
        var children = result.Framework.ChildrenOf(node);
        var rows = result.Ranking(node);
        var shown = top is { } n ? rows.Take(n).ToList() : rows.ToList();
        var title = target.DisplayName == target.Code ? target.Code : $"{target.DisplayName} ({target.Code})";
        var scope = shown.Count == rows.Length
            ? $"{rows.Length} units"
            : string.Create(CultureInfo.InvariantCulture, $"top {shown.Count} of {rows.Length} units");
        var table = new Table { Title = new TableTitle(Markup.Escape($"{title}: {scope}")) };
        table.AddColumn(new TableColumn(new Text("Rank")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Code")));
        table.AddColumn(new TableColumn(new Text("Name")));
        table.AddColumn(new TableColumn(new Text(target.Code)).RightAligned());
        foreach (var child in children)
        {
            table.AddColumn(new TableColumn(new Text(child.Code)).RightAligned());
        }

        foreach (var row in shown)
        {
            var cells = new List<IRenderable>
            {
                new Text(FormatRank(row.Rank)),
                new Text(row.Unit.Code),
                new Text(row.Unit.Name),
                new Text(FormatScore(row.Score)),
            };
            cells.AddRange(children.Select(c => new Text(FormatScore(result.Scores[row.Unit.Code, c.Code]))));
            table.AddRow(cells);
        }

        return table;
    }

    /// <summary>A score with 2 decimals, invariant culture; <c>NA</c> when missing.</summary>
    public static string FormatScore(double score) =>
        double.IsNaN(score) ? "NA" : score.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A rank: whole, or with its fraction for average ties (e.g. 2.5); <c>NA</c> when missing.</summary>
    public static string FormatRank(double rank) =>
        double.IsNaN(rank) ? "NA" : rank.ToString("0.###", CultureInfo.InvariantCulture);
}
