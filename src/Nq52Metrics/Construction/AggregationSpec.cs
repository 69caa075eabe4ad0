using System.Collections.Immutable;

namespace Nq52Metrics.Construction;

/// <summary>
/// The aggregation step: a method for every level (with per-level overrides) and an optional data-availability
/// threshold: an aggregate whose share of non-missing children is below it is missing (COINr <c>dat_thresh</c>).
/// </summary>
public sealed record AggregationSpec : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Aggregate;

    /// <summary>Creates a spec using one method at every level.</summary>
    /// <param name="method">The method for every level.</param>
    public AggregationSpec(AggregationMethod method = AggregationMethod.Arithmetic)
    {
        Method = method;
    }

    /// <summary>The method used at levels without an override.</summary>
    public AggregationMethod Method { get; init; }

    /// <summary>Method by aggregate level (2 = first aggregate level).</summary>
    public ImmutableDictionary<int, AggregationMethod> ByLevel { get; init; } = ImmutableDictionary<int, AggregationMethod>.Empty;

    /// <summary>Minimum share (0–1] of non-missing children for an aggregate to be computed; null = no threshold.</summary>
    public double? MinDataAvailability { get; init; }

    /// <summary>Weighted arithmetic means at every level.</summary>
    public static AggregationSpec Arithmetic { get; } = new();

    /// <summary>Value equality, per-level methods compared by content, not by reference.</summary>
    /// <param name="other">The spec to compare with.</param>
    /// <returns>True when the methods, per-level methods and threshold are equal.</returns>
    public bool Equals(AggregationSpec? other) =>
        other is not null
        && Method == other.Method
        && MinDataAvailability.Equals(other.MinDataAvailability)
        && ByLevel.Count == other.ByLevel.Count
        && ByLevel.All(p => other.ByLevel.TryGetValue(p.Key, out var m) && m == p.Value);

    /// <summary>A hash consistent with <see cref="Equals(AggregationSpec)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Method, MinDataAvailability, ByLevel.Count);

    /// <summary>The method used to compute aggregates at a level.</summary>
    /// <param name="level">An aggregate level (≥ 2).</param>
    /// <returns>The method.</returns>
    public AggregationMethod MethodFor(int level) => ByLevel.TryGetValue(level, out var m) ? m : Method;
}
