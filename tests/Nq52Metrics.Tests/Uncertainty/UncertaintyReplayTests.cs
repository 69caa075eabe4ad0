using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Any run can be recovered and replayed: the alternatives <see cref="UncertaintyResult.RunAlternatives"/> returns,
/// evaluated with <see cref="UncertaintyModel.TryEvaluate"/>, are the runs the analysis summarised (its statistics and
/// per-run outputs are recomputed from the replays), and the design has the documented shape.
/// </summary>
public sealed class UncertaintyReplayTests
{
    private static UncertaintySpec VariedSpec(int runs) =>
        new UncertaintySpec(runs, seed: 21)
        {
            MaxWinsorised = [1, 3, 5],
            Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)],
            Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)],
        }
        .WithWeightNoise(2, 0.4)
        .WithWeightNoise(1, 0.2);

    // 300 runs of 12 units keep rank histograms; 5 runs (fewer than the units) keep each run's ranks instead.
    [Theory]
    [InlineData(300)]
    [InlineData(5)]
    public void Replaying_every_run_reproduces_the_analysis_statistics(int runs)
    {
        var nominal = UncertaintyIndexes.Small(new Methodology { Normalisation = NormalisationMethod.MinMax(1, 100) });
        var result = UncertaintyAnalysis.Run(nominal, VariedSpec(runs), null, TestContext.Current.CancellationToken);
        Assert.Equal(runs, result.RunCount);
        Assert.Equal(0, result.FailedRuns);

        var n = result.Units.Length;
        var scores = new double[result.RunCount][];
        var ranks = new double[result.RunCount][];
        for (var r = 0; r < result.RunCount; r++)
        {
            scores[r] = new double[n];
            Assert.True(result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores[r], out var failure), failure);
            ranks[r] = [.. Ranker.Rank(scores[r])];
        }

        for (var u = 0; u < n; u++)
        {
            var s = result.RankStatistics[u];
            var unitRanks = ranks.Select(x => x[u]).Order().ToArray();
            var unitScores = scores.Select(x => x[u]).ToArray();
            Assert.Equal(TypeSevenQuantile(unitRanks, 0.05), s.Q5);
            Assert.Equal(TypeSevenQuantile(unitRanks, 0.5), s.MedianRank);
            Assert.Equal(TypeSevenQuantile(unitRanks, 0.95), s.Q95);
            Assert.Equal(unitRanks.Average(), s.MeanRank, 12);
            Assert.Equal(unitScores.Min(), s.MinScore);
            Assert.Equal(unitScores.Max(), s.MaxScore);
            var mean = unitScores.Average();
            Assert.Equal(mean, s.MeanScore, 9);
            Assert.Equal(Math.Sqrt(unitScores.Sum(x => (x - mean) * (x - mean)) / (unitScores.Length - 1)), s.ScoreSd, 9);
        }
    }

    [Fact]
    public void A_replayed_run_gives_the_same_scores_as_a_model_compiled_again()
    {
        // The model is a pure function of (nominal, spec): a second compilation replays run r identically.
        var nominal = UncertaintyIndexes.Small();
        var result = UncertaintyAnalysis.Run(nominal, VariedSpec(50), null, TestContext.Current.CancellationToken);
        var again = UncertaintyModel.Compile(nominal, VariedSpec(50));
        var first = new double[result.Units.Length];
        var second = new double[result.Units.Length];
        for (var r = 0; r < result.RunCount; r++)
        {
            var choice = result.RunAlternatives(r);
            Assert.Equal(result.Model.TryEvaluate(choice.AsSpan(), first, out _), again.TryEvaluate(choice.AsSpan(), second, out _));
            Assert.Equal(first, second);
            Assert.Equal(result.Model.Describe(choice.AsSpan()), again.Describe(choice.AsSpan()));
        }
    }

    [Fact]
    public void Sensitivity_outputs_are_the_mean_absolute_rank_shifts_of_the_replayed_runs()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = VariedSpec(40) with { Type = AnalysisType.Sensitivity, BootstrapSamples = 50 };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var d = result.Inputs.Length;
        Assert.Equal(4, d);
        Assert.Equal(40L * (d + 2), result.RunCount);
        Assert.Equal(result.RunCount, result.Outputs.Length);
        var nominalRanks = nominal.Ranks.Column(UncertaintyIndexes.Index).ToArray();
        var scores = new double[result.Units.Length];
        for (var r = 0; r < result.RunCount; r++)
        {
            if (!result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores, out _))
            {
                Assert.True(double.IsNaN(result.Outputs[r]), $"Run {r} failed but its output is {result.Outputs[r]}.");
                continue;
            }

            var ranks = Ranker.Rank(scores);
            var shift = ranks.Select((rank, i) => Math.Abs(rank - nominalRanks[i])).Average();
            Assert.Equal(shift, result.Outputs[r], 12);
        }
    }

    [Fact]
    public void The_sensitivity_design_is_A_B_and_A_with_one_column_from_B()
    {
        var nominal = UncertaintyIndexes.Small();
        const int n = 30;
        var result = UncertaintyAnalysis.Run(nominal, VariedSpec(n) with { Type = AnalysisType.Sensitivity, BootstrapSamples = 0 }, null, TestContext.Current.CancellationToken);
        var d = result.Inputs.Length;
        var differentAB = 0;
        for (var row = 0; row < n; row++)
        {
            var a = result.RunAlternatives(row);
            var b = result.RunAlternatives(n + row);
            differentAB += a.SequenceEqual(b) ? 0 : 1;
            for (var j = 0; j < d; j++)
            {
                var ab = result.RunAlternatives(((2 + j) * n) + row);
                for (var k = 0; k < d; k++)
                {
                    Assert.Equal(k == j ? b[k] : a[k], ab[k]);
                }
            }
        }

        Assert.True(differentAB > n / 2, $"A and B should be independent samples; only {differentAB} of {n} rows differ.");
    }

    [Fact]
    public void Every_alternative_is_drawn_about_equally_often()
    {
        const int runs = 6000;
        var nominal = UncertaintyIndexes.Small();
        var result = UncertaintyAnalysis.Run(nominal, VariedSpec(runs) with { WeightSetCount = 4 }, null, TestContext.Current.CancellationToken);
        var designs = UncertaintyIndexes.Designs(result);
        for (var j = 0; j < result.Inputs.Length; j++)
        {
            var k = result.Inputs[j].Alternatives.Length;
            var counts = new int[k];
            foreach (var design in designs)
            {
                counts[design[j]]++;
            }

            // Chi-square goodness of fit to the uniform law; with at most 3 degrees of freedom, P(χ² > 25) < 2e-5.
            var expected = (double)runs / k;
            var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
            Assert.True(chiSquare < 25, $"Input {result.Inputs[j].Name}: counts {string.Join(", ", counts)}, χ² = {chiSquare:0.0}.");
        }
    }

    [Fact]
    public void Describe_names_every_input_and_its_alternative()
    {
        var result = UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), VariedSpec(10), null, TestContext.Current.CancellationToken);
        Assert.Equal(["weights", "outliers.maxWinsorised", "normalise", "aggregate"], result.Inputs.Select(i => i.Name));
        Assert.Equal(
            [InputKind.Weights, InputKind.MaxWinsorised, InputKind.Normalisation, InputKind.Aggregation],
            result.Inputs.Select(i => i.Kind));
        Assert.Equal(["1", "3", "5"], result.Inputs[1].Alternatives);
        var described = result.Model.Describe([2, 1, 1, 0]);
        Assert.Equal("set 3", described["weights"]);
        Assert.Equal("3", described["outliers.maxWinsorised"]);
        Assert.Equal(result.Inputs[2].Alternatives[1], described["normalise"]);
        Assert.Equal(result.Inputs[3].Alternatives[0], described["aggregate"]);
        Assert.Equal(4, described.Count);
    }

    [Fact]
    public void Replay_arguments_are_checked()
    {
        var result = UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), VariedSpec(10), null, TestContext.Current.CancellationToken);
        var model = result.Model;
        var scores = new double[result.Units.Length];
        Assert.Throws<ArgumentException>(() => model.TryEvaluate([0, 0, 0], scores, out _));
        Assert.Throws<ArgumentException>(() => model.TryEvaluate([0, 3, 0, 0], scores, out _));
        Assert.Throws<ArgumentException>(() => model.TryEvaluate([0, 0, 0, -1], scores, out _));
        Assert.Throws<ArgumentException>(() => model.TryEvaluate([0, 0, 0, 0], new double[scores.Length - 1], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.RunAlternatives(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.RunAlternatives(result.RunCount));
        Assert.True(model.TryEvaluate([0, 0, 0, 0], scores, out var failure));
        Assert.Null(failure);
    }

    /// <summary>R's type-7 quantile of sorted values.</summary>
    private static double TypeSevenQuantile(double[] sorted, double p)
    {
        var h = ((sorted.Length - 1) * p) + 1;
        var lower = (int)Math.Floor(h);
        return lower >= sorted.Length ? sorted[^1] : sorted[lower - 1] + ((h - lower) * (sorted[lower] - sorted[lower - 1]));
    }
}
