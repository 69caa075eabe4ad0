namespace Nq52Metrics.Construction;

/// <summary>
/// The children of one aggregate as the compiled plan hands them to a method's kernel: the columns (units in
/// order), the weights by node index (0 = left out), and how many children a unit needs for its aggregate to be
/// computed. A view over the plan's buffers; it copies nothing.
/// </summary>
internal readonly ref struct AggregationInput
{
    private readonly ReadOnlySpan<double> _indicators;
    private readonly ReadOnlySpan<double> _aggregates;
    private readonly int _indicatorCount;

    public AggregationInput(
        ReadOnlySpan<double> indicators,
        ReadOnlySpan<double> aggregates,
        int indicatorCount,
        int unitCount,
        ReadOnlySpan<int> children,
        ReadOnlySpan<double> weights,
        double needed)
    {
        _indicators = indicators;
        _aggregates = aggregates;
        _indicatorCount = indicatorCount;
        UnitCount = unitCount;
        Children = children;
        Weights = weights;
        Needed = needed;
    }

    public int UnitCount { get; }

    /// <summary>The children's node indices (including any with weight 0, which kernels skip).</summary>
    public ReadOnlySpan<int> Children { get; }

    /// <summary>Weights by node index.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>The least number of available children for an aggregate (data-availability threshold × included children).</summary>
    public double Needed { get; }

    /// <summary>The values of one child node, by unit.</summary>
    public ReadOnlySpan<double> Column(int child) =>
        child < _indicatorCount
            ? _indicators.Slice(child * UnitCount, UnitCount)
            : _aggregates.Slice((child - _indicatorCount) * UnitCount, UnitCount);

    /// <summary>
    /// Copies one unit's available children (weight ≠ 0, value not missing) into the scratch's
    /// <see cref="AggregationScratch.ChildValues"/> and <see cref="AggregationScratch.ChildWeights"/>, and their positions
    /// among <see cref="Children"/> into <see cref="AggregationScratch.ChildPositions"/>; returns how many there are.
    /// </summary>
    public int Gather(int unit, AggregationScratch scratch)
    {
        var count = 0;
        for (var j = 0; j < Children.Length; j++)
        {
            var c = Children[j];
            var w = Weights[c];
            var v = Column(c)[unit];
            if (w == 0 || double.IsNaN(v))
            {
                continue;
            }

            scratch.ChildValues[count] = v;
            scratch.ChildWeights[count] = w;
            scratch.ChildPositions[count] = j;
            count++;
        }

        return count;
    }

    /// <summary>Whether a unit with <paramref name="available"/> children gets an aggregate.</summary>
    public bool Enough(int available) => available > 0 && available >= Needed;
}
