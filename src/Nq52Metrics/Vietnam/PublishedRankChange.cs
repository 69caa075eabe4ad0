using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A unit's published rank in two editions and the places gained. When sources disagree on a rank, there is one
/// change per combination of versions (see <see cref="IsAmbiguous"/>).
/// </summary>
/// <param name="UnitKey">The unit's key.</param>
/// <param name="Before">The earlier edition's rank fact.</param>
/// <param name="After">The later edition's rank fact.</param>
/// <param name="Reported">The later edition's published <c>rank_change</c> facts for the unit, if any.</param>
/// <param name="IsAmbiguous">True when either edition has more than one rank value for the unit.</param>
public sealed record PublishedRankChange(string UnitKey, PublishedFact Before, PublishedFact After, ImmutableArray<PublishedFact> Reported, bool IsAmbiguous)
{
    /// <summary>Places gained: earlier rank − later rank (negative = fell).</summary>
    public decimal PlacesGained => Before.Value - After.Value;

    /// <summary>Whether a published <c>rank_change</c> equals <see cref="PlacesGained"/>; null when none is published.</summary>
    public bool? AgreesWithReported => Reported.IsEmpty ? null : Reported.Any(r => r.Value == PlacesGained);
}
