using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A digital-economy share the seed article gives, against every other source's share for the same unit (any year or
/// series): whether some other source gives the same figure.
/// </summary>
/// <param name="Article">The article's figure.</param>
/// <param name="Others">The other sources' figures for the unit (its key in either unit list), oldest first.</param>
public sealed record ArticleShareCheck(ShareStanding Article, ImmutableArray<ShareStanding> Others)
{
    /// <summary>True when no other source gives the article's figure (for any year or series).</summary>
    public bool DiffersFromEverySource => Others.All(o => o.Observation.SharePercent != Article.Observation.SharePercent);
}
