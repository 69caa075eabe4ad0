using Nq52Metrics.Localization;

namespace Nq52Metrics.Interactive;

/// <summary>
/// Every label the notebook displays use, in one language, so that a language is given as a whole (pass an instance
/// to <see cref="NotebookViews"/>, or register the notebook formatters with it, see <see cref="NotebookFormatters.Writer"/>).
/// <see cref="English"/> is the default; <see cref="For"/> gives the labels of a <see cref="DisplayLanguage"/>. Each
/// label is read from the <c>NotebookTexts</c> resources under its property's name (English and Vietnamese), and
/// any of them can be replaced with <c>with { … }</c>. Data values (unit names, node names) are never translated.
/// </summary>
/// <param name="Language">
/// The language of the labels and of the numbers shown in HTML and text (<c>47.75</c> or <c>47,75</c>); CSV is
/// always invariant.
/// </param>
public sealed record NotebookLabels(DisplayLanguage Language)
{
    /// <summary>Creates the English labels.</summary>
    public NotebookLabels()
        : this(DisplayLanguage.English)
    {
    }

    /// <summary>The English labels.</summary>
    public static NotebookLabels English { get; } = new(DisplayLanguage.English);

    /// <summary>The Vietnamese labels (numbers with a decimal comma).</summary>
    public static NotebookLabels Vietnamese { get; } = new(DisplayLanguage.Vietnamese);

    /// <summary>The labels of a language: <see cref="English"/> or <see cref="Vietnamese"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The labels (a shared instance).</returns>
    public static NotebookLabels For(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language == DisplayLanguage.Vietnamese ? Vietnamese : English;
    }

    /// <summary>The resource <paramref name="key"/> in <paramref name="language"/>; a missing key is a programming error.</summary>
    private static string Text(DisplayLanguage language, string key) =>
        NotebookTexts.ResourceManager.GetString(key, language.Culture) ?? throw new InvalidOperationException($"No notebook label has the key \"{key}\".");

    /// <summary>The notice shown above a view of sample data (it always says SAMPLE): {0} = the generator's seed.</summary>
    public string SampleNotice { get; init; } = Text(Language, nameof(SampleNotice));

    // Shared.

    /// <summary>Header of the rank column.</summary>
    public string Rank { get; init; } = Text(Language, nameof(Rank));

    /// <summary>Header of the unit-code column.</summary>
    public string Code { get; init; } = Text(Language, nameof(Code));

    /// <summary>Header of the name column.</summary>
    public string Name { get; init; } = Text(Language, nameof(Name));

    /// <summary>Shown when a table has more rows than are displayed: {0} = rows shown, {1} = all rows.</summary>
    public string RowsShown { get; init; } = Text(Language, nameof(RowsShown));

    // Framework.

    /// <summary>Title of the framework display: {0} = index code.</summary>
    public string FrameworkTitle { get; init; } = Text(Language, nameof(FrameworkTitle));

    /// <summary>Caption of the framework tree table.</summary>
    public string FrameworkTree { get; init; } = Text(Language, nameof(FrameworkTree));

    /// <summary>Header of the level column.</summary>
    public string Level { get; init; } = Text(Language, nameof(Level));

    /// <summary>Header of the weight column.</summary>
    public string Weight { get; init; } = Text(Language, nameof(Weight));

    /// <summary>Header of the effective-weight column.</summary>
    public string EffectiveWeight { get; init; } = Text(Language, nameof(EffectiveWeight));

    /// <summary>Header of the direction column.</summary>
    public string Direction { get; init; } = Text(Language, nameof(Direction));

    /// <summary>Summary of the framework: {0} = indicators, {1} = levels.</summary>
    public string FrameworkSummary { get; init; } = Text(Language, nameof(FrameworkSummary));

    // Index result.

    /// <summary>Title of an index result: {0} = index code.</summary>
    public string ResultTitle { get; init; } = Text(Language, nameof(ResultTitle));

    /// <summary>Caption of the ranking table.</summary>
    public string RankingCaption { get; init; } = Text(Language, nameof(RankingCaption));

    /// <summary>Summary of a result: {0} = units, {1} = indicators.</summary>
    public string ResultSummary { get; init; } = Text(Language, nameof(ResultSummary));

    /// <summary>Header of the index-score column: {0} = index code.</summary>
    public string Score { get; init; } = Text(Language, nameof(Score));

    // PII report.

    /// <summary>Title of a PII report.</summary>
    public string PiiTitle { get; init; } = Text(Language, nameof(PiiTitle));

    /// <summary>Caption of the PII ranking table.</summary>
    public string PiiRanking { get; init; } = Text(Language, nameof(PiiRanking));

    /// <summary>Summary of a PII report: {0} = units, {1} = compared edition, {2} = rows that differ from it.</summary>
    public string PiiSummary { get; init; } = Text(Language, nameof(PiiSummary));

    /// <summary>Header of the PII column.</summary>
    public string Pii { get; init; } = Text(Language, nameof(Pii));

    /// <summary>Header of the rounded-score column (the computed PII rounded as published).</summary>
    public string RoundedScore { get; init; } = Text(Language, nameof(RoundedScore));

    /// <summary>Header of the Input sub-index column.</summary>
    public string Input { get; init; } = Text(Language, nameof(Input));

    /// <summary>Header of the Output sub-index column.</summary>
    public string Output { get; init; } = Text(Language, nameof(Output));

    /// <summary>Header of the efficiency (Output / Input) column.</summary>
    public string Efficiency { get; init; } = Text(Language, nameof(Efficiency));

    /// <summary>Header of the region column.</summary>
    public string Region { get; init; } = Text(Language, nameof(Region));

    /// <summary>Header of the region-rank column.</summary>
    public string RegionRank { get; init; } = Text(Language, nameof(RegionRank));

    /// <summary>Header of the comparison column.</summary>
    public string Published { get; init; } = Text(Language, nameof(Published));

    /// <summary>Cell text when a figure differs from the published one.</summary>
    public string Differs { get; init; } = Text(Language, nameof(Differs));

    /// <summary>Cell text when every published figure matches.</summary>
    public string Matches { get; init; } = Text(Language, nameof(Matches));

    // Uncertainty.

    /// <summary>Title of an uncertainty result: {0} = target node.</summary>
    public string UncertaintyTitle { get; init; } = Text(Language, nameof(UncertaintyTitle));

    /// <summary>Summary of an uncertainty result: {0} = runs, {1} = failed runs, {2} = inputs varied.</summary>
    public string UncertaintySummary { get; init; } = Text(Language, nameof(UncertaintySummary));

    /// <summary>Caption of the rank-statistics table.</summary>
    public string RankStatistics { get; init; } = Text(Language, nameof(RankStatistics));

    /// <summary>Header of the nominal-rank column.</summary>
    public string NominalRank { get; init; } = Text(Language, nameof(NominalRank));

    /// <summary>Header of the median-rank column.</summary>
    public string MedianRank { get; init; } = Text(Language, nameof(MedianRank));

    /// <summary>Header of the mean-rank column.</summary>
    public string MeanRank { get; init; } = Text(Language, nameof(MeanRank));

    /// <summary>Header of the 5th-percentile column.</summary>
    public string Q5 { get; init; } = Text(Language, nameof(Q5));

    /// <summary>Header of the 95th-percentile column.</summary>
    public string Q95 { get; init; } = Text(Language, nameof(Q95));

    /// <summary>Caption of the sensitivity table.</summary>
    public string SensitivityCaption { get; init; } = Text(Language, nameof(SensitivityCaption));

    /// <summary>Header of the input column.</summary>
    public string InputVaried { get; init; } = Text(Language, nameof(InputVaried));

    /// <summary>Header of the first-order index column.</summary>
    public string FirstOrder { get; init; } = Text(Language, nameof(FirstOrder));

    /// <summary>Header of the total-order index column.</summary>
    public string TotalOrder { get; init; } = Text(Language, nameof(TotalOrder));

    // Audit.

    /// <summary>Title of an audit: {0} = index code.</summary>
    public string AuditTitle { get; init; } = Text(Language, nameof(AuditTitle));

    /// <summary>Summary of an audit: {0} = units, {1} = findings.</summary>
    public string AuditSummary { get; init; } = Text(Language, nameof(AuditSummary));

    /// <summary>Caption of the findings table.</summary>
    public string Findings { get; init; } = Text(Language, nameof(Findings));

    /// <summary>Header of a location column.</summary>
    public string Where { get; init; } = Text(Language, nameof(Where));

    /// <summary>Header of a message column.</summary>
    public string Finding { get; init; } = Text(Language, nameof(Finding));

    /// <summary>Caption of the indicator-statistics table (raw data).</summary>
    public string IndicatorStatistics { get; init; } = Text(Language, nameof(IndicatorStatistics));

    /// <summary>Header of the count column.</summary>
    public string N { get; init; } = Text(Language, nameof(N));

    /// <summary>Header of the missing-share column.</summary>
    public string Missing { get; init; } = Text(Language, nameof(Missing));

    /// <summary>Header of the minimum column.</summary>
    public string Min { get; init; } = Text(Language, nameof(Min));

    /// <summary>Header of the maximum column.</summary>
    public string Max { get; init; } = Text(Language, nameof(Max));

    /// <summary>Header of the mean column.</summary>
    public string Mean { get; init; } = Text(Language, nameof(Mean));

    /// <summary>Header of the skewness column.</summary>
    public string Skew { get; init; } = Text(Language, nameof(Skew));

    /// <summary>Header of the kurtosis column.</summary>
    public string Kurtosis { get; init; } = Text(Language, nameof(Kurtosis));

    /// <summary>Header of the flags column.</summary>
    public string Flags { get; init; } = Text(Language, nameof(Flags));

    /// <summary>Caption of the Cronbach's alpha table.</summary>
    public string Alphas { get; init; } = Text(Language, nameof(Alphas));

    /// <summary>Header of the aggregate column.</summary>
    public string Aggregate { get; init; } = Text(Language, nameof(Aggregate));

    /// <summary>Header of the alpha column.</summary>
    public string Alpha { get; init; } = Text(Language, nameof(Alpha));

    /// <summary>Header of the item-count column.</summary>
    public string Items { get; init; } = Text(Language, nameof(Items));

    // Charts.

    /// <summary>Alternative text of a chart image: {0} = chart name.</summary>
    public string ChartAlt { get; init; } = Text(Language, nameof(ChartAlt));
}
