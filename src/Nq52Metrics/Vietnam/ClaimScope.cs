namespace Nq52Metrics.Vietnam;

/// <summary>What a claim of <c>article_claims.csv</c> is about.</summary>
public enum ClaimScope
{
    /// <summary>A national rank or a national fact.</summary>
    National,

    /// <summary>A rank within the region.</summary>
    Region,

    /// <summary>A value for the province itself.</summary>
    Province,
}
