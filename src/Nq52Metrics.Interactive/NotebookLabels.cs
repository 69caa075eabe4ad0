namespace Nq52Metrics.Interactive;

/// <summary>
/// Every label the notebook displays use, in one place per display, so that another language can be given as a whole
/// (pass an instance to <see cref="NotebookViews"/>). <see cref="English"/> is the default. Data values (unit names,
/// node names) are never translated.
/// </summary>
public sealed record NotebookLabels
{
    /// <summary>The English labels.</summary>
    public static NotebookLabels English { get; } = new();

    // Shared.

    /// <summary>Header of the rank column.</summary>
    public string Rank { get; init; } = "Rank";

    /// <summary>Header of the unit-code column.</summary>
    public string Code { get; init; } = "Code";

    /// <summary>Header of the name column.</summary>
    public string Name { get; init; } = "Name";

    /// <summary>Shown when a table has more rows than are displayed: {0} = rows shown, {1} = all rows.</summary>
    public string RowsShown { get; init; } = "{0} of {1} rows shown";

    // Framework.

    /// <summary>Title of the framework display: {0} = index code.</summary>
    public string FrameworkTitle { get; init; } = "Framework \"{0}\"";

    /// <summary>Caption of the framework tree table.</summary>
    public string FrameworkTree { get; init; } = "Nodes, top down";

    /// <summary>Header of the level column.</summary>
    public string Level { get; init; } = "Level";

    /// <summary>Header of the weight column.</summary>
    public string Weight { get; init; } = "Weight";

    /// <summary>Header of the effective-weight column.</summary>
    public string EffectiveWeight { get; init; } = "Effective weight";

    /// <summary>Header of the direction column.</summary>
    public string Direction { get; init; } = "Direction";

    /// <summary>Summary of the framework: {0} = indicators, {1} = levels.</summary>
    public string FrameworkSummary { get; init; } = "{0} indicators on {1} levels";

    // Index result.

    /// <summary>Title of an index result: {0} = index code.</summary>
    public string ResultTitle { get; init; } = "Index \"{0}\"";

    /// <summary>Caption of the ranking table.</summary>
    public string RankingCaption { get; init; } = "Ranking with sub-index scores";

    /// <summary>Summary of a result: {0} = units, {1} = indicators.</summary>
    public string ResultSummary { get; init; } = "{0} units, {1} indicators";

    /// <summary>Header of the index-score column: {0} = index code.</summary>
    public string Score { get; init; } = "Score";

    // PII report.

    /// <summary>Title of a PII report.</summary>
    public string PiiTitle { get; init; } = "Provincial Innovation Index (PII)";

    /// <summary>Caption of the PII ranking table.</summary>
    public string PiiRanking { get; init; } = "National ranking";

    /// <summary>Summary of a PII report: {0} = units, {1} = compared edition, {2} = rows that differ from it.</summary>
    public string PiiSummary { get; init; } = "{0} units; compared with the published PII {1}: {2} rows differ";

    /// <summary>Header of the PII column.</summary>
    public string Pii { get; init; } = "PII";

    /// <summary>Header of the rounded-score column (the computed PII rounded as published).</summary>
    public string RoundedScore { get; init; } = "PII (2 d.p.)";

    /// <summary>Header of the Input sub-index column.</summary>
    public string Input { get; init; } = "Input";

    /// <summary>Header of the Output sub-index column.</summary>
    public string Output { get; init; } = "Output";

    /// <summary>Header of the efficiency (Output / Input) column.</summary>
    public string Efficiency { get; init; } = "Output/Input";

    /// <summary>Header of the region column.</summary>
    public string Region { get; init; } = "Region";

    /// <summary>Header of the region-rank column.</summary>
    public string RegionRank { get; init; } = "Region rank";

    /// <summary>Header of the comparison column.</summary>
    public string Published { get; init; } = "vs published";

    /// <summary>Cell text when a figure differs from the published one.</summary>
    public string Differs { get; init; } = "differs";

    /// <summary>Cell text when every published figure matches.</summary>
    public string Matches { get; init; } = "matches";

    // Uncertainty.

    /// <summary>Title of an uncertainty result: {0} = target node.</summary>
    public string UncertaintyTitle { get; init; } = "Uncertainty of \"{0}\"";

    /// <summary>Summary of an uncertainty result: {0} = runs, {1} = failed runs, {2} = inputs varied.</summary>
    public string UncertaintySummary { get; init; } = "{0} runs ({1} failed), {2} inputs varied";

    /// <summary>Caption of the rank-statistics table.</summary>
    public string RankStatistics { get; init; } = "Rank statistics (median and 5–95 % interval), by nominal rank";

    /// <summary>Header of the nominal-rank column.</summary>
    public string NominalRank { get; init; } = "Nominal rank";

    /// <summary>Header of the median-rank column.</summary>
    public string MedianRank { get; init; } = "Median rank";

    /// <summary>Header of the mean-rank column.</summary>
    public string MeanRank { get; init; } = "Mean rank";

    /// <summary>Header of the 5th-percentile column.</summary>
    public string Q5 { get; init; } = "Q5";

    /// <summary>Header of the 95th-percentile column.</summary>
    public string Q95 { get; init; } = "Q95";

    /// <summary>Caption of the sensitivity table.</summary>
    public string SensitivityCaption { get; init; } = "Sobol sensitivity indices (90 % bootstrap intervals)";

    /// <summary>Header of the input column.</summary>
    public string InputVaried { get; init; } = "Input";

    /// <summary>Header of the first-order index column.</summary>
    public string FirstOrder { get; init; } = "First order S";

    /// <summary>Header of the total-order index column.</summary>
    public string TotalOrder { get; init; } = "Total ST";

    // Audit.

    /// <summary>Title of an audit: {0} = index code.</summary>
    public string AuditTitle { get; init; } = "Statistical audit of \"{0}\"";

    /// <summary>Summary of an audit: {0} = units, {1} = findings.</summary>
    public string AuditSummary { get; init; } = "{0} units audited; {1} findings";

    /// <summary>Caption of the findings table.</summary>
    public string Findings { get; init; } = "Findings";

    /// <summary>Header of a location column.</summary>
    public string Where { get; init; } = "Where";

    /// <summary>Header of a message column.</summary>
    public string Finding { get; init; } = "Finding";

    /// <summary>Caption of the indicator-statistics table (raw data).</summary>
    public string IndicatorStatistics { get; init; } = "Indicator statistics (raw data)";

    /// <summary>Header of the count column.</summary>
    public string N { get; init; } = "N";

    /// <summary>Header of the missing-share column.</summary>
    public string Missing { get; init; } = "Missing";

    /// <summary>Header of the minimum column.</summary>
    public string Min { get; init; } = "Min";

    /// <summary>Header of the maximum column.</summary>
    public string Max { get; init; } = "Max";

    /// <summary>Header of the mean column.</summary>
    public string Mean { get; init; } = "Mean";

    /// <summary>Header of the skewness column.</summary>
    public string Skew { get; init; } = "Skew";

    /// <summary>Header of the kurtosis column.</summary>
    public string Kurtosis { get; init; } = "Kurtosis";

    /// <summary>Header of the flags column.</summary>
    public string Flags { get; init; } = "Flags";

    /// <summary>Caption of the Cronbach's alpha table.</summary>
    public string Alphas { get; init; } = "Cronbach's alpha by aggregate";

    /// <summary>Header of the aggregate column.</summary>
    public string Aggregate { get; init; } = "Aggregate";

    /// <summary>Header of the alpha column.</summary>
    public string Alpha { get; init; } = "Alpha";

    /// <summary>Header of the item-count column.</summary>
    public string Items { get; init; } = "Items";

    // Charts.

    /// <summary>Alternative text of a chart image: {0} = chart name.</summary>
    public string ChartAlt { get; init; } = "Chart: {0}";
}
