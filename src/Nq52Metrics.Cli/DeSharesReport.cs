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
            filters.Add(PiiText.OnScreen($"year {year}"));
        }

        if (table.Series is { } series)
        {
            filters.Add($"series {SeriesName(series)}");
        }

        if (table.RegionCode is { } code)
        {
            var region = seeds.Region(code);
            filters.Add($"region {region.Code} ({region.NameVi}, {region.NameEn})");
        }

        var scope = filters.Count == 0 ? "" : ", " + string.Join(", ", filters);
        app.Output.WriteLine(PiiText.OnScreen(
            $"Digital-economy shares of GDP/GRDP as published{scope}: {PiiText.Count(table.Standings.Length, "figure")}. Ranks are among the units with a figure for the same year and series (series are never mixed); earlier vintages (revision) are shown, not ranked."));
        if (table.Standings.IsEmpty)
        {
            app.Output.WriteLine("No published share matches these filters.");
        }
        else
        {
            console.Write(SharesTable("Digital-economy shares as published", table.Standings));
            WriteNotes(app, table.Standings);
        }

        if (table.UnlistedForRegion > 0)
        {
            app.Output.WriteLine(PiiText.OnScreen(
                $"{PiiText.Count(table.UnlistedForRegion, "figure")} of the 34 units formed in 2025 not listed: no source gives their regions."));
        }

        if (!table.Bands.IsEmpty)
        {
            var bands = ReportTable.Create("Published counts of provinces by share band", ">Year", "Series", "Band", ">Provinces", "Flags", "Sources");
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
            foreach (var band in table.Bands.Where(b => b.Note.Length > 0))
            {
                app.Output.WriteLine(PiiText.OnScreen($"Note on {band.Year} {SeriesName(band.Series)} {band.Band.Label}: {band.Note}"));
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
        var table = ReportTable.Create(title, ">Year", "Series", "Unit", ">Share %", "Rank", "Flags", "Sources");
        foreach (var s in standings)
        {
            ReportTable.Add(
                table,
                PiiText.OnScreen($"{s.Observation.Year}"),
                SeriesName(s.Observation.Series),
                UnitName(s),
                PiiText.Figure(s.Observation.SharePercent),
                RankText(s),
                string.Join(", ", PiiText.Flags([s.Note]).Concat(s.IsCurrentVintage ? [] : ["earlier vintage"])),
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
            app.Output.WriteLine(PiiText.OnScreen($"Note on {s.Observation.Year} {SeriesName(s.Observation.Series)} {UnitName(s)} {PiiText.Figure(s.Observation.SharePercent)} %: {s.Note.Text}"));
        }
    }

    /// <summary>"2nd of 14 with a figure", or "–" for national figures and earlier vintages.</summary>
    public static string RankText(ShareStanding standing) =>
        standing.Rank is { } r ? PiiText.OnScreen($"{PiiText.Ordinal(r)} of {standing.RankedAmong} with a figure") : PiiBuildReport.NotPublished;

    /// <summary>GSO, MIC or "not named".</summary>
    public static string SeriesName(DigitalEconomySeries series) => series switch
    {
        DigitalEconomySeries.Gso => "GSO",
        DigitalEconomySeries.Mic => "MIC",
        _ => "not named",
    };

    private static string UnitName(ShareStanding s) => s.Unit switch
    {
        null => "Việt Nam (national)",
        MergedUnit u => $"{u.NameVi} (2025 unit)",
        var u => u.NameVi,
    };

    private static string ArticleLine(ArticleShareCheck check)
    {
        var a = check.Article;
        var head = PiiText.OnScreen($"Seed article: {UnitName(a)} {PiiText.Figure(a.Observation.SharePercent)} % for {a.Observation.Year} (series {SeriesName(a.Observation.Series)})");
        var others = string.Join("; ", check.Others.Select(o =>
            PiiText.OnScreen($"{SeriesName(o.Observation.Series)} {o.Observation.Year} {PiiText.Figure(o.Observation.SharePercent)} %{(o.Rank is null ? "" : ", " + RankText(o))}{(o.Unit is MergedUnit ? " (2025 unit)" : "")}")));
        return check.Others.IsEmpty
            ? $"{head}: no other source gives a share for this unit."
            : check.DiffersFromEverySource
                ? $"{head} differs from every other source: {others}."
                : $"{head} agrees with another source: {others}.";
    }
}
