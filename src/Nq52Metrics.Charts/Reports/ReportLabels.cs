using Nq52Metrics.Localization;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// Every fixed text of the HTML report in one language, read from the <c>ReportTexts</c> resources (English and
/// Vietnamese, one key per property: a new label is a property here and an entry in both <c>.resx</c> files). Texts
/// with <c>{0}</c> are composite formats filled in with <see cref="Formatted"/>, whose numbers follow the language.
/// </summary>
/// <param name="Language">The language of the texts and of the numbers shown (the page's <c>lang</c>).</param>
internal sealed record ReportLabels(DisplayLanguage Language)
{
    /// <summary>The English texts.</summary>
    public static ReportLabels English { get; } = new(DisplayLanguage.English);

    /// <summary>The Vietnamese texts.</summary>
    public static ReportLabels Vietnamese { get; } = new(DisplayLanguage.Vietnamese);

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static ReportLabels For(DisplayLanguage language) => language == DisplayLanguage.Vietnamese ? Vietnamese : English;

    /// <summary>The options of one chart of the report: <see cref="Charts"/> with a title made from a label.</summary>
    public ChartOptions Chart(string titleFormat, params object?[] arguments) => Charts with { Title = Formatted(titleFormat, arguments) };

    /// <summary>
    /// The options every chart of the report is drawn with (size, language and whatever else decides the texts inside
    /// the images); each chart's title comes from the <c>…ChartTitle</c> labels through <see cref="Chart"/>.
    /// </summary>
    public ChartOptions Charts { get; init; } = ChartOptions.Default with { Language = Language };

    /// <summary>A label with <c>{0}</c>… filled in, numbers written as the language writes them.</summary>
    public string Formatted(string format, params object?[] arguments) => string.Format(Language.Culture, format, arguments);

    /// <summary>The resource <paramref name="key"/> in <paramref name="language"/>; a missing key is a programming error.</summary>
    internal static string Text(DisplayLanguage language, string key) =>
        ReportTexts.ResourceManager.GetString(key, language.Culture) ?? throw new InvalidOperationException($"No report text has the key \"{key}\".");

    public string SampleTitle { get; init; } = Text(Language, nameof(SampleTitle));

    public string GeneratedBy { get; init; } = Text(Language, nameof(GeneratedBy));

    public string SampleBanner { get; init; } = Text(Language, nameof(SampleBanner));

    public string Contents { get; init; } = Text(Language, nameof(Contents));

    public string Inputs { get; init; } = Text(Language, nameof(Inputs));

    public string RankingHeading { get; init; } = Text(Language, nameof(RankingHeading));

    public string RankingIntro { get; init; } = Text(Language, nameof(RankingIntro));

    public string Rank { get; init; } = Text(Language, nameof(Rank));

    public string Unit { get; init; } = Text(Language, nameof(Unit));

    public string Code { get; init; } = Text(Language, nameof(Code));

    public string Score { get; init; } = Text(Language, nameof(Score));

    public string MedianRank { get; init; } = Text(Language, nameof(MedianRank));

    public string RankInterval { get; init; } = Text(Language, nameof(RankInterval));

    public string Missing { get; init; } = Text(Language, nameof(Missing));

    public string MissingTitle { get; init; } = Text(Language, nameof(MissingTitle));

    public string ChartsHeading { get; init; } = Text(Language, nameof(ChartsHeading));

    public string RankingChart { get; init; } = Text(Language, nameof(RankingChart));

    public string FrameworkChart { get; init; } = Text(Language, nameof(FrameworkChart));

    public string InputOutputChart { get; init; } = Text(Language, nameof(InputOutputChart));

    public string GroupChart { get; init; } = Text(Language, nameof(GroupChart));

    public string RankIntervalChart { get; init; } = Text(Language, nameof(RankIntervalChart));

    public string SobolChart { get; init; } = Text(Language, nameof(SobolChart));

    public string CorrelationChart { get; init; } = Text(Language, nameof(CorrelationChart));

    public string ProfilesHeading { get; init; } = Text(Language, nameof(ProfilesHeading));

    public string ProfilesIntro { get; init; } = Text(Language, nameof(ProfilesIntro));

    public string Node { get; init; } = Text(Language, nameof(Node));

    public string Median { get; init; } = Text(Language, nameof(Median));

    public string Best { get; init; } = Text(Language, nameof(Best));

    public string RankOnNode { get; init; } = Text(Language, nameof(RankOnNode));

    public string ProfileChart { get; init; } = Text(Language, nameof(ProfileChart));

    public string RankOf { get; init; } = Text(Language, nameof(RankOf));

    /// <summary>The texts that describe the steps of the methodology.</summary>
    public StageLabels Stages { get; init; } = new(Language);

    public string MethodologyHeading { get; init; } = Text(Language, nameof(MethodologyHeading));

    public string MethodologyIntro { get; init; } = Text(Language, nameof(MethodologyIntro));

    public string Stage { get; init; } = Text(Language, nameof(Stage));

    public string Settings { get; init; } = Text(Language, nameof(Settings));

    public string Effect { get; init; } = Text(Language, nameof(Effect));

    public string FrameworkSummary { get; init; } = Text(Language, nameof(FrameworkSummary));

    public string UncertaintyHeading { get; init; } = Text(Language, nameof(UncertaintyHeading));

    public string UncertaintySummary { get; init; } = Text(Language, nameof(UncertaintySummary));

    public string UncertaintyAnalysis { get; init; } = Text(Language, nameof(UncertaintyAnalysis));

    public string SensitivityAnalysis { get; init; } = Text(Language, nameof(SensitivityAnalysis));

    public string NominalRank { get; init; } = Text(Language, nameof(NominalRank));

    public string MeanRank { get; init; } = Text(Language, nameof(MeanRank));

    public string Q5 { get; init; } = Text(Language, nameof(Q5));

    public string Q95 { get; init; } = Text(Language, nameof(Q95));

    public string Width { get; init; } = Text(Language, nameof(Width));

    public string Input { get; init; } = Text(Language, nameof(Input));

    public string FirstOrder { get; init; } = Text(Language, nameof(FirstOrder));

    public string TotalOrder { get; init; } = Text(Language, nameof(TotalOrder));

    public string Interval90 { get; init; } = Text(Language, nameof(Interval90));

    public string InputAlternatives { get; init; } = Text(Language, nameof(InputAlternatives));

    public string NoInputs { get; init; } = Text(Language, nameof(NoInputs));

    public string AuditHeading { get; init; } = Text(Language, nameof(AuditHeading));

    public string AuditSummary { get; init; } = Text(Language, nameof(AuditSummary));

    public string AuditNotRun { get; init; } = Text(Language, nameof(AuditNotRun));

    public string Findings { get; init; } = Text(Language, nameof(Findings));

    public string NoFindings { get; init; } = Text(Language, nameof(NoFindings));

    public string Alpha { get; init; } = Text(Language, nameof(Alpha));

    public string Items { get; init; } = Text(Language, nameof(Items));

    public string CorrelationWithParent { get; init; } = Text(Language, nameof(CorrelationWithParent));

    public string CorrelationWithIndex { get; init; } = Text(Language, nameof(CorrelationWithIndex));

    public string Correlations { get; init; } = Text(Language, nameof(Correlations));

    public string RankingChartTitle { get; init; } = Text(Language, nameof(RankingChartTitle));

    public string FrameworkChartTitle { get; init; } = Text(Language, nameof(FrameworkChartTitle));

    public string InputOutputChartTitle { get; init; } = Text(Language, nameof(InputOutputChartTitle));

    public string GroupChartTitle { get; init; } = Text(Language, nameof(GroupChartTitle));

    public string RankIntervalChartTitle { get; init; } = Text(Language, nameof(RankIntervalChartTitle));

    public string SobolChartTitle { get; init; } = Text(Language, nameof(SobolChartTitle));

    public string CorrelationChartTitle { get; init; } = Text(Language, nameof(CorrelationChartTitle));

    public string PublishedHeading { get; init; } = Text(Language, nameof(PublishedHeading));

    public string PublishedIntro { get; init; } = Text(Language, nameof(PublishedIntro));

    public string PublishedSummary { get; init; } = Text(Language, nameof(PublishedSummary));

    public string PublishedSampleNote { get; init; } = Text(Language, nameof(PublishedSampleNote));

    public string PublishedLegend { get; init; } = Text(Language, nameof(PublishedLegend));

    public string Region { get; init; } = Text(Language, nameof(Region));

    public string RoundedPii { get; init; } = Text(Language, nameof(RoundedPii));

    public string Output { get; init; } = Text(Language, nameof(Output));

    public string Efficiency { get; init; } = Text(Language, nameof(Efficiency));

    public string RegionRank { get; init; } = Text(Language, nameof(RegionRank));

    public string PublishedScore { get; init; } = Text(Language, nameof(PublishedScore));

    public string PublishedRank { get; init; } = Text(Language, nameof(PublishedRank));

    public string Differs { get; init; } = Text(Language, nameof(Differs));

    public string DiffersMark { get; init; } = Text(Language, nameof(DiffersMark));

    public string NotPublished { get; init; } = Text(Language, nameof(NotPublished));

    public string DiffersScore { get; init; } = Text(Language, nameof(DiffersScore));

    public string DiffersRank { get; init; } = Text(Language, nameof(DiffersRank));

    public string DiffersInput { get; init; } = Text(Language, nameof(DiffersInput));

    public string DiffersOutput { get; init; } = Text(Language, nameof(DiffersOutput));

    public string DiffersRegionRank { get; init; } = Text(Language, nameof(DiffersRegionRank));
}
