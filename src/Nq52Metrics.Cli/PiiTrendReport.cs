using System.Collections.Immutable;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 pii trend</c> prints: a line naming the scope, the table of changes (editions, earlier and later unit,
/// ranks, places gained, scores, change, comparability, flags, sources; conflicting versions joined by <c> / </c> and
/// then no change computed), and the legend of the sources.
/// </summary>
internal static class PiiTrendReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="rows">The changes.</param>
    /// <param name="unit">The unit asked for, or null for every unit.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, ImmutableArray<PiiTrendRow> rows, string? unit)
    {
        var count = PiiText.Count(rows.Length, CliTexts.CountRowOne, CliTexts.CountRowMany);
        app.Output.WriteLine(unit is null ? PiiText.Format(CliTexts.TrendIntro, count) : PiiText.Format(CliTexts.TrendIntroUnit, unit, count));
        if (rows.IsEmpty)
        {
            app.Output.WriteLine(unit is null ? CliTexts.TrendNone : PiiText.Format(CliTexts.TrendNoneUnit, unit));
            return;
        }

        using (app.ForPrograms())
        {
            var table = ReportTable.Create(
                CliTexts.TrendTitle,
                CliTexts.HeaderEditions,
                CliTexts.HeaderEarlierUnit,
                CliTexts.HeaderLaterUnit,
                ReportTable.Right(CliTexts.HeaderRankBefore),
                ReportTable.Right(CliTexts.HeaderRankAfter),
                ReportTable.Right(CliTexts.HeaderPlacesGained),
                ReportTable.Right(CliTexts.HeaderScoreBefore),
                ReportTable.Right(CliTexts.HeaderScoreAfter),
                ReportTable.Right(CliTexts.HeaderChange),
                CliTexts.HeaderComparability,
                CliTexts.HeaderFlags,
                CliTexts.HeaderSources);
            foreach (var row in rows)
            {
                ReportTable.Add(
                    table,
                    PiiText.OnScreen($"{row.FromEdition}→{row.ToEdition}"),
                    row.From.NameVi,
                    row.To.NameVi,
                    Join(row.RanksBefore),
                    Join(row.RanksAfter),
                    Signed(row.PlacesGained),
                    Join(row.ScoresBefore),
                    Join(row.ScoresAfter),
                    Signed(row.ScoreChange),
                    row.Comparability switch
                    {
                        TrendComparability.SameUnit => CliTexts.TrendSameUnit,
                        TrendComparability.SameTerritoryNewList => CliTexts.TrendSameTerritory,
                        _ => CliTexts.TrendNotComparable,
                    },
                    string.Join(", ", PiiText.Flags(row.Facts.Select(f => f.Note))),
                    string.Join(", ", row.Sources));
            }

            app.CreateConsole().Write(table);
        }
        app.Output.WriteLine(CliTexts.TrendLegend);
        SourceLegend.Write(app, seeds, rows.SelectMany(r => r.Sources));
    }

    private static string Join(ImmutableArray<decimal> values) =>
        values.IsEmpty ? PiiBuildReport.NotPublished : string.Join(" / ", values.Select(v => PiiText.Figure(v)));

    private static string Signed(decimal? value) =>
        value is { } v ? (v > 0 ? "+" : "") + PiiText.Figure(v) : PiiBuildReport.NotPublished;
}
