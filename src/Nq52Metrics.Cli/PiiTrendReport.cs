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
        var scope = unit is null ? "" : $" for \"{unit}\"";
        app.Output.WriteLine($"PII rank and score changes between published editions{scope}: {PiiText.Count(rows.Length, "row")}. Across the 2025 merger each pre-merger province is set against the unit it joined, ranked among 34 units instead of 63 provinces: not comparable one-to-one.");
        if (rows.IsEmpty)
        {
            app.Output.WriteLine($"No published PII rank or score{scope} in two consecutive editions.");
            return;
        }

        var table = ReportTable.Create("PII changes between editions", "Editions", "Earlier unit", "Later unit", ">Rank before", ">Rank after", ">Places gained", ">Score before", ">Score after", ">Change", "Comparability", "Flags", "Sources");
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
                    TrendComparability.SameUnit => "same unit",
                    TrendComparability.SameTerritoryNewList => "same territory, 63→34 list",
                    _ => "not comparable one-to-one",
                },
                string.Join(", ", PiiText.Flags(row.Facts.Select(f => f.Note))),
                string.Join(", ", row.Sources));
        }

        app.CreateConsole().Write(table);
        app.Output.WriteLine("Places gained = earlier rank − later rank (negative = fell). a / b: sources disagree; no change is computed then. – = not published.");
        SourceLegend.Write(app, seeds, rows.SelectMany(r => r.Sources));
    }

    private static string Join(ImmutableArray<decimal> values) =>
        values.IsEmpty ? PiiBuildReport.NotPublished : string.Join(" / ", values.Select(v => PiiText.Figure(v)));

    private static string Signed(decimal? value) =>
        value is { } v ? (v > 0 ? "+" : "") + PiiText.Figure(v) : PiiBuildReport.NotPublished;
}
