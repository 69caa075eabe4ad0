namespace Nq52Metrics.Analysis;

/// <summary>Why a what-if answer may not be exact (or what it leaves out).</summary>
public enum WhatIfCaveatKind
{
    /// <summary>A geometric or harmonic mean aggregates some level: the score is not linear in the indicators.</summary>
    NonArithmeticAggregation,

    /// <summary>The normalisation's bounds move with the unit's own values (z-scores: mean and standard deviation).</summary>
    NormalisationMoves,

    /// <summary>The unit holds the lowest value of a changed indicator, so raising it moves the min-max bound for every unit.</summary>
    UnitHoldsMinimum,

    /// <summary>Imputation filled values of a changed indicator from means (or medians) that include the unit.</summary>
    ImputationDependsOnUnit,

    /// <summary>The change altered how the outlier step treats an indicator (winsorising or log-transforming it or no longer doing so).</summary>
    OutlierTreatmentChanged,

    /// <summary>Indicators left out of the plan: outlier-treated ones (their raw values cannot be set through the treatment), fixed ones, or ones the unit has no value for. The plan is minimal over the others.</summary>
    IndicatorsExcluded,

    /// <summary>The rebuilt score differs from the linear prediction.</summary>
    RebuildDiffers,
}
