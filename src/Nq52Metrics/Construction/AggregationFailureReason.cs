namespace Nq52Metrics.Construction;

/// <summary>Why an aggregation kernel stopped.</summary>
internal enum AggregationFailureReason
{
    /// <summary>A value outside the method's domain (e.g. ≤ 0 for a geometric mean).</summary>
    Domain,

    /// <summary>A child whose available values are all equal across units, so it cannot be standardised.</summary>
    ConstantChild,

    /// <summary>An intermediate or the result is too large to represent.</summary>
    Overflow,
}
