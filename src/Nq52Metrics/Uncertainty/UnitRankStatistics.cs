using Nq52Metrics.Data;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Rank and score statistics of one unit over the successful runs of an analysis. Ranks use competition ties ("1224",
/// rank 1 = best); quantiles are R's type 7, so they compare directly with COINr.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="NominalRank">Rank in the nominal build.</param>
/// <param name="MeanRank">Mean rank over the runs.</param>
/// <param name="MedianRank">Median rank.</param>
/// <param name="Q5">5th percentile of the rank.</param>
/// <param name="Q95">95th percentile of the rank.</param>
/// <param name="NominalScore">Score in the nominal build.</param>
/// <param name="MeanScore">Mean score over the runs (scores of different normalisations are on different scales).</param>
/// <param name="ScoreSd">Sample standard deviation of the score over the runs.</param>
/// <param name="MinScore">Lowest score.</param>
/// <param name="MaxScore">Highest score.</param>
public sealed record UnitRankStatistics(
    Unit Unit,
    double NominalRank,
    double MeanRank,
    double MedianRank,
    double Q5,
    double Q95,
    double NominalScore,
    double MeanScore,
    double ScoreSd,
    double MinScore,
    double MaxScore)
{
    /// <summary>The interval as text: <c>median [q5, q95]</c>.</summary>
    /// <returns>E.g. <c>12 [9, 15.5]</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Unit.Code}: {MedianRank:0.##} [{Q5:0.##}, {Q95:0.##}] (nominal {NominalRank:0.##})");
}
