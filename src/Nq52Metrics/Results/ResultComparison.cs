using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Results;

/// <summary>
/// Compares two results (e.g. two methodologies or two editions) unit by unit and node by node, matching units by code
/// and nodes by code (COINr <c>compare_coins</c>).
/// </summary>
public static class ResultComparison
{
    /// <summary>Compares the scores and ranks of every node present in both results.</summary>
    /// <param name="first">The first result.</param>
    /// <param name="second">The second result.</param>
    /// <param name="node">Only this node; null = every node the two results share.</param>
    /// <returns>One row per unit (union of both, first result's order, then the second's extra units) × node.</returns>
    /// <exception cref="Nq52ValidationException">The node is missing from either result, or they share no node.</exception>
    public static ImmutableArray<NodeComparison> Compare(IndexResult first, IndexResult second, string? node = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var nodes = node is null
            ? first.Scores.Columns.Where(second.Scores.HasColumn).ToList()
            : [node];
        var problems = new ValidationProblems();
        foreach (var code in nodes)
        {
            if (!first.Scores.HasColumn(code) || !second.Scores.HasColumn(code))
            {
                problems.AddMessage($"node \"{code}\"", nameof(Messages.ComparisonNodeNotInBoth));
            }
        }

        if (nodes.Count == 0)
        {
            problems.AddMessage("comparison", nameof(Messages.ComparisonNoSharedNode));
        }

        problems.ThrowIfAny();
        var units = first.Units.Concat(second.Units.Where(u => !first.Scores.HasUnit(u.Code))).ToList();
        var rows = ImmutableArray.CreateBuilder<NodeComparison>(units.Count * nodes.Count);
        foreach (var code in nodes)
        {
            foreach (var unit in units)
            {
                rows.Add(new NodeComparison(
                    unit, code,
                    Value(first.Scores, unit.Code, code), Value(second.Scores, unit.Code, code),
                    Value(first.Ranks, unit.Code, code), Value(second.Ranks, unit.Code, code)));
            }
        }

        return rows.MoveToImmutable();
    }

    private static double Value(Data.UnitTable table, string unit, string column) =>
        table.HasUnit(unit) ? table[unit, column] : double.NaN;
}
