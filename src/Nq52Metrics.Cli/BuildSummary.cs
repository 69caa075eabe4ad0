using Nq52Metrics.Results;

namespace Nq52Metrics.Cli;

/// <summary>The one-line summary of what the build steps did, printed by <c>build</c> and <c>pii build</c>.</summary>
internal static class BuildSummary
{
    /// <summary>
    /// E.g. <c>51 units ranked, 0 units dropped by screening; 65 values imputed; outliers: 15 indicators winsorised,
    /// 0 indicators log-transformed.</c> (singular nouns for a count of 1). Values that group imputation took from all
    /// units, because the unit's group had none, are counted in brackets: <c>3 values imputed (1 from all units: its
    /// group had no value)</c>.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(IndexResult result)
    {
        var winsorised = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.Winsorised);
        var logged = result.Outliers.Indicators.Count(i => i.Treatment == FinalTreatment.LogTransformed);
        return PiiText.Format(
            CliTexts.BuildSummary,
            PiiText.Count(result.Units.Length, CliTexts.CountUnitOne, CliTexts.CountUnitMany),
            PiiText.Count(result.Screening.Dropped.Length, CliTexts.CountUnitOne, CliTexts.CountUnitMany),
            PiiText.Count(result.Imputation.Imputed.Length, CliTexts.CountValueOne, CliTexts.CountValueMany),
            FallbackNote(result),
            PiiText.Count(winsorised, CliTexts.CountIndicatorOne, CliTexts.CountIndicatorMany),
            PiiText.Count(logged, CliTexts.CountIndicatorOne, CliTexts.CountIndicatorMany));
    }

    private static string FallbackNote(IndexResult result)
    {
        var fallbacks = result.Imputation.Imputed.Count(v => v.FromAllUnits);
        var earlier = result.Imputation.Imputed.Where(v => v.SourcePeriod is not null).Select(v => v.SourcePeriod!.Value).Distinct().Order().ToList();
        return fallbacks > 0 ? PiiText.Format(fallbacks == 1 ? CliTexts.BuildFallbackOne : CliTexts.BuildFallbackMany, fallbacks)
            : earlier.Count > 0 ? PiiText.Format(CliTexts.BuildFromEarlierPeriod, string.Join(", ", earlier))
            : "";
    }
}
