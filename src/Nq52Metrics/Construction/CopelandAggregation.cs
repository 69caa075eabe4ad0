using Nq52Metrics.Localization;

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

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ProblemMessages.Format(nameof(Messages.DescribeAggregateCopeland), language, []);
    }

    internal override bool DependsOnOtherUnits => true;

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        var n = input.UnitCount;
        var weights = scratch.ChildWeights.AsSpan();
        var k = Rows(input, scratch.UnitRows, weights);
        var rows = scratch.UnitRows.AsSpan(0, n * k);
        weights = weights[..k];
        for (var i = 0; i < n; i++)
        {
            var available = 0;
            foreach (var v in rows.Slice(i * k, k))
            {
                available += double.IsNaN(v) ? 0 : 1;
            }

            destination[i] = input.Enough(available) ? 0 : double.NaN;
        }

        for (var p = 0; p < n; p++)
        {
            if (double.IsNaN(destination[p]))
            {
                continue;
            }

            var rowP = rows.Slice(p * k, k);
            for (var q = p + 1; q < n; q++)
            {
                if (double.IsNaN(destination[q]))
                {
                    continue;
                }

                var (forP, forQ, _) = Compare(rowP, rows.Slice(q * k, k), weights);
                var outcome = forP > forQ ? 1 : forP < forQ ? -1 : 0;
                destination[p] += outcome;
                destination[q] -= outcome;
            }
        }

        return null;
    }

    /// <summary>
    /// Copies the included children (weight ≠ 0) unit by unit into <paramref name="rows"/> (units × children, so a
    /// pair of units reads two contiguous rows) and their weights into <paramref name="weights"/>; returns how many.
    /// </summary>
    internal static int Rows(in AggregationInput input, Span<double> rows, Span<double> weights)
    {
        var k = 0;
        foreach (var c in input.Children)
        {
            if (input.Weights[c] != 0)
            {
                weights[k++] = input.Weights[c];
            }
        }

        var j = 0;
        foreach (var c in input.Children)
        {
            if (input.Weights[c] == 0)
            {
                continue;
            }

            var column = input.Column(c);
            for (var i = 0; i < column.Length; i++)
            {
                rows[(i * k) + j] = column[i];
            }

            j++;
        }

        return k;
    }

    /// <summary>
    /// One pair of units over the children both have: the weight of the children where p is higher, where q is
    /// higher, and the total weight of the children both have (ties make up the rest).
    /// </summary>
    internal static (double ForP, double ForQ, double Common) Compare(ReadOnlySpan<double> rowP, ReadOnlySpan<double> rowQ, ReadOnlySpan<double> weights)
    {
        double forP = 0, forQ = 0, common = 0;
        for (var j = 0; j < weights.Length; j++)
        {
            var (a, b) = (rowP[j], rowQ[j]);
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                continue;
            }

            var w = weights[j];
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
