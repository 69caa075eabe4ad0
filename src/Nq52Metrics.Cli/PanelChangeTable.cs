using System.Globalization;
using Nq52Metrics.Results;
using Spectre.Console;

namespace Nq52Metrics.Cli;

/// <summary>
/// The table <c>nq52 build</c> prints after the latest period's ranking on panel data: for each unit, in the latest
/// ranking's order, its rank and score in the latest period, its rank in the previous one, and the moves
/// (rank: <c>+2</c> = two places up; score: latest − previous). A unit missing in either period shows <c>NA</c>.
/// </summary>
internal static class PanelChangeTable
{
    /// <summary>Builds the table for one node.</summary>
    /// <param name="result">The panel build result (at least two periods).</param>
    /// <param name="node">The node ranked.</param>
    /// <param name="top">Show only the first rows of the latest ranking, if set.</param>
    /// <returns>The table.</returns>
    public static Table Create(PanelResult result, string node, int? top)
    {
        var (previous, latest) = (result.Periods[^2], result.Periods[^1]);
        var changes = result.Changes(previous, latest, node).ToDictionary(c => c.Unit.Code, StringComparer.Ordinal);
        var ranking = result.Latest.Ranking(node);
        var shown = top is { } n ? ranking.Take(n) : ranking;
        var table = new Table { Title = new TableTitle(Markup.Escape(PiiText.Format(CliTexts.PanelChangeTitle, node, previous, latest))) };
        table.AddColumn(new TableColumn(new Text(PiiText.Format(CliTexts.HeaderRankOf, latest))) { NoWrap = true }.RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderCode)) { NoWrap = true });
        table.AddColumn(new TableColumn(new Text(PiiText.Format(CliTexts.HeaderRankOf, previous))) { NoWrap = true }.RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderMoved)) { NoWrap = true }.RightAligned());
        table.AddColumn(new TableColumn(new Text(PiiText.Format(CliTexts.HeaderScoreOf, latest))) { NoWrap = true }.RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderChange)) { NoWrap = true }.RightAligned());
        foreach (var row in shown)
        {
            var change = changes[row.Unit.Code];
            table.AddRow(
                RankingTable.FormatRank(change.RankA),
                Markup.Escape(row.Unit.Code),
                RankingTable.FormatRank(change.RankB),
                Signed(change.RankB - change.RankA, "0.###"),
                RankingTable.FormatScore(change.ScoreA),
                Signed(change.ScoreDifference, "F2"));
        }

        return table;
    }

    /// <summary>A change with its sign (<c>+2</c>, <c>-0.50</c>, <c>0</c>); <c>NA</c> when missing.</summary>
    private static string Signed(double value, string format) =>
        double.IsNaN(value) ? "NA" : (value > 0 ? "+" : "") + (value == 0 ? 0.0 : value).ToString(format, CultureInfo.CurrentCulture);

}
