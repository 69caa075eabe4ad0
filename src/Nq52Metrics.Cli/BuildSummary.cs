using Nq52Metrics.Results;

namespace Nq52Metrics.Cli;

/// <summary>The one-line summary of what the build steps did, printed by <c>build</c> and <c>pii build</c>.</summary>
internal static class BuildSummary
{
    /// <summary>
    /// E.g. <c>51 units ranked, 0 units dropped by screening; 65 values imputed; outliers: 15 indicators winsorised,
    /// 0 indicators log-transformed.</c> (singular nouns for a count of 1).
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(IndexResult result)
    {
        var winsorised = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.Winsorised);
        var logged = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.LogTransformed);
        return $"{PiiText.Count(result.Units.Length, "unit")} ranked, {PiiText.Count(result.Screening.Dropped.Length, "unit")} dropped by screening; "
            + $"{PiiText.Count(result.Imputation.Imputed.Length, "value")} imputed; "
            + $"outliers: {PiiText.Count(winsorised, "indicator")} winsorised, {PiiText.Count(logged, "indicator")} log-transformed.";
    }
}
