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
            app.MarkSample(PiiSample.Notice);
            app.Output.WriteLine(PiiSample.Notice);
        }

        app.Output.WriteLine(Describe(report, inputs, defaultEdition));
        console.Write(RankingTable(report, top));
        app.Output.WriteLine(PiiText.Invariant(
            $"Published figures: from the sources of the seeds (nq52 pii published --edition {report.ComparedEdition} lists them); {NotPublished} = not published, {DiffersMark} = differs from the computed figure, a / b = sources disagree."));
        var published = report.Rows.Count(r => r.Comparison.HasPublished);
        app.Output.WriteLine(PiiText.Invariant(
            $"Differences from the published PII {report.ComparedEdition}: {report.DifferenceCount} of the {PiiText.Count(published, "unit")} with published figures differ ({DiffersMark}), {published - report.DifferenceCount} match; {report.Rows.Length - published} have no published figure."));
        if (!report.Regions.IsEmpty)
        {
            console.Write(RegionTable(report, seeds));
        }

        app.Output.WriteLine(report.UnmatchedUnits.IsEmpty
            ? "Every unit of the data matched a unit of the seeds."
            : $"Units matching no unit of the seeds (no region from the seeds, no published comparison): {string.Join(", ", report.UnmatchedUnits)}.");
        app.Output.WriteLine("Build: " + BuildSummary.Describe(report.Result));
        if (report.IsSample)
        {
            app.Output.WriteLine(PiiSample.Notice);
        }
    }

    private static string Describe(PiiReport report, PiiInputReading inputs, bool defaultEdition)
    {
        var data = inputs.Paths.Data is { } path ? $"data from {Path.GetFileName(path)}" : "the shipped sample data";
        var why = !defaultEdition ? ""
            : report.IsSample && report.ComparedEdition == PiiSample.CalibrationEdition
                ? " (the default for the sample: the edition its levels are calibrated on; --edition chooses another)"
                : " (the default: the latest published edition that ranks these units; --edition chooses another)";
        return PiiText.Invariant(
            $"PII of the {PiiText.Describe(report.UnitList)} from {data}; method: {inputs.MethodDescription}; compared with the published PII {report.ComparedEdition}{why}.");
    }

    private static Table RankingTable(PiiReport report, int? top)
    {
        var shown = top is { } n ? report.Rows.Take(n).ToList() : report.Rows.ToList();
        var noun = report.UnitList == UnitList.Provinces63 ? "provinces" : "units";
        var scope = shown.Count == report.Rows.Length
            ? PiiText.Invariant($"{report.Rows.Length} {noun}")
            : PiiText.Invariant($"top {shown.Count} of {report.Rows.Length} {noun}");
        var label = report.IsSample ? "PII from SAMPLE data (not real results)" : "PII";
        var table = new Table { Title = new TableTitle(Markup.Escape($"{label}: {scope}")) };
        table.AddColumn(new TableColumn(new Text("Rank")).RightAligned());
        table.AddColumn(new TableColumn(new Text(report.UnitList == UnitList.Provinces63 ? "Province" : "Unit")));
        table.AddColumn(new TableColumn(new Text("Region")));
        table.AddColumn(new TableColumn(new Text("PII")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Input")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Output")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Efficiency")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Region rank")).RightAligned());
        table.AddColumn(new TableColumn(new Text(PiiText.Invariant($"Published PII {report.ComparedEdition}"))).RightAligned());
        table.AddColumn(new TableColumn(new Text("Published rank")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Differs")));
        foreach (var row in shown)
        {
            var c = row.Comparison;
            table.AddRow(new List<IRenderable>
            {
                new Text(Cli.RankingTable.FormatRank(row.Rank)),
                new Text(row.Matched?.NameVi ?? row.Unit.Name),
                new Text(row.Region ?? "NA"),
                new Text(PiiText.Figure(row.PublishedFigure)),
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
        var table = new Table { Title = new TableTitle("Regions: unweighted mean PII of the members; leader = first in the region") };
        table.AddColumn(new TableColumn(new Text("Region")));
        table.AddColumn(new TableColumn(new Text("Name")));
        table.AddColumn(new TableColumn(new Text("Units")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Mean PII")).RightAligned());
        table.AddColumn(new TableColumn(new Text(PiiText.Invariant($"Published mean {report.ComparedEdition}"))).RightAligned());
        table.AddColumn(new TableColumn(new Text("Leader")));
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
                new Text(PiiText.Invariant($"{region.Members.Length}")),
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
            (c.Score, "score"), (c.Rank, "rank"), (c.Input, "input"), (c.Output, "output"), (c.RegionRank, "region rank"),
        };
        return statuses.Where(s => s.Status == ComparisonStatus.Differs).Select(s => s.Name);
    }
}
