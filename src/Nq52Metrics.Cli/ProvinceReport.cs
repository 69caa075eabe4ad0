using System.Collections.Immutable;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 province</c> prints: who the unit is, the 2025 merger, the PII and DTI tables by edition (conflicting
/// versions joined by <c> / </c>), the digital-economy shares with ranks, the seed article's claims with verdicts, and
/// the legend of the sources.
/// </summary>
internal static class ProvinceReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="story">The story.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, ProvinceStory story)
    {
        var output = app.Output;
        var console = app.CreateConsole();
        var unit = story.Unit;
        if (story.Province is { } province)
        {
            var region = province.RegionCode is { } code ? $", region {code}" : "";
            output.WriteLine($"{province.NameVi} ({province.NameEn}; GSO code {province.GsoCode}{region}): one of the 63 provinces before the 2025 merger. The story from the sources, as far as they go.");
        }
        else
        {
            output.WriteLine($"{unit.NameVi} ({unit.NameEn}; local code {unit.Code}): a unit formed on 1 July 2025, known only after the merger. Before it, its territory was {Names(story.Members)}; their figures are shown for the editions before 2025.");
        }

        var composition = story.Members.Length == 1
            ? "left whole (no other province joined it)"
            : $"formed from {Names(story.Members)}";
        var confirmed = story.CompositionConfirmed ? "the composition is confirmed by cited sources" : "the composition is not confirmed by any cited source";
        var verb = story.Province is null ? "the unit" : story.Members.Length == 1 ? "became" : "joined";
        output.WriteLine($"2025 merger: {verb} {unit.NameVi} ({unit.Code}), {composition}; {confirmed}.");
        if (story.KnownOnlyBeforeMerger)
        {
            output.WriteLine(story.Members.Length == 1
                ? $"{story.Province!.NameVi} exists only before the 2025 merger: from 2025 the figures below are those of {unit.NameVi}, the same territory under a new name, ranked among 34 units instead of 63 provinces."
                : $"{story.Province!.NameVi} exists only before the 2025 merger: from 2025 the figures below are those of {unit.NameVi}, the unit it joined, and do not compare one-to-one with its own.");
        }

        console.Write(PiiTable(story.Pii));
        if (story.Pii.LastOrDefault(s => s.Unit == unit) is { Row: { } after } last)
        {
            output.WriteLine(PiiText.OnScreen($"How the new unit ranks: {unit.NameVi} is {PiiText.RankCell(after)} of 34 in PII {last.Edition}."));
        }
        else
        {
            output.WriteLine($"How the new unit ranks: the sources in the seeds give no PII rank for {unit.NameVi} among the 34 units.");
        }

        console.Write(DtiTable(story.Dti));
        if (story.Shares.IsEmpty)
        {
            output.WriteLine("Digital-economy share: no source in the seeds gives one for this unit.");
        }
        else
        {
            console.Write(DeSharesReport.SharesTable("Digital-economy share as published", story.Shares));
            DeSharesReport.WriteNotes(app, story.Shares);
        }

        if (story.Claims.IsEmpty)
        {
            output.WriteLine("Claims of the seed article: none about this unit.");
        }
        else
        {
            output.WriteLine("Claims of the seed article:");
            foreach (var check in story.Claims)
            {
                output.WriteLine($"  {CheckReport.Heading(check.Claim)}: {CheckReport.Verdict(check)} — {check.Reason}");
            }
        }

        var rows = story.Pii.Concat(story.Dti).Where(s => s.Row is not null).Select(s => s.Row!);
        SourceLegend.Write(app, seeds, rows.SelectMany(r => r.Sources)
            .Concat(story.Shares.SelectMany(s => s.Observation.Sources))
            .Concat(story.Claims.SelectMany(c => c.Supporting.Concat(c.Conflicting).SelectMany(e => e.Sources)))
            .Concat(seeds.Merger.Entries.Where(e => story.Members.Any(m => m.Key == e.ProvinceKey)).SelectMany(e => e.Sources)));
    }

    private static Spectre.Console.Table PiiTable(ImmutableArray<EditionStanding> standings) =>
        EditionTable("PII by edition as published", ["PII", "Rank", "Region rank", "Input", "Output", "Output/Input"], standings, (row, s) =>
        [
            PiiText.Cell(row, MeasureKind.Score),
            PiiText.RankCell(row),
            PiiText.Cell(row, MeasureKind.RegionRank),
            PiiText.Cell(row, MeasureKind.Input),
            PiiText.Cell(row, MeasureKind.Output),
            s.Efficiency is { } e ? PiiText.Figure(PublicationRounding.RoundHalfUp(e)) : Dash,
        ]);

    private static Spectre.Console.Table DtiTable(ImmutableArray<EditionStanding> standings) =>
        EditionTable("DTI by edition as published", ["DTI", "Rank"], standings, (row, _) => [PiiText.Cell(row, MeasureKind.Score), PiiText.RankCell(row)]);

    // One row per edition: edition, list, unit, the index's own cells, then flags and sources.
    private static Spectre.Console.Table EditionTable(
        string title,
        string[] figures,
        ImmutableArray<EditionStanding> standings,
        Func<PublishedUnitRow?, EditionStanding, string[]> cells)
    {
        var table = ReportTable.Create(title, [">Edition", "Ranked among", "Unit", .. figures.Select(f => ">" + f), "Flags", "Sources"]);
        foreach (var s in standings)
        {
            var row = s.Row;
            ReportTable.Add(
                table,
                [
                    PiiText.OnScreen($"{s.Edition}"),
                    Among(s.Unit),
                    s.Unit.NameVi,
                    .. cells(row, s),
                    row is null ? "no published figure" : string.Join(", ", PiiText.Flags(row.Facts.Select(f => f.Note))),
                    row is null ? "" : string.Join(", ", row.Sources),
                ]);
        }

        return table;
    }

    private const string Dash = PiiBuildReport.NotPublished;

    private static string Among(AdministrativeUnit unit) => unit.List == UnitList.Provinces63 ? "63 provinces" : "34 units";

    private static string Names(ImmutableArray<Province> provinces) => provinces.Length switch
    {
        1 => provinces[0].NameVi,
        _ => string.Join(", ", provinces[..^1].Select(p => p.NameVi)) + " and " + provinces[^1].NameVi,
    };
}
