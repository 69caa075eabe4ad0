using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// The same seed gives identical output whatever the number of threads: rank statistics, failed-run counts and
/// messages, sensitivity indices and per-run outputs are compared bit for bit across 1, 2 and all threads.
/// </summary>
public sealed class UncertaintyDeterminismTests
{
    public static TheoryData<AnalysisType> Types => [AnalysisType.Uncertainty, AnalysisType.Sensitivity];

    [Theory]
    [MemberData(nameof(Types))]
    public void Results_do_not_depend_on_the_number_of_threads(AnalysisType type)
    {
        // Min-max 0–100 data with a geometric alternative: some runs fail, so the failure bookkeeping is compared too.
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred, unitCount: 15);
        var spec = new UncertaintySpec(runs: type == AnalysisType.Sensitivity ? 300 : 1500, seed: 11)
        {
            Type = type,
            Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)],
            Normalisation = [NormalisationMethod.MinMax(0, 100), NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)],
            BootstrapSamples = 200,
        }
        .WithWeightNoise(1, 0.5)
        .WithWeightNoise(2, 0.3);

        var single = Run(spec with { MaxDegreeOfParallelism = 1 });
        var two = Run(spec with { MaxDegreeOfParallelism = 2 });
        var all = Run(spec with { MaxDegreeOfParallelism = null });
        Assert.True(single.FailedRuns > 0, "The spec was meant to make some runs fail.");
        if (type == AnalysisType.Sensitivity)
        {
            Assert.NotEmpty(single.Sensitivity);
        }

        foreach (var other in new[] { two, all })
        {
            Assert.Equal(single.RunCount, other.RunCount);
            Assert.Equal(single.FailedRuns, other.FailedRuns);
            Assert.Equal(single.RankStatistics, other.RankStatistics);
            Assert.Equal(single.Failures, other.Failures);
            Assert.Equal(single.Sensitivity, other.Sensitivity);
            Assert.Equal(single.Outputs, other.Outputs);
            Assert.Equal(single.FailureMessages, other.FailureMessages);
        }

        UncertaintyResult Run(UncertaintySpec s) => UncertaintyAnalysis.Run(nominal, s, null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Repeating_an_analysis_gives_the_same_result_and_another_seed_a_different_one()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 200, seed: 4).WithWeightNoise(2, 0.6).WithWeightNoise(1, 0.6);
        var first = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var again = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var otherSeed = UncertaintyAnalysis.Run(nominal, spec with { Seed = 5 }, null, TestContext.Current.CancellationToken);
        Assert.Equal(first.RankStatistics, again.RankStatistics);
        Assert.Equal(Flatten(first), Flatten(again));
        Assert.NotEqual(Flatten(first), Flatten(otherSeed));
        Assert.NotEqual(first.RankStatistics.Select(s => s.MeanScore), otherSeed.RankStatistics.Select(s => s.MeanScore));
    }

    private static string[] Flatten(UncertaintyResult result) =>
        UncertaintyIndexes.Designs(result).Select(d => string.Join(",", d)).ToArray();
}
