using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// One published value (a row of <c>pii_published.csv</c> or <c>dti_published.csv</c>): what one source said about
/// one unit in one edition. Values keep the precision the source used (<c>50.70</c> has two decimals). Conflicting
/// versions of the same fact are separate facts whose <see cref="Note"/> says <c>conflict:</c>.
/// </summary>
/// <param name="Index">PII or DTI.</param>
/// <param name="Edition">The edition label year (PII 2023 was published in 2024).</param>
/// <param name="UnitKey">The unit's key in the edition's unit list, or <c>national</c>.</param>
/// <param name="Measure">What is measured.</param>
/// <param name="Value">The value as published.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note and its markers.</param>
/// <param name="Origin">Where the fact was read, e.g. <c>pii_published.csv line 37</c>.</param>
public sealed record PublishedFact(
    IndexKind Index,
    int Edition,
    string UnitKey,
    Measure Measure,
    decimal Value,
    ImmutableArray<string> Sources,
    FactNote Note,
    string Origin)
{
    /// <summary>The key that means the whole country rather than a unit.</summary>
    public const string National = "national";
}
