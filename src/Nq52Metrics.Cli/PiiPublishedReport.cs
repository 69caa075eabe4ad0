using System.Collections.Immutable;
using Nq52Metrics.Vietnam;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 pii published</c> prints: a line naming the edition, the table of units (best known rank or rank band,
/// Vietnamese name, region, PII, Input, Output, region rank, flags, sources), the published regional figures, the
/// national figures, and a legend of every source cited (title, publisher, address). Values keep the precision the
/// source used; conflicting versions are joined by <c> / </c>.
/// </summary>
internal static class PiiPublishedReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="edition">The published edition.</param>
    /// <param name="rows">Its rows (already filtered by region).</param>
    /// <param name="regionCode">The region kept, or null for all.</param>
    /// <param name="defaultEdition">True when the edition was not chosen on the command line.</param>
    public static void Write(CliApp app, VietnamSeeds seeds, PublishedEdition edition, ImmutableArray<PublishedUnitRow> rows, string? regionCode, bool defaultEdition)
    {
        var console = app.CreateConsole();
        var region = regionCode is null ? null : seeds.Region(regionCode);
        var summary = (region is null, defaultEdition) switch
        {
            (true, false) => CliTexts.PublishedSummary,
            (true, true) => CliTexts.PublishedSummaryLatest,
            (false, false) => CliTexts.PublishedSummaryRegion,
            (false, true) => CliTexts.PublishedSummaryRegionLatest,
        };
        app.Output.WriteLine(PiiText.Format(
            summary,
            edition.Edition,
            PiiText.Describe(edition.UnitList),
            PiiText.Count(rows.Length, CliTexts.CountUnitOne, CliTexts.CountUnitMany),
            region?.Code,
            region?.NameVi,
            region?.NameEn));
        using (app.ForPrograms())
        {
            console.Write(UnitTable(edition, rows));
        }
        app.Output.WriteLine(CliTexts.PublishedLegend);
        var means = edition.RegionMeans.Where(m => regionCode is null || m.RegionCode == regionCode).ToList();
        if (means.Count > 0)
        {
            using (app.ForPrograms())
            {
                console.Write(RegionTable(edition, seeds, means));
            }
        }

        var national = regionCode is null ? edition.National : [];
        foreach (var fact in national)
        {
            var sources = string.Join(", ", fact.Sources);
            app.Output.WriteLine(fact.Note.Text.Length == 0
                ? PiiText.Format(CliTexts.PublishedNational, fact.Measure.Key, PiiText.Figure(fact.Value), sources)
                : PiiText.Format(CliTexts.PublishedNationalNote, fact.Measure.Key, PiiText.Figure(fact.Value), sources, fact.Note.Text));
        }

        var cited = rows.SelectMany(r => r.Sources)
            .Concat(means.SelectMany(m => m.Sources))
            .Concat(national.SelectMany(f => f.Sources))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        SourceLegend.Write(app, seeds, cited);
    }

    private static Table UnitTable(PublishedEdition edition, ImmutableArray<PublishedUnitRow> rows)
    {
        var table = new Table { Title = new TableTitle(PiiText.Format(CliTexts.PublishedTitle, edition.Edition)) };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRank)).RightAligned());
        table.AddColumn(new TableColumn(new Text(edition.UnitList == UnitList.Provinces63 ? CliTexts.HeaderProvince : CliTexts.HeaderUnit)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegion)));
        table.AddColumn(new TableColumn(new Text("PII")).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderInput)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderOutput)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegionRank)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderFlags)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderSources)));
        foreach (var row in rows)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(PiiText.RankCell(row)),
                new Text(row.Unit.NameVi),
                new Text(row.Unit.RegionCode ?? PiiBuildReport.NotPublished),
                new Text(PiiText.Cell(row, MeasureKind.Score)),
                new Text(PiiText.Cell(row, MeasureKind.Input)),
                new Text(PiiText.Cell(row, MeasureKind.Output)),
                new Text(PiiText.Cell(row, MeasureKind.RegionRank)),
                new Text(string.Join(", ", Flags(row.Facts))),
                new Text(string.Join(", ", row.Sources)),
            });
        }

        return table;
    }

    private static Table RegionTable(PublishedEdition edition, VietnamSeeds seeds, List<RegionMeanFact> means)
    {
        var table = new Table { Title = new TableTitle(PiiText.Format(CliTexts.PublishedRegionsTitle, edition.Edition)) };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegion)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderMeanPii)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderPosition)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderFlags)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderSources)));
        foreach (var group in means.GroupBy(m => m.RegionCode, StringComparer.Ordinal))
        {
            var region = seeds.Region(group.Key);
            var scores = group.Where(m => !m.IsRank).ToList();
            var positions = group.Where(m => m.IsRank).ToList();
            table.AddRow(
                new Text(region.Code),
                new Text($"{region.NameVi} ({region.NameEn})"),
                new Text(Join(scores.Select(m => m.Value))),
                new Text(Join(positions.Select(m => m.Value))),
                new Text(string.Join(", ", PiiText.Flags(group.Select(m => m.Note)))),
                new Text(string.Join(", ", group.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal))));
        }

        return table;
    }

    private static string Join(IEnumerable<decimal> values)
    {
        var text = string.Join(" / ", values.Distinct().Select(v => PiiText.Figure(v)));
        return text.Length == 0 ? PiiBuildReport.NotPublished : text;
    }

    private static IEnumerable<string> Flags(IEnumerable<PublishedFact> facts) => PiiText.Flags(facts.Select(f => f.Note));
}
