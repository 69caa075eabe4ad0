using Nq52Metrics.Data;

namespace Nq52Metrics.Vietnam;

/// <summary>One unit's line of the PII ranking.</summary>
/// <param name="Rank">National rank (competition ties; NaN when the score is missing).</param>
/// <param name="Unit">The unit as in the data.</param>
/// <param name="Matched">The province or 2025 unit of the seeds it was matched to; null when none.</param>
/// <param name="Region">The region code (from the data's <c>Region</c> column, or the seeds); null when unknown.</param>
/// <param name="Score">The PII (unrounded).</param>
/// <param name="Input">The Input sub-index (unrounded).</param>
/// <param name="Output">The Output sub-index (unrounded).</param>
/// <param name="Efficiency">Output / Input (NaN when Input is 0 or missing).</param>
/// <param name="RegionRank">The rank within the region (NaN without a region).</param>
/// <param name="RoundedScore">The computed PII rounded the way the PII is published (not a published figure): (Input + Output) / 2 from the decimals of the sub-indices,
/// rounded half-up to two decimals; null when missing.</param>
/// <param name="Comparison">The published figures of the compared edition and whether they match.</param>
public sealed record PiiReportRow(
    double Rank,
    Unit Unit,
    AdministrativeUnit? Matched,
    string? Region,
    double Score,
    double Input,
    double Output,
    double Efficiency,
    double RegionRank,
    decimal? RoundedScore,
    PublishedComparison Comparison)
{
    /// <summary>The row as text: rank, name, PII, Input and Output (two decimals; <c>-</c> when missing).</summary>
    /// <returns>E.g. <c>1. Hà Nội  PII 62.86 (Input 60.12, Output 65.60)</c>.</returns>
    public override string ToString()
    {
        static string F(double v) => double.IsNaN(v) ? "-" : v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        var rank = double.IsNaN(Rank) ? "-" : Rank.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return $"{rank}. {Unit.Name}  PII {F(Score)} (Input {F(Input)}, Output {F(Output)})";
    }
}
