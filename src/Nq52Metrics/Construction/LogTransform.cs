namespace Nq52Metrics.Construction;

/// <summary>
/// The transform applied to the <b>original</b> values of an indicator that winsorisation could not bring within
/// the skew/kurtosis limits. With a = 0.01·(max − min):
/// </summary>
public enum LogTransform
{
    /// <summary>No second stage: the winsorised values are kept.</summary>
    None,

    /// <summary>COINr <c>log_CT</c>: ln(x − min + a).</summary>
    CoinToolModified,

    /// <summary>The GII log: ln[(max − 1)(x − min)/(max − min) + 1] (the formula of the GII 2020 workbook).</summary>
    Gii,
}
