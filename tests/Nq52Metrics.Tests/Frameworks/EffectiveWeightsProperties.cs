using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Frameworks;

/// <summary>Properties of <see cref="IndexFramework.EffectiveWeights"/> on random frameworks.</summary>
public sealed class EffectiveWeightsProperties
{
    private const double Tolerance = 1e-12;

    [Property]
    public bool Every_level_sums_to_one(int seed)
    {
        var framework = RandomIndex.Create(seed).Framework;
        var weights = framework.EffectiveWeights();

        return Enumerable.Range(1, framework.MaxLevel)
            .All(level => Math.Abs(framework.NodesAtLevel(level).Sum(n => weights[n.Code]) - 1) < Tolerance);
    }

    [Property]
    public bool A_child_gets_its_parent_weight_times_its_share_among_siblings(int seed)
    {
        var framework = RandomIndex.Create(seed).Framework;
        var weights = framework.EffectiveWeights();

        return framework.Nodes.Where(n => n.Parent is not null).All(child =>
        {
            var siblings = framework.ChildrenOf(child.Parent!);
            var expected = weights[child.Parent!] * child.Weight / siblings.Sum(s => s.Weight);
            return Math.Abs(weights[child.Code] - expected) < Tolerance;
        });
    }

    [Property]
    public Property Scaling_the_weights_under_one_parent_changes_no_effective_weight(int seed, PositiveInt factorSeed)
    {
        var framework = RandomIndex.Create(seed).Framework;
        var rng = new Random(factorSeed.Get);
        var factor = Math.Exp((rng.NextDouble() * 8) - 4);
        var parent = framework.Nodes.Where(n => !n.IsIndicator).ElementAt(rng.Next(framework.Nodes.Length - framework.Indicators.Length));
        var scaled = framework.WithWeights(framework.ChildrenOf(parent.Code).ToDictionary(c => c.Code, c => c.Weight * factor));

        var before = framework.EffectiveWeights();
        var after = scaled.EffectiveWeights();

        return before.All(p => Math.Abs(after[p.Key] - p.Value) < 1e-12)
            .Label($"factor {factor} under {parent.Code}");
    }
}
