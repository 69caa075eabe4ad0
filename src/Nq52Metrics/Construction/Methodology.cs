using Nq52Metrics.Ranking;

namespace Nq52Metrics.Construction;

/// <summary>
/// The recipe for building an index: one immutable spec per pipeline step, applied in the order
/// denominate → impute → screen → treat outliers → normalise → aggregate → rank. Start from a preset and change
/// steps with <c>with</c>: <c>Methodology.CoinrDefault with { Normalisation = NormalisationMethod.MinMax(1, 100) }</c>.
/// </summary>
public sealed record Methodology
{
    /// <summary>The denomination step.</summary>
    public DenominationSpec Denomination { get; init; } = DenominationSpec.ByFramework;

    /// <summary>The imputation step.</summary>
    public ImputationSpec Imputation { get; init; } = ImputationSpec.None;

    /// <summary>The unit-screening step.</summary>
    public ScreeningSpec Screening { get; init; } = ScreeningSpec.None;

    /// <summary>The outlier-treatment step.</summary>
    public OutlierTreatmentSpec OutlierTreatment { get; init; } = OutlierTreatmentSpec.Coinr;

    /// <summary>The normalisation method.</summary>
    public NormalisationMethod Normalisation { get; init; } = NormalisationMethod.MinMax(0, 100);

    /// <summary>The aggregation step.</summary>
    public AggregationSpec Aggregation { get; init; } = AggregationSpec.Arithmetic;

    /// <summary>How tied scores are ranked.</summary>
    public TieMethod Ranking { get; init; } = TieMethod.Competition;

    /// <summary>
    /// COINr's nominal build of its ASEM example: denominate as the framework says; impute by the group mean of
    /// <c>EurAsia_group</c>; keep units with ≥ 90 % data; treat outliers (skew 2, kurtosis 3.5, up to 5 points, then
    /// <c>log_CT</c>); min-max 0–100; weighted arithmetic means; competition ranks. The group column is needed only
    /// when there is something to impute.
    /// </summary>
    public static Methodology CoinrDefault { get; } = new()
    {
        Imputation = new ImputationSpec(ImputationMethod.GroupMean, "EurAsia_group"),
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
}
