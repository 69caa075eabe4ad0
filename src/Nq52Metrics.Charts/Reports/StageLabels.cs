namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The texts that describe the methodology in words: one name per step, and the settings and effects of each. Part of
/// the report's texts (<see cref="ReportLabels.Stages"/>); <c>{0}</c>… are filled in the invariant culture.
/// </summary>
internal sealed record StageLabels
{
    public string Denominate { get; init; } = "Denominate";

    public string Transform { get; init; } = "Transform";

    public string Impute { get; init; } = "Impute";

    public string Screen { get; init; } = "Screen units";

    public string TreatOutliers { get; init; } = "Treat outliers";

    public string Normalise { get; init; } = "Normalise";

    public string Aggregate { get; init; } = "Aggregate";

    public string Rank { get; init; } = "Rank";

    public string DenominateOn { get; init; } = "Each indicator with a denominator in the framework is divided by it.";

    public string DenominateScaled { get; init; } = "Each indicator with a denominator in the framework is divided by it, then multiplied by {0}.";

    public string DenominateOff { get; init; } = "Off: indicators are used as given.";

    public string DenominatedCount { get; init; } = "{0} of {1} indicators denominated.";

    public string TransformOn { get; init; } = "The transforms the framework names (log, log10, square root) are applied to their indicators.";

    public string TransformOff { get; init; } = "Off: no indicator is transformed.";

    public string TransformedCount { get; init; } = "{0} of {1} indicators transformed.";

    public string ImputeNone { get; init; } = "No imputation: aggregates use the available values and re-weight the rest.";

    public string ImputeMean { get; init; } = "A missing value is replaced by the indicator's mean over all units.";

    public string ImputeMedian { get; init; } = "A missing value is replaced by the indicator's median over all units.";

    public string ImputeGroupMean { get; init; } = "A missing value is replaced by the indicator's mean over the unit's group ({0}); over all units when the group has none.";

    public string ImputeGroupMedian { get; init; } = "A missing value is replaced by the indicator's median over the unit's group ({0}); over all units when the group has none.";

    public string ImputeLatest { get; init; } = "A missing value is replaced by the unit's latest earlier value of the indicator (panel data).";

    public string ImputedCount { get; init; } = "{0} values imputed; {1} still missing.";

    public string ScreenNone { get; init; } = "Every unit is kept.";

    public string ScreenThreshold { get; init; } = "Units with less than {0} % of their indicator values available are dropped.";

    public string ScreenedNone { get; init; } = "No unit dropped.";

    public string ScreenedSome { get; init; } = "Dropped: {0}.";

    public string OutliersNone { get; init; } = "Off: no indicator is checked for outliers.";

    public string OutliersRule { get; init; } = "An indicator fails when |skewness| {0} {1} and kurtosis {0} {2}; its most extreme points are winsorised, up to {3}, until it passes; if it still fails, {4}.";

    public string OutliersLogNone { get; init; } = "its winsorised values are kept";

    public string OutliersLogCoinr { get; init; } = "its original values are log-transformed instead (COINr's log_CT: ln(x − min + a))";

    public string OutliersLogGii { get; init; } = "its original values are log-transformed instead (the GII log)";

    public string OutliersOverrides { get; init; } = " Indicators with their own rule: {0}.";

    public string OutliersTreated { get; init; } = "Winsorised: {0}. Log-transformed: {1}.";

    public string None { get; init; } = "none";

    public string NormaliseMinMax { get; init; } = "Min-max: each indicator is rescaled to {0}–{1} (its worst value to {0}, its best to {1}).";

    public string NormaliseZScore { get; init; } = "Z-scores: each indicator is rescaled to mean {0} and standard deviation {1}.";

    public string NormaliseRank { get; init; } = "Ranks: each indicator is replaced by the units' ranks on it.";

    public string NormalisePercentileRank { get; init; } = "Percentile ranks: each indicator is replaced by the units' percentile ranks on it.";

    public string NormaliseGoalposts { get; init; } = "Goalposts: each indicator is placed between its goalposts from the framework, times {0}{1}.";

    public string GoalpostsTruncate { get; init; } = ", values outside the goalposts clamped to them";

    public string NormaliseTarget { get; init; } = "Distance to target: each indicator is divided by its target from the framework{0}.";

    public string TargetCap { get; init; } = ", capped at 1";

    public string NormaliseNone { get; init; } = "None: the values are aggregated as they are.";

    public string NormalisePooled { get; init; } = " Pooled: one scale over every period of the data.";

    public string Polarity { get; init; } = "Indicators with a negative direction are reversed, so that a higher score is always better.";

    public string AggregateLevels { get; init; } = "Each aggregate is the weighted {0} of its children's scores.";

    public string AggregateByLevel { get; init; } = " Level {0}: weighted {1}.";

    public string AggregateAvailability { get; init; } = " An aggregate with less than {0} % of its children available is missing.";

    public string AggregateMissing { get; init; } = " A missing child is left out and the others are re-weighted.";

    public string Arithmetic { get; init; } = "arithmetic mean";

    public string Geometric { get; init; } = "geometric mean";

    public string Harmonic { get; init; } = "harmonic mean";

    public string AggregatedLevels { get; init; } = "{0} aggregates on {1} levels above the indicators.";

    public string RankCompetition { get; init; } = "Competition ranks (\"1224\"): tied units share the best rank, 1 = best.";

    public string RankDense { get; init; } = "Dense ranks (\"1223\"): tied units share a rank, no rank is skipped, 1 = best.";

    public string RankAverage { get; init; } = "Fractional ranks: tied units share the mean of their positions, 1 = best.";

    public string RankOrdinal { get; init; } = "Ordinal ranks (\"1234\"): ties broken by unit order, 1 = best.";

    public string RankDecimals { get; init; } = " Scores are rounded to {0} decimals before ranking.";

    public string RankedCount { get; init; } = "{0} units ranked.";
}
