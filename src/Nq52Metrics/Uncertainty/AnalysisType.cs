namespace Nq52Metrics.Uncertainty;

/// <summary>What an uncertainty run computes.</summary>
public enum AnalysisType
{
    /// <summary>Uncertainty analysis: N independent runs; rank and score statistics per unit.</summary>
    Uncertainty,

    /// <summary>
    /// Variance-based sensitivity analysis: the Saltelli design [A; B; AB₁…AB_d] (N(d + 2) runs); first-order and total
    /// Sobol indices of the mean absolute rank shift, plus the rank statistics of the A and B runs.
    /// </summary>
    Sensitivity,
}
