using Nq52Metrics.Data;

namespace Nq52Metrics.Results;

/// <summary>One row of a ranking table.</summary>
/// <param name="Rank">The unit's rank (1 = best; fractional only with average ties; NaN when its score is missing).</param>
/// <param name="Unit">The unit.</param>
/// <param name="Score">The unit's score for the node (NaN = missing).</param>
public sealed record RankedUnit(double Rank, Unit Unit, double Score)
{
    /// <summary>The row as text: <c>rank. name  score</c> (two decimals; <c>-</c> for a missing rank or score).</summary>
    /// <returns>E.g. <c>1. Switzerland  68.38</c>.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{(double.IsNaN(Rank) ? "-" : Rank.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))}. {Unit.Name}  {(double.IsNaN(Score) ? "-" : Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))}");
}
