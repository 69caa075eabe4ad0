using System.Runtime.CompilerServices;
using System.Numerics.Tensors;
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
        for (var k = IndicatorCount; k < NodeCount; k++)
        {
            MaxChildren = Math.Max(MaxChildren, ChildrenOf(k).Length);
        }
        for (var k = IndicatorCount; k < NodeCount; k++)
        {
            // Weights relative to the largest sibling (exact powers of two), so their size cannot overflow a sum.
            var siblings = ChildrenOf(k).ToArray();
            var relative = IndexFramework.RelativeWeights(siblings.Select(c => NominalWeights[c]).ToArray());
            for (var i = 0; i < siblings.Length; i++)
            {
                NominalWeights[siblings[i]] = relative[i];
            }
        }
    }

    public IndexFramework Framework { get; }

    public int IndicatorCount { get; }

    public int NodeCount { get; }

    /// <summary>The largest number of children of one aggregate.</summary>
    public int MaxChildren { get; }

    /// <summary>Level of every node, by node index.</summary>
    public int[] Levels { get; }

    /// <summary>The framework's weights, by node index, scaled among siblings by a power of two (see <see cref="IndexFramework.RelativeWeights"/>).</summary>
    public double[] NominalWeights { get; }

    public static AggregationPlan Compile(IndexFramework framework) => new(framework);

    /// <summary>
    /// Per aggregate (index = node index − indicator count), whether <see cref="Aggregate"/> must write its values when
    /// only node <paramref name="analysed"/> is read afterwards: the analysed node itself and every aggregate whose
    /// parent is not a geometric mean. A geometric parent reads a geometric child's mean of logs instead.
    /// </summary>
    /// <param name="methodByAggregate">The method of every aggregate.</param>
    /// <param name="analysed">The node whose values are read (any node index).</param>
    /// <returns>One flag per aggregate.</returns>
    public bool[] ValuesNeeded(ReadOnlySpan<AggregationMethod> methodByAggregate, int analysed)
    {
        var m = IndicatorCount;
        var needed = new bool[NodeCount - m];
        for (var p = m; p < NodeCount; p++)
        {
            foreach (var c in ChildrenOf(p))
            {
                if (c >= m && (c == analysed || methodByAggregate[p - m].Kernel != PowerMeanKernel.Geometric))
                {
                    needed[c - m] = true;
                }
            }
        }

        if (analysed >= m)
        {
            needed[analysed - m] = true;
        }

        return needed;
    }

    /// <summary>The children (node indices) of an aggregate node.</summary>
    public ReadOnlySpan<int> ChildrenOf(int node) =>
        _children.AsSpan(_childStart[node - IndicatorCount], _childStart[node - IndicatorCount + 1] - _childStart[node - IndicatorCount]);

    /// <summary>
    /// Computes every aggregate from the indicator columns. <paramref name="indicators"/> holds units × indicators and
    /// <paramref name="aggregates"/> receives units × aggregates (both column-major, in node order). A child with weight 0
    /// is left out entirely (that is how elements are excluded). <paramref name="methodByAggregate"/> holds the method of
    /// every aggregate (index = node index − indicator count). A power mean (arithmetic, geometric, harmonic) whose
    /// children are all complete (no missing value) is computed with vectorised span kernels; others take the general
    /// path that drops missing children. Both give the same result. Any other method runs its own kernel. Allocation-free.
    /// A geometric mean keeps its mean of logs (see <see cref="AggregationScratch.HasLogMean"/>), and a geometric parent
    /// uses it as the log of that child, so a chain of geometric levels takes one exponential per aggregate and no
    /// logarithm of an aggregate (the build and the uncertainty runs share this arithmetic, so a nominal run replays the
    /// build bit for bit).
    /// </summary>
    /// <param name="indicators">Units × indicators, column-major.</param>
    /// <param name="profile">Facts about the indicator columns.</param>
    /// <param name="aggregates">Receives units × aggregates, column-major.</param>
    /// <param name="unitCount">Units (rows).</param>
    /// <param name="weights">Weight of every node, by node index (0 = left out).</param>
    /// <param name="methodByAggregate">The method of every aggregate.</param>
    /// <param name="minDataAvailability">Share of children an aggregate needs (0 = any one).</param>
    /// <param name="scratch">This thread's scratch buffers.</param>
    /// <param name="valueNeeded">
    /// Per aggregate, whether its values must be written; empty = every one. A geometric mean whose values are not needed
    /// (its parent is geometric too, and it is not the node analysed) keeps only its mean of logs when every one lies
    /// where the exponential is a finite number above 0 (see <see cref="AggregationScratch.ValueDeferred"/>); its column
    /// of <paramref name="aggregates"/> is then left as it was.
    /// </param>
    /// <returns>Null on success, or the first unit/node where a method met a value outside its domain.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AggregationFailure? Aggregate(
        ReadOnlySpan<double> indicators,
        IndicatorProfile profile,
        Span<double> aggregates,
        int unitCount,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<AggregationMethod> methodByAggregate,
        double minDataAvailability,
        AggregationScratch scratch,
        ReadOnlySpan<bool> valueNeeded = default)
    {
        var n = unitCount;
        var m = IndicatorCount;
        var indicatorComplete = profile.Complete;
        var indicatorPositive = profile.Positive;
        var aggregateComplete = scratch.Complete;
        var aggregatePositive = scratch.Positive;
        scratch.FirstNonFinite = -1;
        for (var k = m; k < NodeCount; k++)
        {
            var method = methodByAggregate[k - m];
            var kernel = method.Kernel;
            var arithmetic = kernel == PowerMeanKernel.Arithmetic;
            var destination = aggregates.Slice((k - m) * n, n);
            var first = _childStart[k - m];
            var children = _children.AsSpan(first, _childStart[k - m + 1] - first);
            var dense = true;
            double weightSum = 0;
            var included = 0;
            foreach (var c in children)
            {
                var w = weights[c];
                if (w == 0)
                {
                    continue;
                }

                included++;
                weightSum += w;
                dense &= c < m
                    ? indicatorComplete[c] && (arithmetic || indicatorPositive[c])
                    : aggregateComplete[c - m] && (arithmetic || aggregatePositive[c - m]);
            }

            scratch.HasLogMean[k - m] = false;
            scratch.ValueDeferred[k - m] = false;
            if (kernel is { } denseKernel && dense && included > 0)
            {
                var defer = !valueNeeded.IsEmpty && !valueNeeded[k - m];
                var facts = AggregateDense(indicators, profile, aggregates, n, weights, k, children, denseKernel, weightSum, destination, scratch, defer);
                scratch.Complete[k - m] = true;
                scratch.Positive[k - m] = facts.AllPositive;
                if (!facts.AllFinite && scratch.FirstNonFinite < 0)
                {
                    scratch.FirstNonFinite = k;
                }

                continue;
            }

            var failure = kernel is { } generalKernel
                ? AggregateGeneral(indicators, profile, aggregates, n, weights, k, children, generalKernel, minDataAvailability * included, destination, scratch)
                : method.Aggregate(new AggregationInput(indicators, aggregates, m, n, children, weights, minDataAvailability * included), destination, scratch);
            if (failure is { } f)
            {
                return f with { Aggregate = k };
            }

            var anyMissing = false;
            var anyInfinite = false;
            var allPositive = true;
            foreach (var v in destination)
            {
                anyMissing |= double.IsNaN(v);
                anyInfinite |= double.IsInfinity(v);
                allPositive &= double.IsNaN(v) || v > 0;
            }

            if ((anyMissing || anyInfinite) && scratch.FirstNonFinite < 0)
            {
                scratch.FirstNonFinite = k;
            }

            scratch.Complete[k - m] = !anyMissing;
            scratch.Positive[k - m] = allPositive;
        }

        return null;
    }

    /// <summary>
    /// After <see cref="Aggregate"/>: the first aggregate value, from node <paramref name="from"/> on (in node order, then
    /// unit order), that overflowed: an infinity, or a missing value although every child with a weight other than 0
    /// has a value (missing children and the data-availability threshold are the only other ways to be missing; the
    /// rule the build's overflow guard applies). An aggregate whose values were deferred is finite everywhere and has
    /// a value for every unit. Allocation-free.
    /// </summary>
    /// <returns>The unit row and node index, or null when nothing overflowed.</returns>
    public (int Unit, int Node)? FindOverflow(ReadOnlySpan<double> indicators, ReadOnlySpan<double> aggregates, int unitCount, ReadOnlySpan<double> weights, int from, AggregationScratch scratch)
    {
        var n = unitCount;
        var m = IndicatorCount;
        for (var k = Math.Max(from, m); k < NodeCount; k++)
        {
            if (scratch.ValueDeferred[k - m])
            {
                continue;
            }

            var values = aggregates.Slice((k - m) * n, n);
            for (var i = 0; i < n; i++)
            {
                var v = values[i];
                if (double.IsInfinity(v) || (double.IsNaN(v) && EveryChildHasValue(indicators, aggregates, n, weights, k, i, scratch)))
                {
                    return (i, k);
                }
            }
        }

        return null;
    }

    private bool EveryChildHasValue(ReadOnlySpan<double> indicators, ReadOnlySpan<double> aggregates, int n, ReadOnlySpan<double> weights, int node, int unit, AggregationScratch scratch)
    {
        var m = IndicatorCount;
        var any = false;
        foreach (var c in ChildrenOf(node))
        {
            if (weights[c] == 0)
            {
                continue;
            }

            any = true;
            if (c >= m && scratch.ValueDeferred[c - m])
            {
                continue;
            }

            var v = c < m ? indicators[(c * n) + unit] : aggregates[((c - m) * n) + unit];
            if (double.IsNaN(v))
            {
                return false;
            }
        }

        return any;
    }

    /// <returns>Whether every value written is above 0 and whether every one is finite.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ValueFacts AggregateDense(
        ReadOnlySpan<double> indicators,
        IndicatorProfile profile,
        Span<double> aggregates,
        int n,
        ReadOnlySpan<double> weights,
        int node,
        ReadOnlySpan<int> children,
        PowerMeanKernel method,
        double weightSum,
        Span<double> destination,
        AggregationScratch scratch,
        bool deferValue)
    {
        var m = IndicatorCount;
        if (method == PowerMeanKernel.Arithmetic)
        {
            return DenseWeightedMean.Into(indicators, aggregates, m, n, children, weights, weightSum, destination);
        }

        if (method == PowerMeanKernel.Geometric)
        {
            // Logs of the children that have none yet (an indicator without precomputed logs, an aggregate that is not a
            // geometric mean), then one fused pass over the logs; the mean of logs is kept as this aggregate's logs.
            var logs = scratch.LogsOf(NodeCount, n);
            foreach (var c in children)
            {
                if (weights[c] != 0 && (c < m ? profile.Logs is null : !scratch.HasLogMean[c - m]))
                {
#if NET9_0_OR_GREATER
                    DenseWeightedMean.LogInto(c < m ? indicators.Slice(c * n, n) : aggregates.Slice((c - m) * n, n), logs.Slice(c * n, n));
#else
                    TensorPrimitives.Log(c < m ? indicators.Slice(c * n, n) : aggregates.Slice((c - m) * n, n), logs.Slice(c * n, n));
#endif
                }
            }

            ReadOnlySpan<double> first = profile.Logs is { } precomputed ? precomputed : logs;
            var mean = logs.Slice(node * n, n);
            DenseWeightedMean.Into(first, logs.Slice(m * n), profile.Logs is null ? NodeCount : m, n, children, weights, weightSum, mean);
            scratch.HasLogMean[node - m] = true;
            if (deferValue && DenseWeightedMean.WithinExpRange(mean))
            {
                // Every exponential would be a finite number above 0: the facts hold without computing the values.
                scratch.ValueDeferred[node - m] = true;
                return new ValueFacts(AllPositive: true, AllFinite: true);
            }

#if NET9_0_OR_GREATER
            return DenseWeightedMean.ExpInto(mean, destination);
#else
            TensorPrimitives.Exp(mean, destination);
            return new ValueFacts(DenseWeightedMean.AllPositive(destination, out var finite), finite);
#endif
        }

        // Harmonic: Σ w / (Σ w / x).
        destination.Clear();
        var work = scratch.Work.AsSpan(0, n);
        foreach (var c in children)
        {
            var w = weights[c];
            if (w != 0)
            {
                TensorPrimitives.Divide(w, c < m ? indicators.Slice(c * n, n) : aggregates.Slice((c - m) * n, n), work);
                TensorPrimitives.Add(destination, work, destination);
            }
        }

        TensorPrimitives.Divide(weightSum, destination, destination);
        return new ValueFacts(DenseWeightedMean.AllPositive(destination, out var allFinite), allFinite);
    }

    /// <summary>
    /// For a geometric or harmonic mean, where it fails, found before any arithmetic: the first child (in order, weight
    /// above 0) holding a value that is not above 0, at its first such unit (the order in which the mean meets them). Children known to hold only values above 0 (or missing ones) are not read. Null for an arithmetic mean or
    /// when every value is inside the domain.
    /// </summary>
    private AggregationFailure? FirstOutsideDomain(
        ReadOnlySpan<double> indicators,
        IndicatorProfile profile,
        ReadOnlySpan<double> aggregates,
        int n,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<int> children,
        PowerMeanKernel method,
        AggregationScratch scratch)
    {
        if (method == PowerMeanKernel.Arithmetic)
        {
            return null;
        }

        var m = IndicatorCount;
        foreach (var c in children)
        {
            if (weights[c] == 0 || (c < m ? profile.Positive[c] : scratch.ValueDeferred[c - m] || scratch.Positive[c - m]))
            {
                continue;
            }

            var column = c < m ? indicators.Slice(c * n, n) : aggregates.Slice((c - m) * n, n);
            for (var i = 0; i < n; i++)
            {
                var v = column[i];
                if (!double.IsNaN(v) && !(v > 0))
                {
                    return new AggregationFailure(i, c, 0, v, method == PowerMeanKernel.Geometric ? AggregationMethod.Geometric : AggregationMethod.Harmonic);
                }
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AggregationFailure? AggregateGeneral(
        ReadOnlySpan<double> indicators,
        IndicatorProfile profile,
        Span<double> aggregates,
        int n,
        ReadOnlySpan<double> weights,
        int node,
        ReadOnlySpan<int> children,
        PowerMeanKernel method,
        double needed,
        Span<double> destination,
        AggregationScratch scratch)
    {
        // A value outside a geometric or harmonic mean's domain is found before any arithmetic.
        if (FirstOutsideDomain(indicators, profile, aggregates, n, weights, children, method, scratch) is { } outside)
        {
            return outside;
        }

        var m = IndicatorCount;
        var geometric = method == PowerMeanKernel.Geometric;
        var logs = geometric ? scratch.LogsOf(NodeCount, n) : default;
        var wsum = scratch.WeightSums.AsSpan(0, n);
        var available = scratch.Counts.AsSpan(0, n);
        destination.Clear();
        wsum.Clear();
        available.Clear();
        foreach (var c in children)
        {
            var w = weights[c];
            if (w == 0)
            {
                continue;
            }

            // A geometric child's mean of logs stands for the log of its value; a deferred child (see Aggregate) has a
            // finite value above 0 for every unit but no column of values.
            var logMean = geometric && c >= m && scratch.HasLogMean[c - m];
            var deferred = c >= m && scratch.ValueDeferred[c - m];
            ReadOnlySpan<double> column = c < m ? indicators.Slice(c * n, n) : aggregates.Slice((c - m) * n, n);
            for (var i = 0; i < n; i++)
            {
                var v = deferred ? 1.0 : column[i];
                if (double.IsNaN(v))
                {
                    continue;
                }

                switch (method)
                {
                    case PowerMeanKernel.Arithmetic:
                        destination[i] += w * v;
                        break;
                    case PowerMeanKernel.Geometric:
                        destination[i] += w * (logMean ? logs[(c * n) + i] : Math.Log(v));
                        break;
                    default:
                        destination[i] += w / v;
                        break;
                }

                wsum[i] += w;
                available[i]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (available[i] == 0 || available[i] < needed)
            {
                destination[i] = double.NaN;
                if (geometric)
                {
                    logs[(node * n) + i] = double.NaN;
                }

                continue;
            }

            switch (method)
            {
                case PowerMeanKernel.Arithmetic:
                    destination[i] /= wsum[i];
                    break;
                case PowerMeanKernel.Geometric:
                    var meanOfLogs = destination[i] / wsum[i];
                    logs[(node * n) + i] = meanOfLogs;
                    destination[i] = Math.Exp(meanOfLogs);
                    break;
                default:
                    destination[i] = wsum[i] / destination[i];
                    break;
            }
        }

        if (geometric)
        {
            scratch.HasLogMean[node - m] = true;
        }

        return null;
    }
}

/// <summary>Per-indicator facts about one normalised matrix, used to pick the vectorised path: no missing values,
/// all values &gt; 0, and optionally the natural logs of the columns (for geometric means).</summary>
internal sealed class IndicatorProfile
{
    private IndicatorProfile(bool[] complete, bool[] positive, double[]? logs)
    {
        Complete = complete;
        Positive = positive;
        Logs = logs;
    }

    public bool[] Complete { get; }

    public bool[] Positive { get; }

    public double[]? Logs { get; }

    public static IndicatorProfile Of(ReadOnlySpan<double> indicators, int unitCount, int indicatorCount, bool withLogs)
    {
        var complete = new bool[indicatorCount];
        var positive = new bool[indicatorCount];
        double[]? logs = withLogs ? new double[unitCount * indicatorCount] : null;
        for (var j = 0; j < indicatorCount; j++)
        {
            var column = indicators.Slice(j * unitCount, unitCount);
            (complete[j], positive[j]) = CompleteAndPositive(column);

            if (logs is not null && complete[j] && positive[j])
            {
                TensorPrimitives.Log(column, logs.AsSpan(j * unitCount, unitCount));
            }
        }

        return new IndicatorProfile(complete, positive, logs);
    }

    /// <summary>In one pass, a vector of values at a time: whether no value is missing, and whether every available value is above 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (bool Complete, bool Positive) CompleteAndPositive(ReadOnlySpan<double> column)
    {
        var width = System.Numerics.Vector<double>.Count;
        var missing = System.Numerics.Vector<long>.Zero;
        var notPositive = System.Numerics.Vector<long>.Zero;
        var i = 0;
        for (; i <= column.Length - width; i += width)
        {
            var v = new System.Numerics.Vector<double>(column.Slice(i, width));
            var present = System.Numerics.Vector.Equals(v, v);
            missing |= ~present;
            notPositive |= System.Numerics.Vector.AndNot(present, System.Numerics.Vector.GreaterThan(v, System.Numerics.Vector<double>.Zero));
        }

        var complete = missing == System.Numerics.Vector<long>.Zero;
        var positive = notPositive == System.Numerics.Vector<long>.Zero;
        for (; i < column.Length; i++)
        {
            var v = column[i];
            complete &= !double.IsNaN(v);
            positive &= double.IsNaN(v) || v > 0;
        }

        return (complete, positive);
    }
}

/// <summary>Scratch buffers of one aggregation (one per thread): reused so aggregation allocates nothing.</summary>
internal sealed class AggregationScratch
{
    public AggregationScratch(AggregationPlan plan, int unitCount)
        : this(unitCount, plan.MaxChildren, plan.NodeCount - plan.IndicatorCount)
    {
    }

    public AggregationScratch(int unitCount, int maxChildren, int aggregateCount)
    {
        WeightSums = new double[unitCount];
        Counts = new int[unitCount];
        Work = new double[Math.Max(1, unitCount)];
        Complete = new bool[aggregateCount];
        Positive = new bool[aggregateCount];
        HasLogMean = new bool[aggregateCount];
        ValueDeferred = new bool[aggregateCount];
        ChildValues = new double[maxChildren];
        ChildWeights = new double[maxChildren];
        ChildPositions = new int[maxChildren];
        ChildMeans = new double[maxChildren];
        ChildDeviations = new double[maxChildren];
        UnitRows = new double[unitCount * maxChildren];
    }

    public double[] WeightSums { get; }

    public int[] Counts { get; }

    public double[] Work { get; }

    public bool[] Complete { get; }

    public bool[] Positive { get; }

    /// <summary>
    /// Per aggregate, set by each aggregation: true when it is a geometric mean whose mean of logs, Σ w·ln x / Σ w (NaN
    /// where it is missing), is the aggregate's column of <see cref="LogsOf"/>; its value is the exponential of it.
    /// </summary>
    public bool[] HasLogMean { get; }

    /// <summary>
    /// Per aggregate, set by each aggregation: true when its values were not computed because no one needs them (see
    /// <see cref="AggregationPlan.Aggregate"/>): it has a value for every unit and each is a finite number above 0.
    /// </summary>
    public bool[] ValueDeferred { get; }

    /// <summary>
    /// Set by each aggregation: the first aggregate (node index) holding a value that is infinite or missing, so an
    /// overflow may hide there (see <see cref="AggregationPlan.FindOverflow"/>); −1 when every value is finite.
    /// </summary>
    public int FirstNonFinite { get; set; } = -1;

    /// <summary>One unit's available children (values, weights, positions among the children), for methods' kernels.</summary>
    public double[] ChildValues { get; }

    public double[] ChildWeights { get; }

    public int[] ChildPositions { get; }

    /// <summary>Per child of one aggregate: mean and population standard deviation across units.</summary>
    public double[] ChildMeans { get; }

    public double[] ChildDeviations { get; }

    /// <summary>The children of one aggregate unit by unit (units × children), for pairwise comparisons.</summary>
    public double[] UnitRows { get; }

    /// <summary>A units × nodes buffer for the logs of geometric means' children, made on first use.</summary>
    public Span<double> LogsOf(int nodeCount, int unitCount) => (_logs ??= new double[nodeCount * unitCount]).AsSpan();

    private double[]? _logs;
}

/// <summary>Where aggregation failed: unit row (−1 when a whole child is at fault), the child node holding the bad
/// value, the aggregate, the value, the method and why.</summary>
internal readonly record struct AggregationFailure(
    int Unit, int Child, int Aggregate, double Value, AggregationMethod Method, AggregationFailureReason Reason = AggregationFailureReason.Domain);
