using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The methodology as applied: one table row per pipeline step in the order the steps ran, with the step's settings
/// in words (from <see cref="Methodology"/>; each imputation, normalisation and aggregation method describes itself)
/// and what it did to these data (from the step reports of the result).
/// </summary>
internal static class MethodologySection
{
    public const string Id = "methodology";

    public static ReportSection Create(IndexResult result, ReportLabels labels)
    {
        var framework = result.Framework;
        var html = new HtmlText(labels);
        html.Element("p", labels.MethodologyIntro);
        html.Raw("<table class=\"methodology\"><thead><tr>");
        foreach (var heading in new[] { labels.Stage, labels.Settings, labels.Effect })
        {
            html.Element("th", heading, " scope=\"col\"");
        }

        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            var (name, settings, effect) = Describe(stage, result, labels.Stages);
            html.Raw("<tr>").Element("th", name, " scope=\"row\"").Element("td", settings).Element("td", effect).Raw("</tr>\n");
        }

        html.Raw("</tbody></table>\n");
        var indicators = framework.Indicators.Length;
        html.Raw("<p class=\"muted\">").Format(labels.FrameworkSummary, indicators, framework.MaxLevel).Raw("</p>\n");
        return new ReportSection(Id, labels.MethodologyHeading, html.ToString());
    }

    private static (string Name, string Settings, string Effect) Describe(PipelineStage stage, IndexResult result, StageLabels text)
    {
        var methodology = result.Methodology;
        var indicators = result.Framework.Indicators;
        return stage switch
        {
            PipelineStage.Denominate => (text.Denominate,
                Denomination(methodology.Denomination, text),
                methodology.Denomination.Enabled ? text.Formatted(text.DenominatedCount, indicators.Count(i => i.Denominator is not null), indicators.Length) : ""),
            PipelineStage.Transform => (text.Transform,
                methodology.Transform.Enabled ? text.TransformOn : text.TransformOff,
                methodology.Transform.Enabled ? text.Formatted(text.TransformedCount, indicators.Count(i => i.Transform != IndicatorTransform.None), indicators.Length) : ""),
            PipelineStage.Impute => (text.Impute, methodology.Imputation.Method.Describe(text.Language),
                text.Formatted(text.ImputedCount, result.Imputation.Imputed.Length, MissingAfterImputation(result))),
            PipelineStage.Screen => (text.Screen,
                methodology.Screening.MinDataAvailability > 0 ? text.Formatted(text.ScreenThreshold, 100 * methodology.Screening.MinDataAvailability) : text.ScreenNone,
                result.Screening.Dropped.IsEmpty ? text.ScreenedNone : text.Formatted(text.ScreenedSome, string.Join(", ", result.Screening.Dropped))),
            PipelineStage.TreatOutliers => (text.TreatOutliers, Outliers(methodology.OutlierTreatment, text), Treated(result.Outliers, text)),
            PipelineStage.Normalise => (text.Normalise, methodology.Normalisation.Describe(text.Language), text.Polarity),
            PipelineStage.Aggregate => (text.Aggregate, Aggregation(methodology.Aggregation, result.Framework, text),
                text.Formatted(text.AggregatedLevels, result.Framework.Nodes.Count(n => !n.IsIndicator), result.Framework.MaxLevel - 1)),
            _ => (text.Rank, Ranking(methodology.Ranking, text), text.Formatted(text.RankedCount, result.Units.Length)),
        };
    }

    /// <summary>The indicator values still missing after imputation (counted in its table, whatever the method).</summary>
    private static int MissingAfterImputation(IndexResult result)
    {
        var table = result.Imputed;
        var missing = 0;
        foreach (var indicator in result.Framework.Indicators)
        {
            if (table.HasColumn(indicator.Code))
            {
                foreach (var value in table.Column(indicator.Code))
                {
                    missing += double.IsNaN(value) ? 1 : 0;
                }
            }
        }

        return missing;
    }

    private static string Denomination(DenominationSpec spec, StageLabels text) =>
        !spec.Enabled ? text.DenominateOff
        : spec.ScaleFactor == 1 ? text.DenominateOn
        : text.Formatted(text.DenominateScaled, spec.ScaleFactor);

    private static string Outliers(OutlierTreatmentSpec spec, StageLabels text)
    {
        if (spec.Method == OutlierMethod.None)
        {
            return text.OutliersNone;
        }

        var log = spec.Log switch
        {
            LogTransform.CoinToolModified => text.OutliersLogCoinr,
            LogTransform.Gii => text.OutliersLogGii,
            _ => text.OutliersLogNone,
        };
        var rule = text.Formatted(text.OutliersRule, spec.Strict ? ">" : "≥", spec.SkewThreshold, spec.KurtosisThreshold, spec.MaxWinsorised, log);
        return spec.Overrides.IsEmpty ? rule : rule + text.Formatted(text.OutliersOverrides, string.Join(", ", spec.Overrides.Keys.Order(StringComparer.Ordinal)));
    }

    private static string Treated(OutlierReport report, StageLabels text)
    {
        string List(FinalTreatment treatment)
        {
            var codes = report.Indicators.Where(i => i.Treatment == treatment).Select(i => i.Indicator).ToArray();
            return codes.Length == 0 ? text.None : string.Join(", ", codes);
        }

        return text.Formatted(text.OutliersTreated, List(FinalTreatment.Winsorised), List(FinalTreatment.LogTransformed));
    }

    private static string Aggregation(AggregationSpec spec, IndexFramework framework, StageLabels text)
    {
        var words = text.Formatted(text.AggregateLevels, spec.Method.Describe(text.Language));
        for (var level = 2; level <= framework.MaxLevel; level++)
        {
            if (spec.ByLevel.TryGetValue(level, out var method) && method != spec.Method)
            {
                words += text.Formatted(text.AggregateByLevel, level, method.Describe(text.Language));
            }
        }

        return words + (spec.MinDataAvailability is { } share ? text.Formatted(text.AggregateAvailability, 100 * share) : text.AggregateMissing);
    }

    private static string Ranking(RankingSpec spec, StageLabels text)
    {
        var ties = spec.Ties switch
        {
            TieMethod.Dense => text.RankDense,
            TieMethod.Average => text.RankAverage,
            TieMethod.Ordinal => text.RankOrdinal,
            _ => text.RankCompetition,
        };
        return spec.Decimals is { } decimals ? ties + text.Formatted(text.RankDecimals, decimals) : ties;
    }
}
