using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A unit's computed PII figures against the published ones of an edition: the facts found and whether they match.
/// Scores compare as published (two decimals, half-up); ranks compare exactly.
/// </summary>
/// <param name="Scores">Published PII scores of the unit (several when sources disagree).</param>
/// <param name="Ranks">Published national ranks.</param>
/// <param name="Inputs">Published Input sub-index values.</param>
/// <param name="Outputs">Published Output sub-index values.</param>
/// <param name="RegionRanks">Published ranks within the region.</param>
/// <param name="Score">Status of the score.</param>
/// <param name="Rank">Status of the national rank.</param>
/// <param name="Input">Status of the Input sub-index.</param>
/// <param name="Output">Status of the Output sub-index.</param>
/// <param name="RegionRank">Status of the region rank.</param>
public sealed record PublishedComparison(
    ImmutableArray<PublishedFact> Scores,
    ImmutableArray<PublishedFact> Ranks,
    ImmutableArray<PublishedFact> Inputs,
    ImmutableArray<PublishedFact> Outputs,
    ImmutableArray<PublishedFact> RegionRanks,
    ComparisonStatus Score,
    ComparisonStatus Rank,
    ComparisonStatus Input,
    ComparisonStatus Output,
    ComparisonStatus RegionRank)
{
    /// <summary>No published figure at all.</summary>
    public static PublishedComparison None { get; } = new([], [], [], [], [], ComparisonStatus.NotPublished, ComparisonStatus.NotPublished,
        ComparisonStatus.NotPublished, ComparisonStatus.NotPublished, ComparisonStatus.NotPublished);

    /// <summary>True when some published figure differs from the computed one.</summary>
    public bool Differs => Score == ComparisonStatus.Differs || Rank == ComparisonStatus.Differs || Input == ComparisonStatus.Differs
        || Output == ComparisonStatus.Differs || RegionRank == ComparisonStatus.Differs;

    /// <summary>True when the seeds hold any published figure for the unit.</summary>
    public bool HasPublished => !(Scores.IsEmpty && Ranks.IsEmpty && Inputs.IsEmpty && Outputs.IsEmpty && RegionRanks.IsEmpty);
}
