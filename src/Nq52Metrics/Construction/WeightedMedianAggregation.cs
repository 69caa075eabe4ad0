using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Weighted median of the available children: sort the unit's values ascending with their weights, accumulate the
/// weights, and take the first value at which the running total passes half of the total; when it lands exactly on
/// half, take the mean of that value and the next (so equal weights give the ordinary median, the mean of the two
/// middle values for an even count). Little compensation: one very high or low child cannot move it past its
/// neighbours. Missing children are skipped and the others' weights used as they are; no domain restriction.
/// </summary>
public sealed record WeightedMedianAggregation : AggregationMethod
{
    internal WeightedMedianAggregation()
    {
    }

    /// <inheritdoc/>
    public override string Name => "median";

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ProblemMessages.Format(nameof(Messages.DescribeAggregateMedian), language, []);
    }

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        for (var i = 0; i < input.UnitCount; i++)
        {
            var count = input.Gather(i, scratch);
            destination[i] = input.Enough(count) ? Of(scratch.ChildValues.AsSpan(0, count), scratch.ChildWeights.AsSpan(0, count)) : double.NaN;
        }

        return null;
    }

    /// <summary>The weighted median of a non-empty set of values with positive weights; reorders both spans.</summary>
    internal static double Of(Span<double> values, Span<double> weights)
    {
        // Insertion sort: the children of one aggregate are few, and it allocates nothing.
        for (var j = 1; j < values.Length; j++)
        {
            var v = values[j];
            var w = weights[j];
            var k = j - 1;
            while (k >= 0 && values[k] > v)
            {
                values[k + 1] = values[k];
                weights[k + 1] = weights[k];
                k--;
            }

            values[k + 1] = v;
            weights[k + 1] = w;
        }

        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var half = total / 2;
        double running = 0;
        for (var j = 0; j < values.Length; j++)
        {
            running += weights[j];
            if (running > half || j == values.Length - 1)
            {
                return values[j];
            }

            if (running == half)
            {
                return (values[j] + values[j + 1]) / 2;
            }
        }

        return values[^1];
    }
}
