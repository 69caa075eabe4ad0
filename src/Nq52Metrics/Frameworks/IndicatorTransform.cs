namespace Nq52Metrics.Frameworks;

/// <summary>
/// A transform applied to an indicator's raw (denominated) values before imputation, e.g. to tame a skewed
/// distribution. Goalposts and targets are given in raw units and transformed the same way.
/// </summary>
public enum IndicatorTransform
{
    /// <summary>No transform (default).</summary>
    None,

    /// <summary>Natural logarithm ln(x); every available value must be &gt; 0.</summary>
    Log,

    /// <summary>Base-10 logarithm log10(x); every available value must be &gt; 0.</summary>
    Log10,

    /// <summary>Square root √x; every available value must be ≥ 0.</summary>
    Sqrt,
}
