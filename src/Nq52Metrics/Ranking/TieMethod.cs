namespace Nq52Metrics.Ranking;

/// <summary>
/// How tied scores are ranked (rank 1 = highest score). For scores (80, 90, 90, 70):
/// </summary>
public enum TieMethod
{
    /// <summary>Standard competition ranking "1224": ties share the smallest rank (R ties "min"; COINr, GII). → 3, 1, 1, 4.</summary>
    Competition,

    /// <summary>Dense ranking "1223": ties share a rank and no rank is skipped. → 2, 1, 1, 3.</summary>
    Dense,

    /// <summary>Fractional ranking: ties share the mean of their positions. → 3, 1.5, 1.5, 4.</summary>
    Average,

    /// <summary>Ordinal ranking "1234": ties are broken by unit order. → 3, 1, 2, 4.</summary>
    Ordinal,
}
