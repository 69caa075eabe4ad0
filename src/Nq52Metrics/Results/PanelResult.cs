using System.Collections.Immutable;

namespace Nq52Metrics.Results;

/// <summary>
/// What a panel build produced: one <see cref="IndexResult"/> per period (scores and ranks of every unit and node, every
/// stage's table and report), periods ascending, and the changes between periods. Immutable.
/// </summary>
public sealed class PanelResult
{
    internal PanelResult(ImmutableArray<int> periods, ImmutableArray<IndexResult> results)
    {
        Periods = periods;
        Results = results;
    }

    /// <summary>The periods (e.g. years), ascending.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>One result per period, in <see cref="Periods"/> order.</summary>
    public ImmutableArray<IndexResult> Results { get; }

    /// <summary>The latest period's result.</summary>
    public IndexResult Latest => Results[^1];

    /// <summary>The result of one period.</summary>
    /// <param name="period">A period of the panel.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="KeyNotFoundException">The panel has no such period.</exception>
    public IndexResult this[int period] =>
        Periods.IndexOf(period) is var i and >= 0 ? Results[i] : throw new KeyNotFoundException($"No period {period}.");

    /// <summary>
    /// The change of every unit's score and rank from one period to another: in each row the first result is
    /// <paramref name="to"/> and the second <paramref name="from"/>, so <see cref="NodeComparison.ScoreDifference"/> is
    /// score(to) − score(from) and a negative <see cref="NodeComparison.RankDifference"/> means the unit moved up. A unit
    /// screened out in either period has NaN there.
    /// </summary>
    /// <param name="from">The earlier period.</param>
    /// <param name="to">The later period.</param>
    /// <param name="node">Only this node; null = every node.</param>
    /// <returns>One row per unit × node.</returns>
    /// <exception cref="KeyNotFoundException">A period is not in the panel.</exception>
    public ImmutableArray<NodeComparison> Changes(int from, int to, string? node = null) => ResultComparison.Compare(this[to], this[from], node);

    /// <summary>
    /// The change from the period before the latest to the latest (see <see cref="Changes"/>); empty when the panel
    /// holds one period.
    /// </summary>
    /// <param name="node">Only this node; null = every node.</param>
    /// <returns>One row per unit × node.</returns>
    public ImmutableArray<NodeComparison> LatestChanges(string? node = null) =>
        Periods.Length < 2 ? [] : Changes(Periods[^2], Periods[^1], node);
}
