using Nq52Metrics.Results;

namespace Nq52Metrics.Analysis;

/// <summary>A unit's score and rank before and after a change of its indicator values (the index rebuilt).</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Node">The node ranked (default the index).</param>
/// <param name="ScoreBefore">Score before.</param>
/// <param name="RankBefore">Rank before.</param>
/// <param name="ScoreAfter">Score after the rebuild.</param>
/// <param name="RankAfter">Rank after the rebuild.</param>
/// <param name="After">The rebuilt result (every unit, every node).</param>
public sealed record WhatIfOutcome(string Unit, string Node, double ScoreBefore, double RankBefore, double ScoreAfter, double RankAfter, IndexResult After)
{
    /// <summary>Places gained (positive = moved up).</summary>
    public double PlacesGained => RankBefore - RankAfter;
}
