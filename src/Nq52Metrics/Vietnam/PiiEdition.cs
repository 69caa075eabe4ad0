using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// What a source says about one PII edition (<c>pii_editions.csv</c>). The label is the year in the index's name, not
/// the publication year (PII 2023 was published on 12 March 2024). An edition can have several rows when sources
/// disagree (e.g. 51 vs 52 indicators for 2023); the row with <see cref="UnitsCovered"/> is the main one.
/// </summary>
/// <param name="Label">The edition label, e.g. <c>2023</c> or <c>2022-pilot</c>.</param>
/// <param name="Year">The year in the label.</param>
/// <param name="IsPilot">True for the unpublished 2022 pilot.</param>
/// <param name="UnitsCovered">Number of provincial units covered (63 or 34; 20 for the pilot); null when the row does not say.</param>
/// <param name="PublishedOn">The publication date, when known.</param>
/// <param name="IndicatorCount">Number of indicators, when the row states it.</param>
/// <param name="PillarCount">Number of pillars, when the row states it.</param>
/// <param name="IndicatorGroupCount">Number of indicator groups, when the row states it.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note.</param>
public sealed record PiiEdition(
    string Label,
    int Year,
    bool IsPilot,
    int? UnitsCovered,
    DateOnly? PublishedOn,
    int? IndicatorCount,
    int? PillarCount,
    int? IndicatorGroupCount,
    ImmutableArray<string> Sources,
    FactNote Note);
