using System.Collections.Immutable;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// One uncertain input of an analysis: a named assumption and its alternatives. A run picks one alternative per input;
/// with a uniform draw u the index is ⌊u·count⌋.
/// </summary>
/// <param name="Name">The input's name as in the spec file (e.g. <c>weights</c>, <c>outliers.maxWinsorised</c>, <c>normalise</c>).</param>
/// <param name="Kind">What the input varies.</param>
/// <param name="Alternatives">A readable label per alternative, in order.</param>
public sealed record UncertainInput(string Name, InputKind Kind, ImmutableArray<string> Alternatives)
{
    /// <summary>The pipeline stage the input varies (weights and exclusions vary the aggregation).</summary>
    public Construction.PipelineStage Stage { get; init; }
}
