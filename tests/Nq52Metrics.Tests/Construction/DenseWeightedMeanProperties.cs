using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The fused weighted-mean kernel of the aggregation's vectorised path against its definition computed one value at a
/// time: the same bits for every number of units (below one vector, between vectors, several blocks of four), children
/// from either buffer, and weights of 0 left out; and the facts it reports (every mean above 0, every mean finite)
/// are those of the means it wrote.
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
        // Mostly ordinary values; now and then one near the largest double, so some means overflow.
        var first = Enumerable.Range(0, split * n).Select(_ => (rng.NextDouble() - 0.3) * (rng.NextDouble() < 0.01 ? 1.7e308 : 1e3)).ToArray();
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
        var facts = DenseWeightedMean.Into(first, second, split, n, children, weights, weightSum, destination);

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

            var expected = sum / weightSum;
            same &= BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(destination[i])
                || (double.IsNaN(expected) && double.IsNaN(destination[i]));
        }

        // The facts found while writing are those of the values written.
        same &= facts.AllPositive == destination.All(v => v > 0) && facts.AllFinite == destination.All(double.IsFinite);
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

    [Property(MaxTest = 200)]
    public Property Exponentials_are_close_to_math_exp_and_their_facts_are_those_of_the_values_written(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        // Exponents from far below (results 0) to far above (results ∞), now and then NaN, at every length up to 40.
        var values = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => rng.NextDouble() < 0.03 ? double.NaN : (rng.NextDouble() - 0.5) * (rng.NextDouble() < 0.1 ? 2000 : 20)).ToArray();
        var written = new double[values.Length];

        var facts = DenseWeightedMean.ExpInto(values, written);

        // The vectorised exponential is within a few ulps of Math.Exp (its exact bits are those the build uses, which
        // the replay tests compare); what matters here is that the facts describe what was written.
        var close = values.Zip(written).All(p => double.IsNaN(p.First) ? double.IsNaN(p.Second) : Math.Abs(p.Second - Math.Exp(p.First)) <= 1e-14 * Math.Exp(p.First) || p.Second == Math.Exp(p.First));
        return (close
            && facts.AllPositive == written.All(v => v > 0)
            && facts.AllFinite == written.All(double.IsFinite))
            .Label($"facts {facts}, written [{string.Join(", ", written.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]");
    }
}
