namespace Nq52Metrics.Construction;

/// <summary>
/// How the children of an aggregate are combined. Missing children are dropped and the remaining weights
/// rescaled (w are relative weights):
/// </summary>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean Σwx/Σw (COINr <c>a_amean</c>, GII).</summary>
    Arithmetic,

    /// <summary>Weighted geometric mean exp(Σw ln x/Σw); every value must be &gt; 0 (COINr <c>a_gmean</c>).</summary>
    Geometric,

    /// <summary>Weighted harmonic mean Σw/Σ(w/x); every value must be &gt; 0 (COINr <c>a_hmean</c>).</summary>
    Harmonic,
}
