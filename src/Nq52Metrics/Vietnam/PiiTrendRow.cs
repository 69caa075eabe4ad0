using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A unit's published PII rank and score in two editions and the change. Conflicting published versions are all kept
/// (the change is then null, never resolved silently).
/// </summary>
/// <param name="FromEdition">The earlier edition.</param>
/// <param name="ToEdition">The later edition.</param>
/// <param name="From">The unit in the earlier edition.</param>
/// <param name="To">The unit in the later edition (the merged unit across the 2025 merger).</param>
/// <param name="RanksBefore">The distinct published ranks in the earlier edition (empty when none).</param>
/// <param name="RanksAfter">The distinct published ranks in the later edition.</param>
/// <param name="ScoresBefore">The distinct published scores in the earlier edition.</param>
/// <param name="ScoresAfter">The distinct published scores in the later edition.</param>
/// <param name="Comparability">Whether the two compare like with like.</param>
/// <param name="Facts">The published facts used, both editions, in file order.</param>
public sealed record PiiTrendRow(
    int FromEdition,
    int ToEdition,
    AdministrativeUnit From,
    AdministrativeUnit To,
    ImmutableArray<decimal> RanksBefore,
    ImmutableArray<decimal> RanksAfter,
    ImmutableArray<decimal> ScoresBefore,
    ImmutableArray<decimal> ScoresAfter,
    TrendComparability Comparability,
    ImmutableArray<PublishedFact> Facts)
{
    /// <summary>Places gained (earlier rank − later rank; negative = fell); null unless each edition has exactly one rank.</summary>
    public decimal? PlacesGained => RanksBefore is [var b] && RanksAfter is [var a] ? b - a : null;

    /// <summary>Points gained (later score − earlier score); null unless each edition has exactly one score.</summary>
    public decimal? ScoreChange => ScoresBefore is [var b] && ScoresAfter is [var a] ? a - b : null;

    /// <summary>True when some fact used is marked as a conflict between sources.</summary>
    public bool HasConflict => Facts.Any(f => f.Note.IsConflict);

    /// <summary>Every source key cited, in order of first use.</summary>
    public ImmutableArray<string> Sources => Facts.SelectMany(f => f.Sources).Distinct(StringComparer.Ordinal).ToImmutableArray();
}
