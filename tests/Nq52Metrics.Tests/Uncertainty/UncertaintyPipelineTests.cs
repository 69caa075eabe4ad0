using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// The uncertainty model compiles the same pipeline as the build: any stage can vary, each run replays a build of the
/// methodology it picked, identical tables are held once, and ranks follow the methodology's rank spec.
/// </summary>
public sealed class UncertaintyPipelineTests
{
    private static double[] Scores(UncertaintyModel model, params int[] choice)
    {
        var scores = new double[model.Units.Length];
        Assert.True(model.TryEvaluate(choice, scores, out var failure), failure);
        return scores;
    }

    private static double[] Column(IndexResult result, string node) => Build.ColumnOf(result.Scores, node);

    [Fact]
    public void With_outlier_treatment_off_every_maxWinsorised_alternative_shares_one_table()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 10) { MaxWinsorised = [1, 2, 3, 4, 5] };

        var model = UncertaintyModel.Compile(nominal, spec);

        Assert.Equal(1, model.DistinctIndicatorTables);
    }

    [Fact]
    public void Alternatives_that_give_the_same_table_are_held_once()
    {
        // Min-max 0–100 twice under different names of the same spec, and rank vs. rank: four alternatives, two tables.
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 10)
        {
            Normalisation = [NormalisationMethod.MinMax(0, 100), NormalisationMethod.Rank, NormalisationMethod.MinMax(0, 100), NormalisationMethod.Rank],
        };

        Assert.Equal(2, UncertaintyModel.Compile(nominal, spec).DistinctIndicatorTables);
    }

    [Fact]
    public void Any_stage_can_vary_and_each_run_replays_the_build_it_stands_for()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxOneToHundred);
        StageSpec[] denominations = [DenominationSpec.ByFramework, new DenominationSpec(true, 1000)];
        StageSpec[] outliers = [OutlierTreatmentSpec.None, OutlierTreatmentSpec.Coinr with { MaxWinsorised = 1 }];
        StageSpec[] rankings = [RankingSpec.Default, new RankingSpec(TieMethod.Dense, 0)];
        var spec = new UncertaintySpec(runs: 10)
            .WithAlternatives("denominate", denominations)
            .WithAlternatives("treat", outliers)
            .WithAlternatives("ranking", rankings);

        var model = UncertaintyModel.Compile(nominal, spec);

        Assert.Equal(["denominate", "treat", "ranking"], model.Inputs.Select(i => i.Name));
        Assert.Equal([PipelineStage.Denominate, PipelineStage.TreatOutliers, PipelineStage.Rank], model.Inputs.Select(i => i.Stage));
        for (var d = 0; d < 2; d++)
        {
            for (var o = 0; o < 2; o++)
            {
                var methodology = nominal.Methodology.With(denominations[d]).With(outliers[o]);
                var built = IndexBuilder.Build(nominal.Framework, nominal.Data, methodology);
                Assert.Equal(Column(built, UncertaintyIndexes.Index), Scores(model, d, o, 0));
            }
        }
    }

    [Fact]
    public void Screening_alternatives_rank_the_units_each_run_keeps()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred, unitCount: 8);
        var values = Enumerable.Range(0, nominal.Data.Units.Length).Select(i => Enumerable.Range(0, 6).Select(j => (double)((i * 7) + (j * 3)) % 11 + i).ToArray()).ToArray();
        values[0][0] = double.NaN;
        values[0][1] = double.NaN;
        values[0][2] = double.NaN;
        var data = Dataset.Create(UnitTable.FromRows(nominal.Data.Units, nominal.Data.Indicators.Columns, values));
        var withMissing = IndexBuilder.Build(nominal.Framework, data, UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 50, seed: 3).WithAlternatives("screen", ScreeningSpec.None, new ScreeningSpec(0.9));

        var result = UncertaintyAnalysis.Run(withMissing, spec, null, TestContext.Current.CancellationToken);

        Assert.Equal(data.Units.Select(u => u.Code), result.Units.Select(u => u.Code));
        var strict = IndexBuilder.Build(nominal.Framework, data, UncertaintyIndexes.MinMaxZeroToHundred with { Screening = new ScreeningSpec(0.9) });
        Assert.DoesNotContain(strict.Units, u => u.Code == data.Units[0].Code);
        var scores = Scores(result.Model, 1);
        Assert.True(double.IsNaN(scores[0]));
        Assert.Equal(Column(strict, UncertaintyIndexes.Index), scores.Skip(1));
        Assert.Equal(0, result.FailedRuns);
    }

    [Fact]
    public void Rank_statistics_use_the_methodology_s_tie_rule()
    {
        // Two units tie on every indicator; with dense and average ties the nominal ranks and the runs' ranks agree.
        foreach (var ties in new[] { TieMethod.Dense, TieMethod.Average, TieMethod.Ordinal })
        {
            var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred with { Ranking = ties }, unitCount: 9);
            var values = Enumerable.Range(0, 9).Select(i => Enumerable.Range(0, 6).Select(j => (double)(i < 2 ? 5 : i + j)).ToArray()).ToArray();
            var data = Dataset.Create(UnitTable.FromRows(nominal.Data.Units, nominal.Data.Indicators.Columns, values));
            var built = IndexBuilder.Build(nominal.Framework, data, nominal.Methodology);

            var result = UncertaintyAnalysis.Run(built, new UncertaintySpec(runs: 20), null, TestContext.Current.CancellationToken);

            Assert.Equal(Build.ColumnOf(built.Ranks, UncertaintyIndexes.Index), result.Model.NominalRanks);
            foreach (var s in result.RankStatistics)
            {
                Assert.Equal(s.NominalRank, s.MedianRank);
                Assert.Equal(s.NominalRank, s.MeanRank);
            }
        }
    }

    [Fact]
    public void Whole_stage_alternatives_are_validated_with_their_keys()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 10)
            .WithAlternatives("ranking", RankingSpec.Default, new RankingSpec(decimals: 40))
            .WithAlternatives("weights", ScreeningSpec.None, new ScreeningSpec(0.5));

        var e = Problems.Thrown(() => UncertaintyModel.Compile(nominal, spec));

        Problems.AssertHas(e, "alternatives.ranking[1].ranking.decimals", "between 0 and 12");
        Problems.AssertHas(e, "alternatives.weights", "another uncertain input has this name");
    }

    [Fact]
    public void One_input_varies_one_stage() =>
        Assert.Throws<ArgumentException>(() => new StageAlternatives("mixed", [ScreeningSpec.None, RankingSpec.Default]));

    /// <summary>For random indices and methodologies, a run with every input at its nominal alternative is the build.</summary>
    [Property(MaxTest = 40)]
    public Property A_nominal_run_replays_the_build_exactly(PositiveInt seed, bool geometric, bool zScore, bool treat, byte ties)
    {
        var index = RandomIndex.Create(seed.Get, allPositive: true);
        var methodology = new Methodology
        {
            OutlierTreatment = treat ? OutlierTreatmentSpec.Coinr : OutlierTreatmentSpec.None,
            Normalisation = zScore ? NormalisationMethod.ZScore(10, 2) : NormalisationMethod.MinMax(1, 100),
            Aggregation = geometric && !zScore ? new AggregationSpec(AggregationMethod.Geometric) : AggregationSpec.Arithmetic,
            Ranking = (TieMethod)(ties % 4),
        };
        IndexResult built;
        try
        {
            built = IndexBuilder.Build(index.Framework, index.Data, methodology);
        }
        catch (Nq52ValidationException)
        {
            return true.ToProperty();
        }

        var spec = new UncertaintySpec(runs: 4)
        {
            Normalisation = [methodology.Normalisation, NormalisationMethod.Rank],
            Aggregation = [methodology.Aggregation, AggregationSpec.Arithmetic],
        };
        var model = UncertaintyModel.Compile(built, spec);
        var scores = new double[model.Units.Length];
        var ok = model.TryEvaluate([0, 0], scores, out _);
        return (ok && scores.SequenceEqual(Column(built, "Index"))
            && model.NominalRanks.SequenceEqual(Build.ColumnOf(built.Ranks, "Index"))).ToProperty();
    }

    /// <summary>The same seed gives the same statistics on one thread and on all of them, for random specs.</summary>
    [Property(MaxTest = 15)]
    public Property Results_do_not_depend_on_the_thread_count(PositiveInt seed, byte runs)
    {
        var index = RandomIndex.Create(seed.Get, allPositive: true);
        var built = IndexBuilder.Build(index.Framework, index.Data, UncertaintyIndexes.MinMaxOneToHundred);
        var spec = new UncertaintySpec(runs: 2 + runs, seed: (ulong)seed.Get)
        {
            Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)],
            Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)],
        }
        .WithWeightNoise(1, 0.3)
        .WithAlternatives("ranking", RankingSpec.Default, new RankingSpec(TieMethod.Average, 1));

        var one = UncertaintyAnalysis.Run(built, spec with { MaxDegreeOfParallelism = 1 }, null, TestContext.Current.CancellationToken);
        var all = UncertaintyAnalysis.Run(built, spec, null, TestContext.Current.CancellationToken);

        return (one.RankStatistics.SequenceEqual(all.RankStatistics) && one.FailedRuns == all.FailedRuns).ToProperty();
    }
}
