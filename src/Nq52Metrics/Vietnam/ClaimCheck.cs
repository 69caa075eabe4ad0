using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>The verdict on one claim, with the evidence for it.</summary>
/// <param name="Claim">The claim checked.</param>
/// <param name="Verdict">Confirmed, contradicted or unknown.</param>
/// <param name="Reason">One sentence saying why.</param>
/// <param name="Supporting">Independent facts that give the claimed value.</param>
/// <param name="Conflicting">Independent facts that give another value (or a rank band that excludes it).</param>
/// <param name="Context">Related facts that neither confirm nor contradict (other years or series, the claim's own
/// source, other units at the same rank).</param>
public sealed record ClaimCheck(
    Claim Claim,
    Verdict Verdict,
    string Reason,
    ImmutableArray<Evidence> Supporting,
    ImmutableArray<Evidence> Conflicting,
    ImmutableArray<Evidence> Context)
{
    /// <summary>True when the claim is confirmed by some sources but other sources give another value.</summary>
    public bool IsDisputed => Verdict == Verdict.Confirmed && !Conflicting.IsEmpty;
}
