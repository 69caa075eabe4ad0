namespace Nq52Metrics.Vietnam;

/// <summary>What the seeds say about a claim.</summary>
public enum Verdict
{
    /// <summary>A source other than the claim's own gives the same value (other sources may still disagree: see <see cref="ClaimCheck.IsDisputed"/>).</summary>
    Confirmed,

    /// <summary>Sources other than the claim's own give a different value (or a rank band that excludes it), and none gives the claimed value.</summary>
    Contradicted,

    /// <summary>The seeds cannot tell: no independent source covers the claim (the reason says why).</summary>
    Unknown,
}
