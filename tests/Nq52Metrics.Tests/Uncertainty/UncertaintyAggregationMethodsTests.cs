using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Every aggregation method is an alternative of the uncertainty fast path: each run gives the scores of a full build
/// with that method, and a run allocates nothing.
/// </summary>
public sealed class UncertaintyAggregationMethodsTests
{
    private static readonly AggregationSpec[] Alternatives =
    [
        AggregationSpec.Arithmetic,
        new(AggregationMethod.GeneralisedMean(0.5)),
        new(AggregationMethod.GeneralisedMean(-2.5)),
        new(AggregationMethod.MazziottaPareto()),
        new(AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Positive)),
        new(AggregationMethod.Copeland),
        new(AggregationMethod.Median),
        new(AggregationMethod.Minimum),
        AggregationSpec.Arithmetic with
        {
            ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, AggregationMethod.Geometric),
            ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("P2", AggregationMethod.Copeland).Add(UncertaintyIndexes.Index, AggregationMethod.Median),
        },
    ];

    private static UncertaintyModel Model(IndexResult nominal) =>
        UncertaintyModel.Compile(nominal, new UncertaintySpec(10, seed: 3) { Aggregation = [.. Alternatives] });

    [Fact]
    public void Each_aggregation_alternative_gives_the_scores_of_a_build_with_it()
    {
        var nominal = UncertaintyIndexes.Small();
        var model = Model(nominal);
        var slot = model.Inputs.Select(i => i.Name).ToList().IndexOf("aggregate");
        var scores = new double[model.Units.Length];
        for (var a = 0; a < Alternatives.Length; a++)
        {
            var choice = new int[model.Inputs.Length];
            choice[slot] = a;

            Assert.True(model.TryEvaluate(choice, scores, out var failure), failure);

            var built = IndexBuilder.Build(nominal.Framework, nominal.Data, nominal.Methodology with { Aggregation = Alternatives[a] });
            var expected = model.Units.Select(u => built.Scores[u.Code, UncertaintyIndexes.Index]).ToArray();
            Assert.Equal(expected, scores);
        }
    }

    [Fact]
    public void A_run_with_any_aggregation_method_allocates_nothing()
    {
        var model = Model(UncertaintyIndexes.Small());
        var scratch = new UncertaintyModel.EvaluationScratch(model);
        var slot = model.Inputs.Select(i => i.Name).ToList().IndexOf("aggregate");
        var choice = new int[model.Inputs.Length];
        for (var a = 0; a < Alternatives.Length; a++)
        {
            choice[slot] = a;
            Assert.Equal(0, model.Evaluate(choice, scratch));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var run = 0; run < 100; run++)
        {
            choice[slot] = run % Alternatives.Length;
            model.Evaluate(choice, scratch);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
