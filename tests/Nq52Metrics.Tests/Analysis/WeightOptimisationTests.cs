using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>Optimised weights of the sample index's two pillars, and the levels that cannot be optimised.</summary>
public sealed class WeightOptimisationTests
{
    private static readonly Nq52Metrics.Results.IndexResult Sample = SampleIndex.Build();

    [Fact]
    public void Balance_brings_the_pillars_to_equal_importance_and_reports_its_objective()
    {
        var optimised = WeightOptimisation.Optimise(Sample, level: 2, OptimisationObjective.Balance, seed: 3);

        var r = optimised.Correlations;
        Assert.Equal(["P1", "P2"], optimised.Codes);
        Assert.InRange(r[0] / (r[0] + r[1]), 0.5 - 1e-3, 0.5 + 1e-3);
        Assert.Equal(1, optimised.Weights.Sum(), 12);
        Assert.All(optimised.Weights, w => Assert.True(w > 0));
        Assert.Equal([0.5, 0.5], optimised.NominalWeights);
        var mse = r.Select(c => Math.Pow((c / r.Sum()) - 0.5, 2)).Average();
        // The objective is ln(mse), floored at ln(ε) when the balance is exact.
        Assert.Equal(Math.Log(Math.Max(mse, double.Epsilon)), optimised.ObjectiveValue, 9);
        Assert.True(optimised.Iterations > 0);
        var again = WeightOptimisation.Optimise(Sample, 2, OptimisationObjective.Balance, seed: 3);
        Assert.Equal(optimised.Weights.ToArray(), again.Weights.ToArray());
        Assert.Equal(optimised.Iterations, again.Iterations);
    }

    [Fact]
    public void Infomax_does_not_lower_the_total_correlation()
    {
        var optimised = WeightOptimisation.Optimise(Sample, level: 2, OptimisationObjective.Infomax);

        Assert.True(optimised.Correlations.Sum() >= optimised.NominalCorrelations.Sum() - 1e-9);
        Assert.Equal(-optimised.Correlations.Sum(), optimised.ObjectiveValue, 9);
    }

    [Fact]
    public void The_index_level_and_a_level_of_one_node_cannot_be_optimised()
    {
        var single = IndexBuilder.Build(
            Nq52Metrics.Frameworks.IndexFramework.Create([Nodes.Indicator("I1", "P"), Nodes.Indicator("I2", "P"), Nodes.Aggregate("P", 2, "Index"), Nodes.Aggregate("Index", 3, null)]),
            Nq52Metrics.Data.Dataset.Create(Build.Table(["I1", "I2"], [1, 2], [2, 1], [3, 5])));

        Assert.Equal("weight optimisation, level 3: the level must be from 1 to 2 (below the index).", Assert.Throws<Nq52ValidationException>(() => WeightOptimisation.Optimise(Sample, 3)).Message);
        Assert.Contains("a single node", Assert.Throws<Nq52ValidationException>(() => WeightOptimisation.Optimise(single, 2)).Message, StringComparison.Ordinal);
    }
}
