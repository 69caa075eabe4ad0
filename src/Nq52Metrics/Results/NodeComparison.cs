using Nq52Metrics.Data;

namespace Nq52Metrics.Results;

/// <summary>One unit's score and rank for one node in two results, and their differences (first − second).</summary>
/// <param name="Unit">The unit (from the first result when it has it).</param>
/// <param name="Node">The node's code.</param>
/// <param name="ScoreA">Score in the first result (NaN when the unit or node is absent).</param>
/// <param name="ScoreB">Score in the second result.</param>
/// <param name="RankA">Rank in the first result.</param>
/// <param name="RankB">Rank in the second result.</param>
public sealed record NodeComparison(Unit Unit, string Node, double ScoreA, double ScoreB, double RankA, double RankB)
{
    /// <summary>ScoreA − ScoreB.</summary>
    public double ScoreDifference => ScoreA - ScoreB;

    /// <summary>RankA − RankB (negative: the unit ranks better in the first result).</summary>
    public double RankDifference => RankA - RankB;

    /// <summary>|RankA − RankB|.</summary>
    public double AbsoluteRankDifference => Math.Abs(RankDifference);
}
