using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The fused weighted-mean kernel of the aggregation's vectorised path against its definition computed one value at a
/// time: the same bits for every number of units (below one vector, between vectors, several blocks of four), children
/// from either buffer, and weights of 0 left out.
/// </summary>
public sealed class DenseWeightedMeanProperties
{
    [Property(MaxTest = 200)]
    public Property The_fused_mean_equals_the_child_by_child_definition_bit_for_bit(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var n = rng.Next(0, 70);
        var split = rng.Next(1, 6);
        var nodes = split + rng.Next(1, 6);
        var first = Enumerable.Range(0, split * n).Select(_ => (rng.NextDouble() - 0.3) * 1e3).ToArray();
        var second = Enumerable.Range(0, (nodes - split) * n).Select(_ => rng.NextDouble() * 7).ToArray();
        var children = Enumerable.Range(0, nodes).Where(_ => rng.NextDouble() < 0.7).DefaultIfEmpty(0).ToArray();
        var weights = Enumerable.Range(0, nodes).Select(_ => rng.NextDouble() < 0.2 ? 0 : rng.NextDouble() * 3).ToArray();
        weights[children[0]] = 0.75;
        var weightSum = 0.0;
        foreach (var c in children)
        {
            weightSum += weights[c];
        }

        var destination = new double[n];
        DenseWeightedMean.Into(first, second, split, n, children, weights, weightSum, destination);

        var same = true;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            foreach (var c in children)
            {
                if (weights[c] != 0)
                {
                    var x = c < split ? first[(c * n) + i] : second[((c - split) * n) + i];
                    sum = (x * weights[c]) + sum;
                }
            }

            same &= BitConverter.DoubleToInt64Bits(sum / weightSum) == BitConverter.DoubleToInt64Bits(destination[i]);
        }

        return same.Label($"n = {n}, children = [{string.Join(", ", children)}]");
    }

    [Property(MaxTest = 200)]
    public bool All_positive_means_every_value_above_zero_and_all_finite_no_nan_or_infinity(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var values = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => rng.NextDouble() switch
        {
            < 0.02 => double.NaN,
            < 0.04 => -0.0,
            < 0.06 => 0.0,
            < 0.08 => -1,
            < 0.09 => double.PositiveInfinity,
            < 0.10 => double.NegativeInfinity,
            var u => u,
        }).ToArray();

        var positive = DenseWeightedMean.AllPositive(values, out var finite);
        return positive == values.All(v => v > 0) && finite == values.All(double.IsFinite);
    }
}
