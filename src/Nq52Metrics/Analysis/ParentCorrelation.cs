namespace Nq52Metrics.Analysis;

/// <summary>
/// The correlation of a node with an ancestor: its parent, or the index (COINr's <c>get_corr(withparent = …)</c>).
/// Level 1 uses the normalised values, aggregates their scores.
/// </summary>
/// <param name="Code">The node's code.</param>
/// <param name="Parent">The ancestor's code: the node's parent, or the index.</param>
/// <param name="R">The correlation, in [−1, 1].</param>
public sealed record ParentCorrelation(string Code, string Parent, double R);
