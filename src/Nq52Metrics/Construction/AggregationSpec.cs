using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The aggregation step: a method for every aggregate, with per-level and per-node overrides (a node's own method
/// wins over its level's, which wins over <see cref="Method"/>), and an optional data-availability threshold: an
/// aggregate whose share of non-missing children is below it is missing (COINr <c>dat_thresh</c>).
/// </summary>
public sealed record AggregationSpec : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Aggregate;

    /// <summary>Creates a spec using one method at every level (arithmetic when none is given).</summary>
    /// <param name="method">The method for every aggregate.</param>
    public AggregationSpec(AggregationMethod? method = null)
    {
        Method = method ?? AggregationMethod.Arithmetic;
    }

    /// <summary>The method used for aggregates without a level or node override.</summary>
    public AggregationMethod Method { get; init; }

    /// <summary>Method by aggregate level (2 = first aggregate level).</summary>
    public ImmutableDictionary<int, AggregationMethod> ByLevel { get; init; } = ImmutableDictionary<int, AggregationMethod>.Empty;

    /// <summary>Method by aggregate node code; wins over <see cref="ByLevel"/>. Codes must name aggregates of the framework.</summary>
    public ImmutableDictionary<string, AggregationMethod> ByNode { get; init; } = ImmutableDictionary<string, AggregationMethod>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Minimum share (0–1] of non-missing children for an aggregate to be computed; null = no threshold.</summary>
    public double? MinDataAvailability { get; init; }

    /// <summary>Weighted arithmetic means at every level.</summary>
    public static AggregationSpec Arithmetic { get; } = new();

    /// <summary>Value equality, per-level and per-node methods compared by content, not by reference.</summary>
    /// <param name="other">The spec to compare with.</param>
    /// <returns>True when the methods, per-level and per-node methods and threshold are equal.</returns>
    public bool Equals(AggregationSpec? other) =>
        other is not null
        && Method == other.Method
        && MinDataAvailability.Equals(other.MinDataAvailability)
        && ByLevel.Count == other.ByLevel.Count
        && ByLevel.All(p => other.ByLevel.TryGetValue(p.Key, out var m) && m == p.Value)
        && ByNode.Count == other.ByNode.Count
        && ByNode.All(p => other.ByNode.TryGetValue(p.Key, out var m) && m == p.Value);

    /// <summary>A hash consistent with <see cref="Equals(AggregationSpec)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Method, MinDataAvailability, ByLevel.Count, ByNode.Count);

    /// <summary>The method used to compute aggregates at a level, ignoring per-node overrides.</summary>
    /// <param name="level">An aggregate level (≥ 2).</param>
    /// <returns>The method.</returns>
    public AggregationMethod MethodFor(int level) => ByLevel.TryGetValue(level, out var m) ? m : Method;

    /// <summary>The method used to compute one aggregate: its node override, else its level's method.</summary>
    /// <param name="node">The aggregate's code.</param>
    /// <param name="level">The aggregate's level (≥ 2).</param>
    /// <returns>The method.</returns>
    public AggregationMethod MethodFor(string node, int level) =>
        ByNode.TryGetValue(node, out var m) ? m : MethodFor(level);

    /// <summary>A short label, e.g. <c>arithmetic;L2=geometric;P1=minimum;min=0.5</c>.</summary>
    internal string Label() =>
        Method
        + string.Concat(ByLevel.OrderBy(p => p.Key).Select(p => $";L{p.Key.ToString(CultureInfo.InvariantCulture)}={p.Value}"))
        + string.Concat(ByNode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $";{p.Key}={p.Value}"))
        + (MinDataAvailability is { } t ? string.Create(CultureInfo.InvariantCulture, $";min={t}") : "");
}
