namespace Nq52Metrics.Uncertainty;

/// <summary>How many failed runs used one alternative of one input (a failed run counts once for each of its inputs).</summary>
/// <param name="Input">The input's name.</param>
/// <param name="Alternative">The alternative's label.</param>
/// <param name="FailedRuns">Failed runs that used it.</param>
public sealed record InputFailure(string Input, string Alternative, long FailedRuns);
