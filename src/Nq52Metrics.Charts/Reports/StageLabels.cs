using Nq52Metrics.Localization;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The texts that describe the methodology in words: one name per step, and the settings and effects of each. Part of
/// the report's texts (<see cref="ReportLabels.Stages"/>), read from the <c>ReportTexts</c> resources under the
/// property's name prefixed with <c>Stage</c>; <c>{0}</c>… are filled in with <see cref="Formatted"/>.
/// </summary>
/// <param name="Language">The language of the texts and of the numbers in them.</param>
internal sealed record StageLabels(DisplayLanguage Language)
{
    /// <summary>A label with <c>{0}</c>… filled in, numbers written as the language writes them.</summary>
    public string Formatted(string format, params object?[] arguments) => string.Format(Language.Culture, format, arguments);

    private static string Text(DisplayLanguage language, string key) => ReportLabels.Text(language, "Stage" + key);

    public string Denominate { get; init; } = Text(Language, nameof(Denominate));

    public string Transform { get; init; } = Text(Language, nameof(Transform));

    public string Impute { get; init; } = Text(Language, nameof(Impute));

    public string Screen { get; init; } = Text(Language, nameof(Screen));

    public string TreatOutliers { get; init; } = Text(Language, nameof(TreatOutliers));

    public string Normalise { get; init; } = Text(Language, nameof(Normalise));

    public string Aggregate { get; init; } = Text(Language, nameof(Aggregate));

    public string Rank { get; init; } = Text(Language, nameof(Rank));

    public string DenominateOn { get; init; } = Text(Language, nameof(DenominateOn));

    public string DenominateScaled { get; init; } = Text(Language, nameof(DenominateScaled));

    public string DenominateOff { get; init; } = Text(Language, nameof(DenominateOff));

    public string DenominatedCount { get; init; } = Text(Language, nameof(DenominatedCount));

    public string TransformOn { get; init; } = Text(Language, nameof(TransformOn));

    public string TransformOff { get; init; } = Text(Language, nameof(TransformOff));

    public string TransformedCount { get; init; } = Text(Language, nameof(TransformedCount));

    public string ImputedCount { get; init; } = Text(Language, nameof(ImputedCount));

    public string ScreenNone { get; init; } = Text(Language, nameof(ScreenNone));

    public string ScreenThreshold { get; init; } = Text(Language, nameof(ScreenThreshold));

    public string ScreenedNone { get; init; } = Text(Language, nameof(ScreenedNone));

    public string ScreenedSome { get; init; } = Text(Language, nameof(ScreenedSome));

    public string OutliersNone { get; init; } = Text(Language, nameof(OutliersNone));

    public string OutliersRule { get; init; } = Text(Language, nameof(OutliersRule));

    public string OutliersLogNone { get; init; } = Text(Language, nameof(OutliersLogNone));

    public string OutliersLogCoinr { get; init; } = Text(Language, nameof(OutliersLogCoinr));

    public string OutliersLogGii { get; init; } = Text(Language, nameof(OutliersLogGii));

    public string OutliersOverrides { get; init; } = Text(Language, nameof(OutliersOverrides));

    public string OutliersTreated { get; init; } = Text(Language, nameof(OutliersTreated));

    public string None { get; init; } = Text(Language, nameof(None));

    public string Polarity { get; init; } = Text(Language, nameof(Polarity));

    public string AggregateLevels { get; init; } = Text(Language, nameof(AggregateLevels));

    public string AggregateByLevel { get; init; } = Text(Language, nameof(AggregateByLevel));

    public string AggregateAvailability { get; init; } = Text(Language, nameof(AggregateAvailability));

    public string AggregateMissing { get; init; } = Text(Language, nameof(AggregateMissing));

    public string AggregatedLevels { get; init; } = Text(Language, nameof(AggregatedLevels));

    public string RankCompetition { get; init; } = Text(Language, nameof(RankCompetition));

    public string RankDense { get; init; } = Text(Language, nameof(RankDense));

    public string RankAverage { get; init; } = Text(Language, nameof(RankAverage));

    public string RankOrdinal { get; init; } = Text(Language, nameof(RankOrdinal));

    public string RankDecimals { get; init; } = Text(Language, nameof(RankDecimals));

    public string RankedCount { get; init; } = Text(Language, nameof(RankedCount));
}
