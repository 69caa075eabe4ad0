using System.Collections.Immutable;

namespace Nq52Metrics.Analysis;

/// <summary>Options of <see cref="WhatIfAnalysis.PlanToReach"/>.</summary>
public sealed record WhatIfOptions
{
    /// <summary>Indicators the unit cannot change; they are left out of the plan.</summary>
    public ImmutableArray<string> Fixed { get; init; } = [];

    /// <summary>
    /// How many plan-rebuild rounds to run when the answer is not exact (each round plans the remaining gap on the
    /// rebuilt index); ≥ 1. An exact plan needs one round.
    /// </summary>
    public int MaxRounds { get; init; } = 10;

    /// <summary>
    /// Index points aimed above the score the unit must reach, so that floating-point rounding in the rebuild cannot
    /// leave it just short of a tie; ≥ 0.
    /// </summary>
    public double Margin { get; init; } = 1e-9;
}
