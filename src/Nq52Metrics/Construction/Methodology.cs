using Nq52Metrics.Ranking;

namespace Nq52Metrics.Construction;

/// <summary>
/// The recipe for building an index: one immutable spec per <see cref="PipelineStage"/>, applied in the order
/// denominate → transform → impute → screen → treat outliers → normalise → aggregate → rank. Start from a preset and
/// change stages with <c>with</c>: <c>Methodology.Default with { Normalisation = NormalisationMethod.MinMax(1, 100) }</c>.
/// </summary>
public sealed record Methodology
{
    /// <summary>The denomination stage (default: as the framework names denominators).</summary>
    public DenominationSpec Denomination { get; init; } = DenominationSpec.ByFramework;

    /// <summary>The transform stage (default: the transforms the framework names).</summary>
    public TransformSpec Transform { get; init; } = TransformSpec.ByFramework;

    /// <summary>The imputation stage (default: none; aggregates use the available data).</summary>
    public ImputationSpec Imputation { get; init; } = ImputationSpec.None;

    /// <summary>The unit-screening stage (default: keep every unit).</summary>
    public ScreeningSpec Screening { get; init; } = ScreeningSpec.None;

    /// <summary>The outlier-treatment stage (default: COINr's rule, skew 2 and kurtosis 3.5, up to 5 points).</summary>
    public OutlierTreatmentSpec OutlierTreatment { get; init; } = OutlierTreatmentSpec.Coinr;

    /// <summary>The normalisation stage (default: min-max 0–100).</summary>
    public NormalisationMethod Normalisation { get; init; } = NormalisationMethod.MinMax(0, 100);

    /// <summary>The aggregation stage (default: weighted arithmetic means).</summary>
    public AggregationSpec Aggregation { get; init; } = AggregationSpec.Arithmetic;

    /// <summary>The rank stage (default: competition ranks "1224" of unrounded scores). A <see cref="TieMethod"/> converts to it.</summary>
    public RankingSpec Ranking { get; init; } = RankingSpec.Default;

    /// <summary>
    /// The general default, which works on any dataset: denominate and transform as the framework says, no imputation
    /// (aggregates use the available data), keep every unit, COINr's outlier rule (skew 2, kurtosis 3.5, up to 5
    /// winsorised points, then <c>log_CT</c>), min-max 0–100, weighted arithmetic means, competition ranks. It names no
    /// group column, so it needs nothing beyond the framework's own indicators.
    /// </summary>
    public static Methodology Default { get; } = new();

    /// <summary>
    /// COINr's nominal build of its ASEM example (a preset for that example's data): the general default, plus
    /// imputation by the group mean of the <c>EurAsia_group</c> column and screening at ≥ 90 % data availability.
    /// The group column is needed only when there is something to impute.
    /// </summary>
    public static Methodology CoinrAsemExample { get; } = new()
    {
        Imputation = new ImputationSpec(ImputationMethod.GroupMean("EurAsia_group")),
        Screening = new ScreeningSpec(0.9),
    };

    /// <summary>
    /// The GII method: denominate; no imputation (aggregates use the available data); outliers where |skew| &gt; 2.25
    /// and kurtosis &gt; 3.5 are winsorised up to 5 points, else the GII log; min-max 0–100; weighted arithmetic means;
    /// competition ranks.
    /// </summary>
    public static Methodology Gii { get; } = new()
    {
        OutlierTreatment = OutlierTreatmentSpec.Gii,
    };

    /// <summary>The spec of one stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its spec in this methodology.</returns>
    public StageSpec SpecOf(PipelineStage stage) => stage switch
    {
        PipelineStage.Denominate => Denomination,
        PipelineStage.Transform => Transform,
        PipelineStage.Impute => Imputation,
        PipelineStage.Screen => Screening,
        PipelineStage.TreatOutliers => OutlierTreatment,
        PipelineStage.Normalise => Normalisation,
        PipelineStage.Aggregate => Aggregation,
        PipelineStage.Rank => Ranking,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown pipeline stage."),
    };

    /// <summary>This methodology with one stage's spec replaced (the stage is the spec's own).</summary>
    /// <param name="spec">The new spec.</param>
    /// <returns>The changed methodology.</returns>
    public Methodology With(StageSpec spec) => spec switch
    {
        null => throw new ArgumentNullException(nameof(spec)),
        DenominationSpec d => this with { Denomination = d },
        TransformSpec t => this with { Transform = t },
        ImputationSpec i => this with { Imputation = i },
        ScreeningSpec s => this with { Screening = s },
        OutlierTreatmentSpec o => this with { OutlierTreatment = o },
        NormalisationMethod n => this with { Normalisation = n },
        AggregationSpec a => this with { Aggregation = a },
        RankingSpec r => this with { Ranking = r },
        _ => throw new ArgumentException($"Unknown stage spec {spec.GetType().Name}.", nameof(spec)),
    };
}
