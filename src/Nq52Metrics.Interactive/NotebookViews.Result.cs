using Nq52Metrics.Results;

namespace Nq52Metrics.Interactive;

public static partial class NotebookViews
{
    /// <summary>
    /// An index result as its ranking table: rank, code, name, index score, and the score of every node one level
    /// below the index (the sub-indices), best first; SAMPLE when built from sample data.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Result(IndexResult result, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var l = Or(labels);
        var subIndices = result.Framework.ChildrenOf(result.IndexCode);
        var rows = result.Ranking().Select(r => Row(
            [R(l, r.Rank), r.Unit.Code, r.Unit.Name, F2(l, r.Score), .. subIndices.Select(s => F2(l, result.Scores[r.Unit.Code, s.Code]))]));
        var table = NotebookTable.Create(l.RankingCaption, [l.Rank, l.Code, l.Name, l.Score, .. subIndices.Select(s => s.DisplayName)], rows);
        return View(
            () => Result(result, NotebookLabels.English),
            l,
            Format(l, l.ResultTitle, result.IndexCode),
            result.IsSample ? SampleNotice(l) : null,
            Format(l, l.ResultSummary, result.Units.Length, result.Framework.Indicators.Length),
            table);
    }

    /// <summary>A ranking (e.g. <see cref="IndexResult.Ranking"/> of one node) as a table: rank, code, name, score.</summary>
    /// <param name="ranking">The rows, in the order to show.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view.</returns>
    public static NotebookView Ranking(IEnumerable<RankedUnit> ranking, NotebookLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var l = Or(labels);
        var list = ranking.ToList();
        var table = NotebookTable.Create(l.RankingCaption, [l.Rank, l.Code, l.Name, l.Score], list.Select(r => Row(R(l, r.Rank), r.Unit.Code, r.Unit.Name, F2(l, r.Score))));
        return View(() => Ranking(list, NotebookLabels.English), l, l.RankingCaption, SampleNoticeOf(l, [.. list.Select(r => r.Unit)]), "", table);
    }
}
