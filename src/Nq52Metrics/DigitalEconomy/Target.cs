using System.Collections.Immutable;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// A policy target as data (a row of <c>targets.csv</c>): e.g. Resolution 52-NQ/TW, digital economy about 20 % of GDP
/// by 2025. Qualitative targets have no value, unit or comparator.
/// </summary>
/// <param name="Instrument">The instrument's key (see <see cref="TargetInstruments"/>).</param>
/// <param name="TargetYear">The year the target is for; null when the source does not state one.</param>
/// <param name="MetricKey">What is targeted, e.g. <c>de_share_gdp</c>, <c>gii_rank_world</c>.</param>
/// <param name="MetricName">The metric's English name.</param>
/// <param name="Value">The target value; null for a qualitative target.</param>
/// <param name="Unit">The value's unit, e.g. <c>percent_of_gdp</c>, <c>rank</c>; null for a qualitative target.</param>
/// <param name="Comparator">How to read the value; null for a qualitative target.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note (e.g. the source's wording "more than 30%").</param>
public sealed record Target(
    string Instrument,
    int? TargetYear,
    string MetricKey,
    string MetricName,
    decimal? Value,
    string? Unit,
    TargetComparator? Comparator,
    ImmutableArray<string> Sources,
    string Note)
{
    /// <summary>True for a target without a number.</summary>
    public bool IsQualitative => Value is null;

    /// <summary>True when lower values are better (an <see cref="TargetComparator.AtMost"/> target, e.g. a rank).</summary>
    public bool LowerIsBetter => Comparator == TargetComparator.AtMost;
}
