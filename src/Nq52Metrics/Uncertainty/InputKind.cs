namespace Nq52Metrics.Uncertainty;

/// <summary>The kind of assumption an uncertain input varies.</summary>
public enum InputKind
{
    /// <summary>The weights: noisy weight sets or explicit weight sets.</summary>
    Weights,

    /// <summary>The maximum number of winsorised points in outlier treatment.</summary>
    MaxWinsorised,

    /// <summary>Outlier treatment switched on or off.</summary>
    OutlierTreatment,

    /// <summary>The imputation method.</summary>
    Imputation,

    /// <summary>The normalisation method.</summary>
    Normalisation,

    /// <summary>The aggregation method (optionally per level).</summary>
    Aggregation,

    /// <summary>Leaving out indicators or aggregates (their weight set to 0).</summary>
    Exclusion,

    /// <summary>Whole specs of one stage (<see cref="UncertaintySpec.Alternatives"/>).</summary>
    StageSpecs,
}
