using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// An analysis that varies nothing reproduces the nominal build: with zero weight noise, or with a single alternative
/// per assumption, every run's scores are the nominal scores exactly, and every rank statistic is the nominal rank.
/// </summary>
public sealed class UncertaintyNominalTests
{
    public static TheoryData<string> Methodologies => ["min-max 1-100", "min-max 0-100", "COINr outliers, z-score, geometric"];

    [Theory]
    [MemberData(nameof(Methodologies))]
    public void With_zero_weight_noise_every_run_equals_the_nominal_build(string methodology)
    {
        var nominal = Nominal(methodology);
        var spec = new UncertaintySpec(runs: 40, seed: 3).WithWeightNoise(2, 0).WithWeightNoise(3, 0);
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);

        // Zero noise still makes a weights input (40 identical sets), so the runs really go through the weights path.
        Assert.Single(result.Inputs);
        Assert.Equal(40, result.Inputs[0].Alternatives.Length);
        AssertEveryRunIsNominal(nominal, result);
        AssertStatisticsAreNominal(nominal, result);
    }

    [Theory]
    [MemberData(nameof(Methodologies))]
    public void With_one_alternative_per_assumption_every_run_equals_the_nominal_build(string methodology)
    {
        var nominal = Nominal(methodology);
        var m = nominal.Methodology;
        var spec = new UncertaintySpec(runs: 25, seed: 5)
        {
            MaxWinsorised = [m.OutlierTreatment.MaxWinsorised],
            OutlierTreatment = [m.OutlierTreatment.Method != OutlierMethod.None],
            Imputation = [m.Imputation],
            Normalisation = [m.Normalisation],
            Aggregation = [m.Aggregation],
            Exclusions = [[]],
        };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Inputs);
        Assert.Equal(25, result.RunCount);
        AssertEveryRunIsNominal(nominal, result);
        AssertStatisticsAreNominal(nominal, result);
    }

    private static IndexResult Nominal(string methodology) => methodology switch
    {
        "min-max 1-100" => UncertaintyIndexes.Small(),
        "min-max 0-100" => UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred),
        _ => UncertaintyIndexes.Small(new Methodology
        {
            Normalisation = NormalisationMethod.ZScore(10, 2),
            Aggregation = new AggregationSpec(AggregationMethod.Geometric),
        }),
    };

    private static void AssertEveryRunIsNominal(IndexResult nominal, UncertaintyResult result)
    {
        var expected = UncertaintyIndexes.Scores(nominal);
        Assert.Equal(expected, result.Model.NominalScores);
        var scores = new double[expected.Length];
        for (var r = 0; r < result.RunCount; r++)
        {
            Assert.True(result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores, out var failure), failure);
            Assert.Equal(expected, scores);
        }
    }

    private static void AssertStatisticsAreNominal(IndexResult nominal, UncertaintyResult result)
    {
        Assert.Equal(0, result.FailedRuns);
        Assert.Empty(result.Failures);
        Assert.Empty(result.FailureMessages);
        Assert.Empty(result.Sensitivity);
        foreach (var stats in result.RankStatistics)
        {
            var rank = nominal.Ranks[stats.Unit.Code, UncertaintyIndexes.Index];
            var score = nominal.Scores[stats.Unit.Code, UncertaintyIndexes.Index];
            Assert.Equal(rank, stats.NominalRank);
            Assert.Equal(rank, stats.MeanRank);
            Assert.Equal(rank, stats.MedianRank);
            Assert.Equal(rank, stats.Q5);
            Assert.Equal(rank, stats.Q95);
            Assert.Equal(score, stats.NominalScore);
            Assert.Equal(score, stats.MeanScore);
            Assert.Equal(score, stats.MinScore);
            Assert.Equal(score, stats.MaxScore);
            Assert.Equal(0, stats.ScoreSd);
        }
    }
}
