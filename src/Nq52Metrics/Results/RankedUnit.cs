using Nq52Metrics.Data;

namespace Nq52Metrics.Results;

/// <summary>One row of a ranking table.</summary>
/// <param name="Rank">The unit's rank (1 = best; fractional only with average ties; NaN when its score is missing).</param>
/// <param name="Unit">The unit.</param>
/// <param name="Score">The unit's score for the node (NaN = missing).</param>
public sealed record RankedUnit(double Rank, Unit Unit, double Score);
