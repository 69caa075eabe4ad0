using System.Collections.Immutable;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// What leaving one element out (its weight set to 0) does to the analysed node: the new scores and ranks per unit,
/// the rank shifts (nominal rank − new rank, so a positive shift means the unit moved up) and their mean absolute value.
/// </summary>
/// <param name="Element">The code of the element left out.</param>
/// <param name="Scores">New score per unit (unit order of the nominal result).</param>
/// <param name="Ranks">New rank per unit.</param>
/// <param name="RankShifts">Nominal rank − new rank, per unit.</param>
/// <param name="MeanAbsoluteShift">Mean of |shift| over units with both ranks.</param>
public sealed record ElementImpact(
    string Element,
    ImmutableArray<double> Scores,
    ImmutableArray<double> Ranks,
    ImmutableArray<double> RankShifts,
    double MeanAbsoluteShift);
