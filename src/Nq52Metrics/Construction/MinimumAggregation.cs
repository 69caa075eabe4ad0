using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The smallest available child: no compensation at all, a unit is as good as its weakest child (the extreme of
/// compensability opposite the arithmetic mean). Weights only decide which children take part (weight 0 = left out);
/// their sizes do not matter. Missing children are skipped; no domain restriction.
/// </summary>
public sealed record MinimumAggregation : AggregationMethod
{
    internal MinimumAggregation()
    {
    }

    /// <inheritdoc/>
    public override string Name => "minimum";

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ProblemMessages.Format(nameof(Messages.DescribeAggregateMinimum), language, []);
    }

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        var counts = scratch.Counts.AsSpan(0, input.UnitCount);
        counts.Clear();
        destination.Fill(double.PositiveInfinity);
        foreach (var c in input.Children)
        {
            if (input.Weights[c] == 0)
            {
                continue;
            }

            var column = input.Column(c);
            for (var i = 0; i < column.Length; i++)
            {
                var v = column[i];
                if (!double.IsNaN(v))
                {
                    destination[i] = Math.Min(destination[i], v);
                    counts[i]++;
                }
            }
        }

        for (var i = 0; i < destination.Length; i++)
        {
            if (!input.Enough(counts[i]))
            {
                destination[i] = double.NaN;
            }
        }

        return null;
    }
}
