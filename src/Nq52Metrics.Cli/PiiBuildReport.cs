using Nq52Metrics.Vietnam;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 pii build</c> prints: the sample notice (for sample data), a line saying which units, method and
/// published edition, the national ranking (rank, province, region, PII as published, Input, Output, efficiency
/// Output / Input, region rank, the published PII and rank with <c>≠</c> where they differ, and which published
/// figures differ), the number of differences, the regions (mean PII, published mean, leaders), the unmatched units,
/// a one-line summary of the build, and the sample notice again.
/// </summary>
internal static class PiiBuildReport
{
    /// <summary>The mark next to a published figure that differs from the computed one.</summary>
    public const string DiffersMark = "≠";

    /// <summary>What a cell shows when the seeds hold no published figure.</summary>
    public const string NotPublished = "–";

    /// <summary>Writes the report.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="report">The PII report.</param>
    /// <param name="inputs">The inputs it was built from.</param>
    /// <param name="defaultEdition">True when the edition compared with was not chosen on the command line.</param>
    /// <param name="top">Show only the best rows, if set.</param>
    public static void Write(CliApp app, PiiReport report, PiiInputReading inputs, bool defaultEdition, int? top)
    {
        var console = app.CreateConsole();
        var seeds = VietnamSeeds.Embedded;
        if (report.IsSample)
        {
            app.MarkSample(() => PiiText.SampleNotice);
            app.Output.WriteLine(PiiText.SampleNotice);
        }

        app.Output.WriteLine(Describe(report, inputs, defaultEdition));
        using (app.ForPrograms())
        {
            console.Write(RankingTable(report, top));
        }
        app.Output.WriteLine(PiiText.Format(CliTexts.PiiPublishedLegend, report.ComparedEdition, NotPublished, DiffersMark));
        var published = report.Rows.Count(r => r.Comparison.HasPublished);
        app.Output.WriteLine(PiiText.Format(
            CliTexts.PiiDifferences,
            report.ComparedEdition,
            report.DifferenceCount,
            PiiText.Count(published, CliTexts.CountUnitOne, CliTexts.CountUnitMany),
            DiffersMark,
            published - report.DifferenceCount,
            report.Rows.Length - published));
        if (!report.Regions.IsEmpty)
        {
            using (app.ForPrograms())
            {
                console.Write(RegionTable(report, seeds));
            }
        }

        app.Output.WriteLine(report.UnmatchedUnits.IsEmpty
            ? CliTexts.PiiAllMatched
            : PiiText.Format(CliTexts.PiiUnmatched, string.Join(", ", report.UnmatchedUnits)));
        app.Output.WriteLine(PiiText.Format(CliTexts.PiiBuildLine, BuildSummary.Describe(report.Result)));
        if (report.IsSample)
        {
            app.Output.WriteLine(PiiText.SampleNotice);
        }
    }

    /// <summary>Where the data come from, as the reports say it: <c>data from F.csv</c> or <c>the shipped sample data</c> (translated).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The phrase.</returns>
    public static string DataOrigin(PiiInputReading inputs) =>
        inputs.Paths.Data is { } path ? PiiText.Format(CliTexts.DataFromFile, Path.GetFileName(path)) : CliTexts.DataShippedSample;

    private static string Describe(PiiReport report, PiiInputReading inputs, bool defaultEdition)
    {
        var why = !defaultEdition ? ""
            : report.IsSample && report.ComparedEdition == PiiSample.CalibrationEdition
                ? CliTexts.PiiDefaultEditionSample
                : CliTexts.PiiDefaultEdition;
        return PiiText.Format(
            CliTexts.PiiDescribe, PiiText.Describe(report.UnitList), DataOrigin(inputs), inputs.MethodDescription, report.ComparedEdition, why);
    }

    private static Table RankingTable(PiiReport report, int? top)
    {
        var shown = top is { } n ? report.Rows.Take(n).ToList() : report.Rows.ToList();
        var provinces = report.UnitList == UnitList.Provinces63;
        var scope = shown.Count == report.Rows.Length
            ? PiiText.Format(provinces ? CliTexts.RankingScopeAllProvinces : CliTexts.RankingScopeAll, report.Rows.Length)
            : PiiText.Format(provinces ? CliTexts.RankingScopeTopProvinces : CliTexts.RankingScopeTop, shown.Count, report.Rows.Length);
        var label = report.IsSample ? CliTexts.PiiTitleSample : CliTexts.PiiTitle;
        var table = new Table { Title = new TableTitle(Markup.Escape(PiiText.Format(CliTexts.RankingTitle, label, scope))) };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRank)).RightAligned());
        table.AddColumn(new TableColumn(new Text(provinces ? CliTexts.HeaderProvince : CliTexts.HeaderUnit)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegion)));
        table.AddColumn(new TableColumn(new Text("PII")).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderInput)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderOutput)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderEfficiency)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegionRank)).RightAligned());
        table.AddColumn(new TableColumn(new Text(PiiText.Format(CliTexts.HeaderPublishedPii, report.ComparedEdition))).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderPublishedRank)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderDiffers)));
        foreach (var row in shown)
        {
            var c = row.Comparison;
            table.AddRow(new List<IRenderable>
            {
                new Text(Cli.RankingTable.FormatRank(row.Rank)),
                new Text(row.Matched?.NameVi ?? row.Unit.Name),
                new Text(row.Region ?? "NA"),
                new Text(PiiText.Figure(row.RoundedScore)),
                new Text(PiiText.Published(row.Input)),
                new Text(PiiText.Published(row.Output)),
                new Text(PiiText.Ratio(row.Efficiency)),
                new Text(Cli.RankingTable.FormatRank(row.RegionRank)),
                new Text(PublishedCell(c.Scores, c.Score)),
                new Text(PublishedCell(c.Ranks, c.Rank)),
                new Text(string.Join(", ", DifferingMeasures(c))),
            });
        }

        return table;
    }

    private static Table RegionTable(PiiReport report, VietnamSeeds seeds)
    {
        var names = report.Rows.ToDictionary(r => r.Unit.Code, r => r.Matched?.NameVi ?? r.Unit.Name, StringComparer.Ordinal);
        var table = new Table { Title = new TableTitle(CliTexts.PiiRegionsTitle) };
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRegion)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderUnits)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderMeanPii)).RightAligned());
        table.AddColumn(new TableColumn(new Text(PiiText.Format(CliTexts.HeaderPublishedMean, report.ComparedEdition))).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderLeader)));
        foreach (var region in report.Regions)
        {
            var known = seeds.Regions.FirstOrDefault(r => r.Code == region.Group);
            var mean = PublicationRounding.Publish(region.MeanScore);
            var published = known is null ? null : seeds.Pii.RegionMean(report.ComparedEdition, known.Code);
            var publishedCell = published is null ? NotPublished
                : PiiText.Figure(published.Value) + (mean is { } m && !Agrees(m, published.Value) ? " " + DiffersMark : "");
            table.AddRow(
                new Text(region.Group),
                new Text(known is null ? "" : $"{known.NameVi} ({known.NameEn})"),
                new Text(PiiText.OnScreen($"{region.Members.Length}")),
                new Text(PiiText.Figure(mean)),
                new Text(publishedCell),
                new Text(string.Join(", ", region.Leaders.Select(l => names.TryGetValue(l, out var name) ? name : l))));
        }

        return table;
    }

    private static string PublishedCell(System.Collections.Immutable.ImmutableArray<PublishedFact> facts, ComparisonStatus status) =>
        facts.IsEmpty ? NotPublished : PiiText.Values(facts) + (status == ComparisonStatus.Differs ? " " + DiffersMark : "");

    /// <summary>True when two figures are equal at the precision of the less precise one (half-up).</summary>
    private static bool Agrees(decimal computed, decimal published)
    {
        var scale = Math.Min(computed.Scale, published.Scale);
        return PublicationRounding.RoundHalfUp(computed, scale) == PublicationRounding.RoundHalfUp(published, scale);
    }

    private static IEnumerable<string> DifferingMeasures(PublishedComparison c)
    {
        var statuses = new (ComparisonStatus Status, string Name)[]
        {
            (c.Score, CliTexts.MeasureScore), (c.Rank, CliTexts.MeasureRank), (c.Input, CliTexts.MeasureInput), (c.Output, CliTexts.MeasureOutput), (c.RegionRank, CliTexts.MeasureRegionRank),
        };
        return statuses.Where(s => s.Status == ComparisonStatus.Differs).Select(s => s.Name);
    }
}
