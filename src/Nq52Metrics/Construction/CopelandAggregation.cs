namespace Nq52Metrics.Construction;

/// <summary>
/// Copeland score from a weighted pairwise outranking of the units over the children, a non-compensatory method
/// (Handbook on Constructing Composite Indicators, OECD/JRC 2008, §6.2: e_pq = Σ w·[x_p &gt; x_q] + ½·Σ w·[x_p = x_q],
/// weights normalised over the children both units have; COINr <c>a_copeland</c>). Unit p beats q when e_pq &gt; ½,
/// which is when the weight of the children where p is higher exceeds the weight of those where q is higher; a pair
/// with equal weights on both sides (or no child in common) is a tie. The score is (wins − losses) over all other
/// units with an aggregate, from −(n − 1) to n − 1; it can be 0 or negative, so a geometric or harmonic mean above
/// it fails.
/// </summary>
/// <remarks>
/// Higher child values are better (children are direction-adjusted). Units without enough available children (data
/// availability) get no score and take no part in the comparisons. Cost: O(n²·k) per aggregate for n units and k
/// children, with no allocation. <see cref="OutrankingMatrix"/> gives the matrix e and the scores.
/// </remarks>
public sealed record CopelandAggregation : AggregationMethod
{
    internal CopelandAggregation()
    {
    }

    /// <inheritdoc/>
    public override string Name => "copeland";

    internal override bool DependsOnOtherUnits => true;

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        var n = input.UnitCount;
        var counts = scratch.Counts.AsSpan(0, n);
        counts.Clear();
        foreach (var c in input.Children)
        {
            if (input.Weights[c] == 0)
            {
                continue;
            }

            var column = input.Column(c);
            for (var i = 0; i < n; i++)
            {
                counts[i] += double.IsNaN(column[i]) ? 0 : 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            destination[i] = input.Enough(counts[i]) ? 0 : double.NaN;
        }

        for (var p = 0; p < n; p++)
        {
            if (double.IsNaN(destination[p]))
            {
                continue;
            }

            for (var q = p + 1; q < n; q++)
            {
                if (double.IsNaN(destination[q]))
                {
                    continue;
                }

                var (forP, forQ, _) = Compare(input, p, q);
                var outcome = forP > forQ ? 1 : forP < forQ ? -1 : 0;
                destination[p] += outcome;
                destination[q] -= outcome;
            }
        }

        return null;
    }

    /// <summary>
    /// One pair of units over the children both have: the weight of the children where p is higher, where q is
    /// higher, and the total weight of the children both have (ties make up the rest).
    /// </summary>
    internal static (double ForP, double ForQ, double Common) Compare(in AggregationInput input, int p, int q)
    {
        double forP = 0, forQ = 0, common = 0;
        foreach (var c in input.Children)
        {
            var w = input.Weights[c];
            if (w == 0)
            {
                continue;
            }

            var column = input.Column(c);
            var (a, b) = (column[p], column[q]);
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                continue;
            }

            common += w;
            if (a > b)
            {
                forP += w;
            }
            else if (b > a)
            {
                forQ += w;
            }
        }

        return (forP, forQ, common);
    }
}
