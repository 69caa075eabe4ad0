using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Construction;

/// <summary>
/// A framework compiled for repeated aggregation: nodes in framework order (indicators first, then aggregates
/// level by level), the children of every aggregate as a contiguous range of a flat index array, and the nominal
/// weights. Values live in one column-major buffer of units × nodes. Thread-safe: it holds no mutable state.
/// </summary>
internal sealed class AggregationPlan
{
    private readonly int[] _childStart;
    private readonly int[] _children;

    private AggregationPlan(IndexFramework framework)
    {
        Framework = framework;
        IndicatorCount = framework.Indicators.Length;
        NodeCount = framework.Nodes.Length;
        Levels = framework.Nodes.Select(n => n.Level).ToArray();
        NominalWeights = framework.Nodes.Select(n => n.Weight).ToArray();
        _childStart = new int[NodeCount - IndicatorCount + 1];
        var children = new List<int>();
        for (var k = IndicatorCount; k < NodeCount; k++)
        {
            _childStart[k - IndicatorCount] = children.Count;
            children.AddRange(framework.ChildrenOf(framework.Nodes[k].Code).Select(c => framework.IndexOf(c.Code)));
        }

        _childStart[^1] = children.Count;
        _children = children.ToArray();
    }

    public IndexFramework Framework { get; }

    public int IndicatorCount { get; }

    public int NodeCount { get; }

    /// <summary>Level of every node, by node index.</summary>
    public int[] Levels { get; }

    /// <summary>The framework's weights, by node index.</summary>
    public double[] NominalWeights { get; }

    public static AggregationPlan Compile(IndexFramework framework) => new(framework);

    /// <summary>The children (node indices) of an aggregate node.</summary>
    public ReadOnlySpan<int> ChildrenOf(int node) =>
        _children.AsSpan(_childStart[node - IndicatorCount], _childStart[node - IndicatorCount + 1] - _childStart[node - IndicatorCount]);

    /// <summary>
    /// Computes every aggregate column of <paramref name="values"/> (units × nodes, column-major) from the indicator
    /// columns already in it. <paramref name="methodByLevel"/> is indexed by level. Allocation-free.
    /// </summary>
    /// <returns>Null on success, or the first unit/node where a geometric or harmonic mean met a value ≤ 0.</returns>
    public AggregationFailure? Aggregate(
        Span<double> values,
        int unitCount,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<AggregationMethod> methodByLevel,
        double minDataAvailability,
        Span<double> weightSums,
        Span<int> availableCounts)
    {
        var n = unitCount;
        for (var k = IndicatorCount; k < NodeCount; k++)
        {
            var method = methodByLevel[Levels[k]];
            var destination = values.Slice(k * n, n);
            var wsum = weightSums[..n];
            var available = availableCounts[..n];
            destination.Clear();
            wsum.Clear();
            available.Clear();
            var children = ChildrenOf(k);
            foreach (var c in children)
            {
                var w = weights[c];
                var column = values.Slice(c * n, n);
                for (var i = 0; i < n; i++)
                {
                    var v = column[i];
                    if (double.IsNaN(v))
                    {
                        continue;
                    }

                    switch (method)
                    {
                        case AggregationMethod.Arithmetic:
                            destination[i] += w * v;
                            break;
                        case AggregationMethod.Geometric:
                            if (!(v > 0))
                            {
                                return new AggregationFailure(i, c, k, v, method);
                            }

                            destination[i] += w * Math.Log(v);
                            break;
                        default:
                            if (!(v > 0))
                            {
                                return new AggregationFailure(i, c, k, v, method);
                            }

                            destination[i] += w / v;
                            break;
                    }

                    wsum[i] += w;
                    available[i]++;
                }
            }

            var needed = minDataAvailability * children.Length;
            for (var i = 0; i < n; i++)
            {
                if (available[i] == 0 || available[i] < needed)
                {
                    destination[i] = double.NaN;
                    continue;
                }

                destination[i] = method switch
                {
                    AggregationMethod.Arithmetic => destination[i] / wsum[i],
                    AggregationMethod.Geometric => Math.Exp(destination[i] / wsum[i]),
                    _ => wsum[i] / destination[i],
                };
            }
        }

        return null;
    }
}

/// <summary>Where aggregation failed: unit row, the child node holding the bad value, the aggregate, the value.</summary>
internal readonly record struct AggregationFailure(int Unit, int Child, int Aggregate, double Value, AggregationMethod Method);
