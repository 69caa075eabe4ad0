namespace Nq52Metrics.Construction;

/// <summary>How missing indicator values are filled in before aggregation.</summary>
public enum ImputationMethod
{
    /// <summary>No imputation: missing values stay missing and aggregation re-weights the available children.</summary>
    None,

    /// <summary>The mean of the indicator's non-missing values over all units (COINr <c>i_mean</c>).</summary>
    Mean,

    /// <summary>The median of the indicator's non-missing values (COINr <c>i_median</c>).</summary>
    Median,

    /// <summary>The mean over the units of the same group (COINr <c>i_mean_grp</c>).</summary>
    GroupMean,

    /// <summary>The median over the units of the same group (COINr <c>i_median_grp</c>).</summary>
    GroupMedian,

    /// <summary>
    /// In panel data, the unit's latest earlier value of the indicator (COINr <c>impute_panel</c>, "constant" with the
    /// latest available year). The report names the period each value came from. Without earlier periods, or when the
    /// unit has no earlier value, the value stays missing.
    /// </summary>
    LatestEarlierValue,
}
