namespace Nq52Metrics.Construction;

/// <summary>Whether indicators are checked and treated for outliers.</summary>
public enum OutlierMethod
{
    /// <summary>No outlier treatment.</summary>
    None,

    /// <summary>
    /// The skewness/kurtosis rule: an indicator with large |skew| and large kurtosis is winsorised step by step,
    /// and log-transformed if winsorisation up to the limit does not fix it (COINr <c>Treat</c>, GII).
    /// </summary>
    SkewKurtosis,
}
