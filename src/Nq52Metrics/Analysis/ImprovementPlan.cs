using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Analysis;

/// <summary>
/// The smallest set of improvements, in normalised points, that lifts a unit to a target rank — and the proof: the
/// index rebuilt with the changed raw values and the rank the unit really reaches.
/// </summary>
/// <remarks>
/// With weighted arithmetic means at every level and normalisation bounds that do not move, the score is linear in
/// the unit's normalised values (slope = effective weight), so raising indicators in order of effective weight, each
/// at most to the best value among the units, minimises the total points: the plan is then exact
/// (<see cref="IsExact"/>). Otherwise <see cref="Caveats"/> says why, and the plan is refined over up to
/// <see cref="WhatIfOptions.MaxRounds"/> rebuilds.
/// </remarks>
public sealed record ImprovementPlan
{
    /// <summary>The unit code.</summary>
    public required string Unit { get; init; }

    /// <summary>The node ranked (default the index).</summary>
    public required string Node { get; init; }

    /// <summary>The rank asked for (1 = best).</summary>
    public required int TargetRank { get; init; }

    /// <summary>The unit's rank now.</summary>
    public required double RankBefore { get; init; }

    /// <summary>The unit's score now.</summary>
    public required double ScoreBefore { get; init; }

    /// <summary>The score to reach: that of the unit now at the target rank among the others (a tie is enough under competition ranking).</summary>
    public required double ThresholdScore { get; init; }

    /// <summary>The improvements, largest effective weight first (empty when the unit is already there).</summary>
    public required ImmutableArray<PlannedImprovement> Steps { get; init; }

    /// <summary>The score the linear model predicts after the steps (of the last round).</summary>
    public required double PredictedScore { get; init; }

    /// <summary>The unit's score in the rebuilt index.</summary>
    public required double ScoreAfter { get; init; }

    /// <summary>The unit's rank in the rebuilt index.</summary>
    public required double RankAfter { get; init; }

    /// <summary>False when even raising every usable indicator to the best value does not reach the target (the steps then show that maximum effort).</summary>
    public required bool Feasible { get; init; }

    /// <summary>True when the linear model is exact here (no caveat breaks exactness) and the rebuild confirms its prediction.</summary>
    public required bool IsExact { get; init; }

    /// <summary>Why the answer may not be exact, and what it leaves out.</summary>
    public required ImmutableArray<WhatIfCaveat> Caveats { get; init; }

    /// <summary>How many plan-rebuild rounds were run.</summary>
    public required int Rounds { get; init; }

    /// <summary>The data with the unit's changed raw values.</summary>
    public required Dataset ChangedData { get; init; }

    /// <summary>The rebuilt result.</summary>
    public required IndexResult After { get; init; }

    /// <summary>The score gain needed: threshold − score now (≤ 0 when already there).</summary>
    public double RequiredGain => ThresholdScore - ScoreBefore;

    /// <summary>The total normalised points of the steps.</summary>
    public double TotalPoints => Steps.Sum(s => s.Points);

    /// <summary>True when the unit already holds the target rank or better.</summary>
    public bool AlreadyThere => RankBefore <= TargetRank;

    /// <summary>True when the rebuilt rank is the target or better.</summary>
    public bool ReachesTarget => RankAfter <= TargetRank;
}
