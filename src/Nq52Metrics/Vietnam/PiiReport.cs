using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The PII for a set of provinces: builds the index with <see cref="IndexBuilder"/>, then lays out the national
/// ranking with Input, Output, efficiency (Output / Input) and region rank, the regional summaries, and the comparison
/// with a published edition (marking every figure that differs). Sample data are flagged (<see cref="IsSample"/>).
/// </summary>
public sealed class PiiReport
{
    private PiiReport(
        IndexResult result,
        bool isSample,
        int comparedEdition,
        UnitList unitList,
        ImmutableArray<PiiReportRow> rows,
        ImmutableArray<Grouping.GroupSummary> regions,
        ImmutableArray<string> unmatchedUnits)
    {
        Result = result;
        IsSample = isSample;
        ComparedEdition = comparedEdition;
        UnitList = unitList;
        Rows = rows;
        Regions = regions;
        UnmatchedUnits = unmatchedUnits;
    }

    /// <summary>The full build result (every step, every node).</summary>
    public IndexResult Result { get; }

    /// <summary>True when the data are the generated sample (every unit has <c>DataStatus = SAMPLE</c>): show <see cref="PiiSample.Notice"/>.</summary>
    public bool IsSample { get; }

    /// <summary>The published edition the figures were compared with.</summary>
    public int ComparedEdition { get; }

    /// <summary>The unit list the data were matched to.</summary>
    public UnitList UnitList { get; }

    /// <summary>The national ranking, best first.</summary>
    public ImmutableArray<PiiReportRow> Rows { get; }

    /// <summary>One summary per region (members, region ranks, unweighted mean, leaders); empty when the units have no region.</summary>
    public ImmutableArray<Grouping.GroupSummary> Regions { get; }

    /// <summary>Codes of data units that match no unit of the seeds (they get no region and no comparison).</summary>
    public ImmutableArray<string> UnmatchedUnits { get; }

    /// <summary>How many rows have a published figure that differs from the computed one.</summary>
    public int DifferenceCount => Rows.Count(r => r.Comparison.Differs);

    /// <summary>Builds the PII and its report.</summary>
    /// <param name="framework">A PII-shaped framework (see <see cref="PiiFramework.EnsureShape"/>), e.g. <see cref="PiiSample.Framework"/>.</param>
    /// <param name="data">The data; unit codes are matched to the seeds by key, code or name. A missing <c>Region</c>
    /// group is filled in from the seeds for the 63 provinces.</param>
    /// <param name="options">Methodology, edition to compare with, seeds.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Nq52ValidationException">The framework is not PII-shaped, the data do not fit it, the edition is
    /// unknown or ranks another unit list, or a build step fails.</exception>
    public static PiiReport Build(IndexFramework framework, Dataset data, PiiReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PiiReportOptions();
        var seeds = options.Seeds ?? VietnamSeeds.Embedded;
        PiiFramework.EnsureShape(framework);
        var isSample = PiiSample.IsSample(data);
        var list = ListOf(data, seeds);
        var edition = options.CompareWithEdition
            ?? (isSample && seeds.Pii.Results.UnitListOf(PiiSample.CalibrationEdition) == list
                ? PiiSample.CalibrationEdition
                : seeds.Pii.PublishedEditions.Last(e => seeds.Pii.Results.UnitListOf(e) == list));
        var published = seeds.Pii.Published(edition);
        if (published.UnitList != list)
        {
            throw ProblemMessages.Invalid("edition", nameof(Messages.PiiReportListMismatch), edition, published.UnitList.Text(), list.Text());
        }

        var matched = data.Units.ToDictionary(u => u.Code, u => Match(u, list, seeds), StringComparer.Ordinal);
        var withRegions = WithRegions(data, matched);
        var result = IndexBuilder.Build(framework, withRegions, options.Methodology);
        var hasRegions = result.Units.Any(u => u.GroupOf(PiiFramework.RegionColumn) is not null);
        var regionRanks = hasRegions ? result.GroupRanks(PiiFramework.IndexCode, PiiFramework.RegionColumn) : [.. result.Units.Select(_ => double.NaN)];
        var efficiency = result.Ratio(PiiFramework.OutputCode, PiiFramework.InputCode);
        var equalTop = framework[PiiFramework.InputCode].Weight == framework[PiiFramework.OutputCode].Weight;
        var rows = new List<(PiiReportRow Row, int Index)>();
        for (var i = 0; i < result.Units.Length; i++)
        {
            var unit = result.Units[i];
            var score = result.Scores[unit.Code, PiiFramework.IndexCode];
            var input = result.Scores[unit.Code, PiiFramework.InputCode];
            var output = result.Scores[unit.Code, PiiFramework.OutputCode];
            var rank = result.Ranks[unit.Code, PiiFramework.IndexCode];
            decimal? figure = double.IsNaN(score) ? null
                : equalTop && !double.IsNaN(input) && !double.IsNaN(output) ? PublicationRounding.Pii(PublicationRounding.ToDecimal(input), PublicationRounding.ToDecimal(output))
                : PublicationRounding.Publish(score);
            var province = matched[unit.Code];
            var comparison = province is null ? PublishedComparison.None : Compare(published, province.Key, figure, rank, input, output, regionRanks[i]);
            rows.Add((new PiiReportRow(rank, unit, province, unit.GroupOf(PiiFramework.RegionColumn), score, input, output, efficiency[i], regionRanks[i], figure, comparison), i));
        }

        var ordered = rows.OrderBy(p => double.IsNaN(p.Row.Rank) ? double.PositiveInfinity : p.Row.Rank).ThenBy(p => p.Index).Select(p => p.Row).ToImmutableArray();
        var regions = hasRegions ? Grouping.GroupStatistics.Summarise(result, PiiFramework.RegionColumn, PiiFramework.IndexCode) : [];
        var unmatched = matched.Where(p => p.Value is null).Select(p => p.Key).ToImmutableArray();
        return new PiiReport(result, isSample, edition, list, ordered, regions, unmatched);
    }

    /// <summary>
    /// A short summary: SAMPLE when built from the sample, the number of units, the compared edition and how many rows
    /// differ from it, and the top three.
    /// </summary>
    /// <returns>E.g. <c>SAMPLE PII report: 63 units, compared with PII 2023 (12 rows differ); top 3: 1. Hà Nội  PII 62.86 (…)</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(IsSample ? "SAMPLE " : "")}PII report: {Rows.Length} units, compared with PII {ComparedEdition} ({DifferenceCount} rows differ); top {Math.Min(3, Rows.Length)}: {string.Join("; ", Rows.Take(3))}");

    private static UnitList ListOf(Dataset data, VietnamSeeds seeds)
    {
        var provinces = data.Units.Count(u => Match(u, UnitList.Provinces63, seeds) is not null);
        var units = data.Units.Count(u => Match(u, UnitList.Units34, seeds) is not null);
        return units > provinces || (units == provinces && data.Units.Length <= seeds.Units2025.Length) ? UnitList.Units34 : UnitList.Provinces63;
    }

    private static AdministrativeUnit? Match(Unit unit, UnitList list, VietnamSeeds seeds) =>
        seeds.TryFindUnit(unit.Code, list, out var found) || seeds.TryFindUnit(unit.Name, list, out found) ? found : null;

    private static Dataset WithRegions(Dataset data, Dictionary<string, AdministrativeUnit?> matched)
    {
        var missing = data.Units.Where(u => u.GroupOf(PiiFramework.RegionColumn) is null && matched[u.Code]?.RegionCode is not null).ToList();
        if (missing.Count == 0)
        {
            return data;
        }

        var units = data.Units.Select(u => u.GroupOf(PiiFramework.RegionColumn) is null && matched[u.Code]?.RegionCode is { } region
            ? u with { Groups = u.Groups.SetItem(PiiFramework.RegionColumn, region) }
            : u).ToList();
        var indicators = data.Indicators.Columns;
        var denominators = data.Denominators.Columns;
        IReadOnlyList<double>[] Rows(UnitTable table, ImmutableArray<string> columns) =>
            data.Units.Select(u => (IReadOnlyList<double>)columns.Select(c => table[u.Code, c]).ToArray()).ToArray();
        return Dataset.Create(UnitTable.FromRows(units, indicators, Rows(data.Indicators, indicators)), UnitTable.FromRows(units, denominators, Rows(data.Denominators, denominators)));
    }

    private static PublishedComparison Compare(PublishedEdition published, string key, decimal? figure, double rank, double input, double output, double regionRank)
    {
        var scores = published.FactsFor(key, MeasureKind.Score);
        var ranks = published.FactsFor(key, MeasureKind.Rank);
        var inputs = published.FactsFor(key, MeasureKind.Input);
        var outputs = published.FactsFor(key, MeasureKind.Output);
        var regionRanks = published.FactsFor(key, MeasureKind.RegionRank);
        return new PublishedComparison(
            scores, ranks, inputs, outputs, regionRanks,
            Status(scores, figure),
            Status(ranks, double.IsNaN(rank) ? null : (decimal)rank),
            Status(inputs, PublicationRounding.Publish(input)),
            Status(outputs, PublicationRounding.Publish(output)),
            Status(regionRanks, double.IsNaN(regionRank) ? null : (decimal)regionRank));
    }

    private static ComparisonStatus Status(ImmutableArray<PublishedFact> facts, decimal? computed) =>
        facts.IsEmpty ? ComparisonStatus.NotPublished
        : computed is { } c && facts.Any(f => f.Value == c) ? ComparisonStatus.Matches
        : ComparisonStatus.Differs;
}
