using System.Collections.Immutable;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// How runs vary the weights, checked by hand on <see cref="UncertaintyIndexes.HandChecked"/> (Index = weighted mean of
/// P1 = X1 and P2 = X2; unit A has P1 = 3, P2 = 1, so its score s gives the weight ratio w1/w2 = (s − 1)/(3 − s)):
/// noisy weights stay within ±φ, explicit weight sets replace the listed weights only, exclusions zero a weight.
/// </summary>
public sealed class UncertaintyWeightTests
{
    [Fact]
    public void Weight_noise_keeps_each_weight_within_plus_or_minus_phi_and_reaches_the_bounds()
    {
        const double phi = 0.4;
        var nominal = UncertaintyIndexes.HandChecked();
        var spec = new UncertaintySpec(runs: 3000, seed: 8).WithWeightNoise(2, phi);
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        Assert.Equal(3000, result.Inputs.Single().Alternatives.Length);

        var ratios = RunScores(result).Select(s => (s[0] - 1) / (3 - s[0])).ToArray();
        var lowest = (1 - phi) / (1 + phi);
        var highest = (1 + phi) / (1 - phi);
        Assert.All(ratios, r => Assert.InRange(r, lowest, highest));

        // Independent uniform factors: the ratio comes close to both bounds, and is as often above 1 as below.
        Assert.True(ratios.Min() < lowest * 1.05, $"Smallest ratio {ratios.Min()}, bound {lowest}.");
        Assert.True(ratios.Max() > highest / 1.05, $"Largest ratio {ratios.Max()}, bound {highest}.");
        var above = ratios.Count(r => r > 1);
        Assert.InRange(above, 1500 - 200, 1500 + 200);
    }

    [Fact]
    public void Noise_on_single_child_weights_changes_no_score()
    {
        // Each pillar of the hand-checked index has one indicator: its weight cancels out.
        var nominal = UncertaintyIndexes.HandChecked();
        var result = UncertaintyAnalysis.Run(nominal, new UncertaintySpec(runs: 50, seed: 2).WithWeightNoise(1, 0.9), null, TestContext.Current.CancellationToken);
        var expected = UncertaintyIndexes.Scores(nominal);
        Assert.All(RunScores(result), s => Assert.Equal(expected, s, (a, b) => Math.Abs(a - b) <= 1e-12));
    }

    [Fact]
    public void Explicit_weight_sets_replace_the_listed_weights_and_keep_the_others()
    {
        var nominal = UncertaintyIndexes.HandChecked();
        var spec = new UncertaintySpec(runs: 20, seed: 3)
        {
            WeightSets = [ImmutableDictionary<string, double>.Empty.Add("P1", 3), ImmutableDictionary<string, double>.Empty.Add("P2", 3)],
        };
        var model = UncertaintyModel.Compile(nominal, spec);
        var scores = new double[3];

        // Set 1: P1 weight 3, P2 keeps 1 → (3·X1 + X2)/4.
        Assert.True(model.TryEvaluate([0], scores, out _));
        Assert.Equal([2.5, 2.25, 1.25], scores);

        // Set 2: P2 weight 3 → (X1 + 3·X2)/4.
        Assert.True(model.TryEvaluate([1], scores, out _));
        Assert.Equal([1.5, 2.75, 1.75], scores);
    }

    [Fact]
    public void An_exclusion_sets_the_weight_of_the_left_out_nodes_to_zero()
    {
        var nominal = UncertaintyIndexes.HandChecked();
        var spec = new UncertaintySpec(runs: 10) { Exclusions = [[], ["P1"], ["X2"]] };
        var model = UncertaintyModel.Compile(nominal, spec);
        Assert.Equal(["none", "P1", "X2"], model.Inputs.Single().Alternatives);
        var scores = new double[3];

        Assert.True(model.TryEvaluate([0], scores, out _));
        Assert.Equal([2, 2.5, 1.5], scores);

        // Without P1 the index is P2 = X2.
        Assert.True(model.TryEvaluate([1], scores, out _));
        Assert.Equal([1, 3, 2], scores);

        // Without X2, P2 has no child left and is missing; the index is P1 = X1.
        Assert.True(model.TryEvaluate([2], scores, out _));
        Assert.Equal([3, 2, 1], scores);
    }

    private static List<double[]> RunScores(UncertaintyResult result)
    {
        var runs = new List<double[]>();
        for (var r = 0; r < result.RunCount; r++)
        {
            var scores = new double[result.Units.Length];
            Assert.True(result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores, out var failure), failure);
            runs.Add(scores);
        }

        return runs;
    }
}
