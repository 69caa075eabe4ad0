namespace Nq52Metrics.Vietnam;

/// <summary>How a computed figure compares with the published one.</summary>
public enum ComparisonStatus
{
    /// <summary>The seeds hold no published figure for it.</summary>
    NotPublished,

    /// <summary>A published figure (one of the versions, when sources disagree) equals the computed one.</summary>
    Matches,

    /// <summary>Published figures exist and none equals the computed one.</summary>
    Differs,
}
