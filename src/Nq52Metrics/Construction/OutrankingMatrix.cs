using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The weighted outranking matrix of a Copeland aggregation and the Copeland scores (see
/// <see cref="CopelandAggregation"/>): entry (p, q) is e_pq = Σ w·[x_p &gt; x_q] + ½·Σ w·[x_p = x_q], the weights
/// normalised over the children both units have, so e_pq + e_qp = 1. A pair with no child in common, and the
/// diagonal, are ½ (a tie). The score of p is the number of units it beats (e_pq &gt; ½) minus the number that beat it.
/// </summary>
/// <remarks>Units with no available child are left out. No data-availability threshold is applied here.</remarks>
public sealed class OutrankingMatrix
{
    private readonly double[] _entries;

    private OutrankingMatrix(ImmutableArray<string> units, ImmutableArray<string> children, double[] entries, ImmutableArray<double> scores)
    {
        Units = units;
        Children = children;
        _entries = entries;
        Scores = scores;
    }

    /// <summary>The units compared, in table order (rows and columns of the matrix).</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>The children compared over.</summary>
    public ImmutableArray<string> Children { get; }

    /// <summary>The Copeland score of every unit of <see cref="Units"/>, in the same order.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>e_pq: the weight share of the children on which unit <paramref name="p"/> outranks unit <paramref name="q"/>, ties counting half.</summary>
    /// <param name="p">Row: a position in <see cref="Units"/>.</param>
    /// <param name="q">Column: a position in <see cref="Units"/>.</param>
    public double this[int p, int q] => _entries[(p * Units.Length) + q];

    /// <summary>The Copeland matrix of an aggregate of a build, over its children's scores (weights from the framework).</summary>
    /// <param name="result">A build result.</param>
    /// <param name="aggregate">The code of an aggregate node.</param>
    /// <returns>The matrix and the scores.</returns>
    /// <exception cref="Nq52ValidationException">The code is not an aggregate of the framework.</exception>
    public static OutrankingMatrix Of(IndexResult result, string aggregate)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(aggregate);
        if (!result.Framework.Contains(aggregate) || result.Framework[aggregate].IsIndicator)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter($"node {ProblemText.Quote(aggregate)}"), nameof(Messages.OutrankingNotAnAggregate))]);
        }

        var children = result.Framework.ChildrenOf(aggregate);
        return Of(result.Scores, [.. children.Select(c => c.Code)], [.. children.Select(c => c.Weight)]);
    }

    /// <summary>The Copeland matrix of the units of a table over some of its columns.</summary>
    /// <param name="table">The values (higher = better).</param>
    /// <param name="children">The columns to compare over.</param>
    /// <param name="weights">One weight per column, finite and ≥ 0 (0 leaves the column out), not all 0.</param>
    /// <returns>The matrix and the scores.</returns>
    /// <exception cref="Nq52ValidationException">A column is unknown, or the weights do not fit.</exception>
    public static OutrankingMatrix Of(UnitTable table, IReadOnlyList<string> children, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(weights);
        var problems = new ValidationProblems();
        if (weights.Count != children.Count)
        {
            problems.AddMessage("weights", nameof(Messages.OutrankingWeightCount), weights.Count, children.Count);
        }

        foreach (var code in children.Where(c => !table.HasColumn(c)))
        {
            problems.AddMessage($"column {ProblemText.Quote(code)}", nameof(Messages.OutrankingColumnUnknown));
        }

        if (weights.Any(w => !(double.IsFinite(w) && w >= 0)) || weights.All(w => w == 0))
        {
            problems.AddMessage("weights", nameof(Messages.OutrankingWeightsInvalid));
        }

        problems.ThrowIfAny();
        var n = table.UnitCount;
        var k = children.Count;
        var values = new double[n * k];
        for (var j = 0; j < k; j++)
        {
            table.Column(children[j]).CopyTo(values.AsSpan(j * n, n));
        }

        var input = new AggregationInput(values, [], k, n, [.. Enumerable.Range(0, k)], [.. weights], needed: 0);
        var scratch = new AggregationScratch(n, k, aggregateCount: 0);
        var all = new double[n];
        AggregationMethod.Copeland.Aggregate(input, all, scratch);
        var included = CopelandAggregation.Rows(input, scratch.UnitRows, scratch.ChildWeights);
        var rows = scratch.UnitRows.AsSpan(0, n * included);
        var rowWeights = scratch.ChildWeights.AsSpan(0, included);
        var kept = Enumerable.Range(0, n).Where(i => Enumerable.Range(0, k).Any(j => weights[j] != 0 && !double.IsNaN(values[(j * n) + i]))).ToArray();
        var entries = new double[kept.Length * kept.Length];
        for (var a = 0; a < kept.Length; a++)
        {
            for (var b = 0; b < kept.Length; b++)
            {
                var (forP, forQ, common) = CopelandAggregation.Compare(rows.Slice(kept[a] * included, included), rows.Slice(kept[b] * included, included), rowWeights);
                entries[(a * kept.Length) + b] = a == b || common == 0 ? 0.5 : (forP + ((common - forP - forQ) / 2)) / common;
            }
        }

        return new OutrankingMatrix(
            [.. kept.Select(i => table.Units[i].Code)],
            [.. children],
            entries,
            [.. kept.Select(i => all[i])]);
    }
}
