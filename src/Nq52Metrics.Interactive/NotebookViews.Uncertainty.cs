using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Interactive;

public static partial class NotebookViews
{
    /// <summary>
    /// An uncertainty (and sensitivity) analysis: the rank statistics of every unit by nominal rank and, when
    /// computed, the Sobol indices with their bootstrap intervals; SAMPLE when its units are sample data.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Uncertainty(UncertaintyResult result, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var l = Or(labels);
        var tables = new List<NotebookTable> { RankTable(result.RankStatistics, l) };
        if (!result.Sensitivity.IsEmpty)
        {
            tables.Add(SensitivityTable(result.Sensitivity, l));
        }

        return View(
            () => Uncertainty(result, NotebookLabels.English),
            l,
            Format(l, l.UncertaintyTitle, result.Target),
            result.IsSample ? SampleNotice(l) : null,
            Format(l, l.UncertaintySummary, result.RunCount, result.FailedRuns, result.Inputs.Length),
            [.. tables]);
    }

    /// <summary>Rank statistics alone (e.g. <see cref="UncertaintyResult.RankStatistics"/>), by nominal rank.</summary>
    /// <param name="statistics">One row per unit.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView RankStatistics(IEnumerable<UnitRankStatistics> statistics, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var l = Or(labels);
        var list = statistics.ToList();
        return View(() => RankStatistics(list, NotebookLabels.English), l, l.RankStatistics, SampleNoticeOf(l, [.. list.Select(s => s.Unit)]), "", RankTable(list, l));
    }

    /// <summary>
    /// Sobol indices alone (e.g. <see cref="UncertaintyResult.Sensitivity"/>); SAMPLE when every index comes from an
    /// analysis of sample data (<see cref="SensitivityIndex.IsSample"/>).
    /// </summary>
    /// <param name="indices">One row per input.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Sensitivity(IEnumerable<SensitivityIndex> indices, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var l = Or(labels);
        var list = indices.ToList();
        return View(() => Sensitivity(list, NotebookLabels.English), l, l.SensitivityCaption, list.Count > 0 && list.TrueForAll(s => s.IsSample) ? SampleNotice(l) : null, "", SensitivityTable(list, l));
    }

    private static NotebookTable RankTable(IEnumerable<UnitRankStatistics> statistics, NotebookLabels l) =>
        NotebookTable.Create(
            l.RankStatistics,
            [l.NominalRank, l.Code, l.Name, l.MedianRank, l.Q5, l.Q95, l.MeanRank],
            statistics.OrderBy(s => double.IsNaN(s.NominalRank) ? double.PositiveInfinity : s.NominalRank)
                .Select(s => Row(R(l, s.NominalRank), s.Unit.Code, s.Unit.Name, R(l, s.MedianRank), R(l, s.Q5), R(l, s.Q95), F2(l, s.MeanRank))));

    private static NotebookTable SensitivityTable(IEnumerable<SensitivityIndex> indices, NotebookLabels l) =>
        NotebookTable.Create(
            l.SensitivityCaption,
            [l.InputVaried, l.FirstOrder, l.Q5, l.Q95, l.TotalOrder, l.Q5, l.Q95],
            indices.Select(s => Row(s.Input, F3(l, s.FirstOrder), F3(l, s.FirstOrderQ5), F3(l, s.FirstOrderQ95), F3(l, s.Total), F3(l, s.TotalQ5), F3(l, s.TotalQ95))));
}
