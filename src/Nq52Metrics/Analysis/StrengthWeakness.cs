using System.Collections.Immutable;
using Nq52Metrics.Results;

namespace Nq52Metrics.Analysis;

/// <summary>
/// One of a unit's strengths or weaknesses: an indicator where its rank among the units is among its N best or N worst,
/// as COINr's <c>get_str_weak</c> and the GII economy profiles list them.
/// </summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Code">The indicator's code.</param>
/// <param name="Rank">The unit's rank on the indicator (1 = best), on the normalised values so directions are applied.</param>
/// <param name="Kind">Strength or weakness.</param>
public sealed record StrengthWeakness(string Unit, string Code, double Rank, StrengthKind Kind)
{
    /// <summary>
    /// The strengths and weaknesses of every unit: ranks of the normalised indicators (the result's ranks, with its tie
    /// rule); missing ranks are ignored. Strengths are the <paramref name="top"/> best ranks, skipping an indicator where
    /// the unit has the worst rank of all (a lowest score is no strength, COINr's <c>min_discard</c>); weaknesses are the
    /// <paramref name="top"/> worst ranks. Ties between indicators keep the framework's order. Rows come unit by unit,
    /// strengths (best first) before weaknesses (worst first).
    /// </summary>
    /// <param name="result">A built index.</param>
    /// <param name="top">How many of each per unit (default 5); at least 1.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    public static ImmutableArray<StrengthWeakness> Of(IndexResult result, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var indicators = result.Framework.Indicators.Select(i => i.Code).ToArray();
        var ranks = indicators.Select(c => result.Ranks.Column(c).ToArray()).ToArray();
        var worst = ranks.Select(r => r.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max()).ToArray();
        var rows = ImmutableArray.CreateBuilder<StrengthWeakness>();
        for (var u = 0; u < result.Units.Length; u++)
        {
            var unit = result.Units[u].Code;
            var available = Enumerable.Range(0, indicators.Length).Where(j => !double.IsNaN(ranks[j][u])).ToList();
            foreach (var j in available.Where(j => ranks[j][u] < worst[j]).OrderBy(j => ranks[j][u]).Take(top))
            {
                rows.Add(new StrengthWeakness(unit, indicators[j], ranks[j][u], StrengthKind.Strength));
            }

            foreach (var j in available.OrderByDescending(j => ranks[j][u]).Take(top))
            {
                rows.Add(new StrengthWeakness(unit, indicators[j], ranks[j][u], StrengthKind.Weakness));
            }
        }

        return rows.ToImmutable();
    }
}
