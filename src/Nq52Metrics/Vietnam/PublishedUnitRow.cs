using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Everything one edition's sources say about one unit: a row of the published table as known. Conflicting versions
/// are all present (see <see cref="HasConflict"/>).
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Facts">The unit's facts in that edition, in file order.</param>
public sealed record PublishedUnitRow(AdministrativeUnit Unit, ImmutableArray<PublishedFact> Facts)
{
    /// <summary>The facts of one kind (several when sources disagree).</summary>
    /// <param name="kind">The measure kind.</param>
    /// <returns>The matching facts, in file order.</returns>
    public ImmutableArray<PublishedFact> Of(MeasureKind kind) => Facts.Where(f => f.Measure.Kind == kind).ToImmutableArray();

    /// <summary>The best (smallest) published national rank, or the lower end of a rank band when no rank is published; null when neither is known.</summary>
    public decimal? BestKnownRank =>
        Of(MeasureKind.Rank).Select(f => (decimal?)f.Value).Min() ?? Of(MeasureKind.RankBandMin).Select(f => (decimal?)f.Value).Min();

    /// <summary>True when some fact of the row is marked as a conflict between sources.</summary>
    public bool HasConflict => Facts.Any(f => f.Note.IsConflict);

    /// <summary>Every source key cited by the row, in order of first use.</summary>
    public ImmutableArray<string> Sources => Facts.SelectMany(f => f.Sources).Distinct(StringComparer.Ordinal).ToImmutableArray();
}
