using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Builds an index: runs denominate → impute → screen → treat outliers → normalise → aggregate → rank and returns
/// every intermediate table and report. Pure: the same inputs always give the same result.
/// </summary>
public static class IndexBuilder
{
    /// <summary>Builds the index.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="data">The dataset; must fit the framework.</param>
    /// <param name="methodology">The recipe; default <see cref="Methodology.CoinrDefault"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Nq52ValidationException">The inputs do not fit together, a parameter is invalid, a step is
    /// undefined for the data, or a step overflows a double (never a silent ∞ or NaN); every problem carries its location.</exception>
    public static IndexResult Build(IndexFramework framework, Dataset data, Methodology? methodology = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        methodology ??= Methodology.CoinrDefault;
        if (!Enum.IsDefined(methodology.Ranking))
        {
            throw new Nq52ValidationException("ranking.ties", $"unknown tie method {methodology.Ranking}.");
        }

        data.EnsureFits(framework);
        var raw = Denomination.ApplyToFittingData(framework, data, DenominationSpec.None);
        var denominated = methodology.Denomination.Enabled
            ? Denomination.ApplyToFittingData(framework, data, methodology.Denomination)
            : raw;
        FiniteValues.Ensure(denominated, "denomination", "indicator");
        var (imputed, imputation) = Imputation.Apply(denominated, methodology.Imputation);
        FiniteValues.Ensure(imputed, "imputation", "indicator", denominated);
        var (screened, screening) = Screening.Apply(imputed, methodology.Screening);
        var (treated, outliers) = OutlierTreatment.Apply(screened, methodology.OutlierTreatment);
        FiniteValues.Ensure(treated, "outlier treatment", "indicator", screened);
        var normalised = Normalisation.Apply(treated, framework, methodology.Normalisation);
        FiniteValues.Ensure(normalised, "normalisation", "indicator", treated);
        var scores = Aggregation.Apply(normalised, framework, methodology.Aggregation);
        FiniteValues.EnsureAggregates(scores, framework);
        var ranks = RankAll(scores, methodology.Ranking);
        return new IndexResult(
            framework, methodology, raw, denominated, imputed, screened, treated, normalised, scores, ranks,
            imputation, screening, outliers);
    }

    private static UnitTable RankAll(UnitTable scores, TieMethod ties)
    {
        var n = scores.UnitCount;
        var ranks = new double[n * scores.ColumnCount];
        var keys = new double[n];
        var order = new int[n];
        for (var j = 0; j < scores.ColumnCount; j++)
        {
            Ranker.RankInto(scores.Column(j), ranks.AsSpan(j * n, n), ties, keys, order);
        }

        return new UnitTable(scores.Units, scores.Columns, ranks);
    }
}
