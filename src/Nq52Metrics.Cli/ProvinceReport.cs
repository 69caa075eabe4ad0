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
            output.WriteLine(PiiText.Format(
                province.RegionCode is null ? CliTexts.ProvinceIntro : CliTexts.ProvinceIntroRegion, province.NameVi, province.NameEn, province.GsoCode, province.RegionCode));
        }
        else
        {
            output.WriteLine(PiiText.Format(CliTexts.ProvinceIntroUnit, unit.NameVi, unit.NameEn, unit.Code, Names(story.Members)));
        }

        var merger = (story.Province is null, story.Members.Length == 1) switch
        {
            (true, true) => CliTexts.MergerUnitWhole,
            (true, false) => CliTexts.MergerUnitFormed,
            (false, true) => CliTexts.MergerBecame,
            (false, false) => CliTexts.MergerJoined,
        };
        var confirmed = story.CompositionConfirmed ? CliTexts.CompositionConfirmed : CliTexts.CompositionNotConfirmed;
        output.WriteLine(PiiText.Format(merger, unit.NameVi, unit.Code, confirmed, Names(story.Members)));
        if (story.KnownOnlyBeforeMerger)
        {
            output.WriteLine(PiiText.Format(story.Members.Length == 1 ? CliTexts.OnlyBeforeRenamed : CliTexts.OnlyBeforeJoined, story.Province!.NameVi, unit.NameVi));
        }

        using (app.ForPrograms())
        {
            console.Write(PiiTable(story.Pii));
        }
        if (story.Pii.LastOrDefault(s => s.Unit == unit) is { Row: { } after } last)
        {
            output.WriteLine(PiiText.Format(CliTexts.NewUnitRank, unit.NameVi, PiiText.RankCell(after), last.Edition));
        }
        else
        {
            output.WriteLine(PiiText.Format(CliTexts.NewUnitNoRank, unit.NameVi));
        }

        using (app.ForPrograms())
        {
            console.Write(DtiTable(story.Dti));
        }
        if (story.Shares.IsEmpty)
        {
            output.WriteLine(CliTexts.ProvinceNoShare);
        }
        else
        {
            using (app.ForPrograms())
            {
                console.Write(DeSharesReport.SharesTable(CliTexts.ProvinceShareTitle, story.Shares));
            }
            DeSharesReport.WriteNotes(app, story.Shares);
        }

        if (story.Claims.IsEmpty)
        {
            output.WriteLine(CliTexts.ProvinceNoClaims);
        }
        else
        {
            output.WriteLine(CliTexts.ProvinceClaims);
            foreach (var check in story.Claims)
            {
                output.WriteLine(PiiText.Format(CliTexts.ProvinceClaimLine, CheckReport.Heading(check.Claim), CheckReport.Verdict(check), check.ReasonIn(app.Language)));
            }
        }

        var rows = story.Pii.Concat(story.Dti).Where(s => s.Row is not null).Select(s => s.Row!);
        SourceLegend.Write(app, seeds, rows.SelectMany(r => r.Sources)
            .Concat(story.Shares.SelectMany(s => s.Observation.Sources))
            .Concat(story.Claims.SelectMany(c => c.Supporting.Concat(c.Conflicting).SelectMany(e => e.Sources)))
            .Concat(seeds.Merger.Entries.Where(e => story.Members.Any(m => m.Key == e.ProvinceKey)).SelectMany(e => e.Sources)));
    }

    private static Spectre.Console.Table PiiTable(ImmutableArray<EditionStanding> standings) =>
        EditionTable(CliTexts.ProvincePiiTitle, ["PII", CliTexts.HeaderRank, CliTexts.HeaderRegionRank, CliTexts.HeaderInput, CliTexts.HeaderOutput, CliTexts.HeaderOutputInput], standings, (row, s) =>
        [
            PiiText.Cell(row, MeasureKind.Score),
            PiiText.RankCell(row),
            PiiText.Cell(row, MeasureKind.RegionRank),
            PiiText.Cell(row, MeasureKind.Input),
            PiiText.Cell(row, MeasureKind.Output),
            s.Efficiency is { } e ? PiiText.Figure(PublicationRounding.RoundHalfUp(e)) : Dash,
        ]);

    private static Spectre.Console.Table DtiTable(ImmutableArray<EditionStanding> standings) =>
        EditionTable(CliTexts.ProvinceDtiTitle, ["DTI", CliTexts.HeaderRank], standings, (row, _) => [PiiText.Cell(row, MeasureKind.Score), PiiText.RankCell(row)]);

    // One row per edition: edition, list, unit, the index's own cells, then flags and sources.
    private static Spectre.Console.Table EditionTable(
        string title,
        string[] figures,
        ImmutableArray<EditionStanding> standings,
        Func<PublishedUnitRow?, EditionStanding, string[]> cells)
    {
        var table = ReportTable.Create(
            title,
            [ReportTable.Right(CliTexts.HeaderEdition), CliTexts.HeaderRankedAmong, CliTexts.HeaderUnit, .. figures.Select(ReportTable.Right), CliTexts.HeaderFlags, CliTexts.HeaderSources]);
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
                    row is null ? CliTexts.NoPublishedFigure : string.Join(", ", PiiText.Flags(row.Facts.Select(f => f.Note))),
                    row is null ? "" : string.Join(", ", row.Sources),
                ]);
        }

        return table;
    }

    private const string Dash = PiiBuildReport.NotPublished;

    private static string Among(AdministrativeUnit unit) => unit.List == UnitList.Provinces63 ? CliTexts.Among63 : CliTexts.Among34;

    private static string Names(ImmutableArray<Province> provinces) => provinces.Length switch
    {
        1 => provinces[0].NameVi,
        _ => PiiText.Format(CliTexts.NamesAnd, string.Join(", ", provinces[..^1].Select(p => p.NameVi)), provinces[^1].NameVi),
    };
}
