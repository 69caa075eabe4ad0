using System.Collections.Immutable;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Vietnam;
using Spectre.Console;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 de shares</c> prints: a line naming the filters, the table of shares (year, series, unit, share, rank
/// among the units with a figure, flags, sources), the notes of the rows, the published band counts, the seed
/// article's figures against every other source, and the legend of the sources.
/// </summary>
internal static class DeSharesReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="table">The shares.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, ShareTable table)
    {
        var console = app.CreateConsole();
        var filters = new List<string>();
        if (table.Year is { } year)
        {
            filters.Add(PiiText.Format(CliTexts.DeSharesFilterYear, year));
        }

        if (table.Series is { } series)
        {
            filters.Add(PiiText.Format(CliTexts.DeSharesFilterSeries, SeriesName(series)));
        }

        if (table.RegionCode is { } code)
        {
            var region = seeds.Region(code);
            filters.Add(PiiText.Format(CliTexts.DeSharesFilterRegion, region.Code, region.NameVi, region.NameEn));
        }

        app.Output.WriteLine(PiiText.Format(
            filters.Count == 0 ? CliTexts.DeSharesSummary : CliTexts.DeSharesSummaryFiltered,
            Figures(table.Standings.Length),
            string.Join(", ", filters)));
        if (table.Standings.IsEmpty)
        {
            app.Output.WriteLine(CliTexts.DeSharesNone);
        }
        else
        {
            using (app.ForPrograms())
            {
                console.Write(SharesTable(CliTexts.DeSharesTitle, table.Standings));
            }
            WriteNotes(app, table.Standings);
        }

        if (table.UnlistedForRegion > 0)
        {
            app.Output.WriteLine(PiiText.Format(CliTexts.DeSharesUnlisted, Figures(table.UnlistedForRegion)));
        }

        if (!table.Bands.IsEmpty)
        {
            using (app.ForPrograms())
            {
                var bands = ReportTable.Create(
                    CliTexts.DeSharesBandsTitle,
                    ReportTable.Right(CliTexts.HeaderYear),
                    CliTexts.HeaderSeries,
                    CliTexts.HeaderBand,
                    ReportTable.Right(CliTexts.HeaderProvinces),
                    CliTexts.HeaderFlags,
                    CliTexts.HeaderSources);
                foreach (var band in table.Bands)
                {
                    ReportTable.Add(
                        bands,
                        PiiText.OnScreen($"{band.Year}"),
                        SeriesName(band.Series),
                        band.Band.Label,
                        PiiText.OnScreen($"{band.ProvinceCount}"),
                        string.Join(", ", PiiText.Flags([new FactNote(band.Note)])),
                        string.Join(", ", band.Sources));
                }

                console.Write(bands);
            }
            foreach (var band in table.Bands.Where(b => b.Note.Length > 0))
            {
                app.Output.WriteLine(PiiText.Format(CliTexts.DeSharesBandNote, band.Year, SeriesName(band.Series), band.Band.Label, band.Note));
            }
        }

        foreach (var check in table.ArticleChecks)
        {
            app.Output.WriteLine(ArticleLine(check));
        }

        SourceLegend.Write(app, seeds, table.Sources);
    }

    /// <summary>The table of shares: year, series, unit, share in percent, rank, flags and sources.</summary>
    /// <param name="title">The table's title.</param>
    /// <param name="standings">The shares.</param>
    /// <returns>The table.</returns>
    public static Table SharesTable(string title, IEnumerable<ShareStanding> standings)
    {
        var table = ReportTable.Create(
            title,
            ReportTable.Right(CliTexts.HeaderYear),
            CliTexts.HeaderSeries,
            CliTexts.HeaderUnit,
            ReportTable.Right(CliTexts.HeaderSharePercent),
            CliTexts.HeaderRank,
            CliTexts.HeaderFlags,
            CliTexts.HeaderSources);
        foreach (var s in standings)
        {
            ReportTable.Add(
                table,
                PiiText.OnScreen($"{s.Observation.Year}"),
                SeriesName(s.Observation.Series),
                UnitName(s),
                PiiText.Figure(s.Observation.SharePercent),
                RankText(s),
                string.Join(", ", PiiText.Flags([s.Note], earlierVintage: !s.IsCurrentVintage)),
                string.Join(", ", s.Observation.Sources));
        }

        return table;
    }

    /// <summary>Writes the note of every share that has one, as "Note on 2022 MIC Đà Nẵng: …".</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="standings">The shares.</param>
    public static void WriteNotes(CliApp app, IEnumerable<ShareStanding> standings)
    {
        foreach (var s in standings.Where(s => s.Note.Text.Length > 0))
        {
            app.Output.WriteLine(PiiText.Format(CliTexts.DeSharesNote, s.Observation.Year, SeriesName(s.Observation.Series), UnitName(s), PiiText.Figure(s.Observation.SharePercent), s.Note.Text));
        }
    }

    /// <summary>"2nd of 14 with a figure", or "–" for national figures and earlier vintages.</summary>
    public static string RankText(ShareStanding standing) =>
        standing.Rank is { } r ? PiiText.Format(CliTexts.DeSharesRankOf, PiiText.Place(r), standing.RankedAmong) : PiiBuildReport.NotPublished;

    /// <summary>GSO, MIC or "not named".</summary>
    public static string SeriesName(DigitalEconomySeries series) => series switch
    {
        DigitalEconomySeries.Gso => "GSO",
        DigitalEconomySeries.Mic => "MIC",
        _ => CliTexts.SeriesNotNamed,
    };

    private static string Figures(int count) => PiiText.Count(count, CliTexts.CountFigureOne, CliTexts.CountFigureMany);

    private static string UnitName(ShareStanding s) => s.Unit switch
    {
        null => CliTexts.UnitNational,
        MergedUnit u => PiiText.Format(CliTexts.Unit2025, u.NameVi),
        var u => u.NameVi,
    };

    private static string ArticleLine(ArticleShareCheck check)
    {
        var a = check.Article;
        var others = string.Join("; ", check.Others.Select(o => PiiText.Format(
            (o.Rank is null, o.Unit is MergedUnit) switch
            {
                (true, false) => CliTexts.ArticleOther,
                (true, true) => CliTexts.ArticleOther2025,
                (false, false) => CliTexts.ArticleOtherRanked,
                (false, true) => CliTexts.ArticleOtherRanked2025,
            },
            SeriesName(o.Observation.Series),
            o.Observation.Year,
            PiiText.Figure(o.Observation.SharePercent),
            RankText(o))));
        var sentence = check.Others.IsEmpty ? CliTexts.ArticleAlone
            : check.DiffersFromEverySource ? CliTexts.ArticleDiffers
            : CliTexts.ArticleAgrees;
        return PiiText.Format(sentence, UnitName(a), PiiText.Figure(a.Observation.SharePercent), a.Observation.Year, SeriesName(a.Observation.Series), others);
    }
}
