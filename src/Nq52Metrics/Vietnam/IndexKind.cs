namespace Nq52Metrics.Vietnam;

/// <summary>The published index a fact belongs to.</summary>
public enum IndexKind
{
    /// <summary>The Provincial Innovation Index (Ministry of Science and Technology, GII method with WIPO).</summary>
    Pii,

    /// <summary>The provincial Digital Transformation Index (DTI; 0–1 scale).</summary>
    Dti,
}
