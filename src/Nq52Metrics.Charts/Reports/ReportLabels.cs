namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// Every fixed text of the HTML report, in one place so that a translation replaces one instance. Texts with
/// <c>{0}</c> are composite formats filled in the invariant culture.
/// </summary>
internal sealed record ReportLabels
{
    /// <summary>The English texts.</summary>
    public static ReportLabels English { get; } = new();

    /// <summary>A label with <c>{0}</c>… filled in, in the invariant culture.</summary>
    public static string Formatted(string format, params object?[] arguments) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments);

    /// <summary>The options of one chart of the report: <see cref="Charts"/> with a title made from a label.</summary>
    public ChartOptions Chart(string titleFormat, params object?[] arguments) => Charts with { Title = Formatted(titleFormat, arguments) };

    /// <summary>The BCP 47 language tag of the page (<c>lang</c>).</summary>
    public string Language { get; init; } = "en";

    public string SampleTitle { get; init; } = "SAMPLE · {0}";

    public string GeneratedBy { get; init; } = "Built with Nq52Metrics. This file is self-contained: it needs no network.";

    public string SampleBanner { get; init; } = "SAMPLE DATA: every unit of these data is marked as sample data. The results below are NOT real results.";

    public string Contents { get; init; } = "Contents";

    public string Inputs { get; init; } = "Inputs";

    public string RankingHeading { get; init; } = "Ranking";

    public string RankingIntro { get; init; } = "{0} units ranked by {1}. Click a column heading to sort by it; click again to reverse. Click a unit to open its profile.";

    public string Rank { get; init; } = "Rank";

    public string Unit { get; init; } = "Unit";

    public string Code { get; init; } = "Code";

    public string Score { get; init; } = "Score";

    public string MedianRank { get; init; } = "Median rank (runs)";

    public string RankInterval { get; init; } = "5–95 % rank interval";

    public string Missing { get; init; } = "n/a";

    public string MissingTitle { get; init; } = "missing: no value could be computed";

    public string ChartsHeading { get; init; } = "Charts";

    /// <summary>
    /// The options every chart of the report is drawn with (size and whatever else decides the texts inside the
    /// images); each chart's title comes from the <c>…ChartTitle</c> labels below through <see cref="Chart"/>.
    /// </summary>
    public ChartOptions Charts { get; init; } = ChartOptions.Default;

    public string RankingChartTitle { get; init; } = "Ranking: {0}";

    public string FrameworkChartTitle { get; init; } = "Framework: {0}";

    public string InputOutputChartTitle { get; init; } = "{0} against {1}";

    public string GroupChartTitle { get; init; } = "{0} by {1}";

    public string RankIntervalChartTitle { get; init; } = "Rank intervals of {0} over {1:N0} runs";

    public string SobolChartTitle { get; init; } = "Sensitivity of the mean rank shift of {0}";

    public string CorrelationChartTitle { get; init; } = "{0} correlations, level {1} (blue −1, white 0, red +1)";

    public string RankingChart { get; init; } = "The ranking: each bar is split into the contribution of each child of the index.";

    public string FrameworkChart { get; init; } = "The framework: the index, its aggregates and its indicators.";

    public string InputOutputChart { get; init; } = "{0} against {1}, with the efficiency line.";

    public string GroupChart { get; init; } = "Scores by {0}.";

    public string RankIntervalChart { get; init; } = "Rank intervals: the median rank and the 5–95 % band of every unit over the runs.";

    public string SobolChart { get; init; } = "Sobol indices of the uncertain inputs, with bootstrap 90 % intervals.";

    public string CorrelationChart { get; init; } = "Correlations between the nodes of level {0}.";

    public string ProfilesHeading { get; init; } = "Unit profiles";

    public string ProfilesIntro { get; init; } = "Each unit's score and rank on the index and on every aggregate below it, against the median and the best of all units. Bar: the unit; thin line: the median; dark mark: the best.";

    public string Node { get; init; } = "Node";

    public string Median { get; init; } = "Median";

    public string Best { get; init; } = "Best";

    public string RankOnNode { get; init; } = "Rank on the node";

    public string ProfileChart { get; init; } = "Profile bar";

    public string RankOf { get; init; } = "rank {0} of {1}";

    /// <summary>The texts that describe the steps of the methodology.</summary>
    public StageLabels Stages { get; init; } = new();

    public string MethodologyHeading { get; init; } = "Methodology as applied";

    public string MethodologyIntro { get; init; } = "The steps in the order they ran, each with its settings and what it did to these data.";

    public string Stage { get; init; } = "Step";

    public string Settings { get; init; } = "Settings";

    public string Effect { get; init; } = "What it did";

    public string FrameworkSummary { get; init; } = "The framework has {0} indicators on {1} levels.";

    public string UncertaintyHeading { get; init; } = "Uncertainty and sensitivity";

    public string UncertaintySummary { get; init; } = "{0} runs ({1} failed), seed {2}, analysing the rank of {3}. Uncertain inputs: {4}.";

    public string UncertaintyAnalysis { get; init; } = "Uncertainty analysis";

    public string SensitivityAnalysis { get; init; } = "Sensitivity analysis (Sobol indices)";

    public string NominalRank { get; init; } = "Nominal rank";

    public string MeanRank { get; init; } = "Mean rank";

    public string Q5 { get; init; } = "5 % rank";

    public string Q95 { get; init; } = "95 % rank";

    public string Width { get; init; } = "Interval width";

    public string Input { get; init; } = "Input";

    public string FirstOrder { get; init; } = "First order S";

    public string TotalOrder { get; init; } = "Total order ST";

    public string Interval90 { get; init; } = "{0} [{1}, {2}]";

    public string InputAlternatives { get; init; } = "{0} ({1} alternatives)";

    public string NoInputs { get; init; } = "none";

    public string AuditHeading { get; init; } = "Statistical audit";

    public string AuditSummary { get; init; } = "Units audited: {0}. Correlation matrices: {1}. Aggregates with a Cronbach's alpha: {2}. Findings: {3}.";

    public string AuditNotRun { get; init; } = "The statistical audit could not run on these data:";

    public string Findings { get; init; } = "Findings";

    public string NoFindings { get; init; } = "No findings: every statistic is within its threshold.";

    public string Alpha { get; init; } = "Cronbach's alpha";

    public string Items { get; init; } = "Children";

    public string CorrelationWithParent { get; init; } = "Correlation with parent";

    public string CorrelationWithIndex { get; init; } = "Correlation with index";

    public string Correlations { get; init; } = "Correlations with the parent and the index";

    public string PublishedHeading { get; init; } = "PII against the published PII {0}";

    public string PublishedIntro { get; init; } = "The computed PII of every unit with its Input, Output and efficiency (Output / Input), next to the figures published for PII {0} where the seeds hold them.";

    public string PublishedSummary { get; init; } = "Differences from the published PII {0}: {1} of the {2} units with published figures differ, {3} match; {4} have no published figure.";

    public string PublishedSampleNote { get; init; } = "These are SAMPLE data, generated to resemble the published levels: differences from the published figures are expected and say nothing about the method.";

    public string PublishedLegend { get; init; } = "{0} = differs from the computed figure; {1} = not published; a / b = sources disagree. The PII is shown rounded as it is published (two decimals, half-up).";

    public string Region { get; init; } = "Region";

    public string RoundedPii { get; init; } = "PII";

    public string Output { get; init; } = "Output";

    public string Efficiency { get; init; } = "Efficiency (Output / Input)";

    public string RegionRank { get; init; } = "Region rank";

    public string PublishedScore { get; init; } = "Published PII {0}";

    public string PublishedRank { get; init; } = "Published rank {0}";

    public string Differs { get; init; } = "Differs";

    public string DiffersMark { get; init; } = "≠";

    public string NotPublished { get; init; } = "–";

    public string DiffersScore { get; init; } = "score";

    public string DiffersRank { get; init; } = "rank";

    public string DiffersInput { get; init; } = "input";

    public string DiffersOutput { get; init; } = "output";

    public string DiffersRegionRank { get; init; } = "region rank";
}
