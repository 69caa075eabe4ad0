using System.Text.RegularExpressions;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Runs that fail are counted and attributed to the alternatives that caused them, never silently dropped: a geometric
/// mean meeting the zeros of min-max 0–100 data, and a normalisation that cannot be applied (goalposts without
/// goalposts). The successful runs still give statistics.
/// </summary>
public sealed partial class UncertaintyFailureTests
{
    private static readonly AggregationSpec Geometric = new(AggregationMethod.Geometric);

    [Fact]
    public void Geometric_runs_on_data_with_zeros_fail_and_are_counted_against_the_geometric_alternative()
    {
        // Min-max 0–100: every indicator is 0 for its worst unit, so every geometric run fails.
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 400, seed: 31) { Aggregation = [AggregationSpec.Arithmetic, Geometric] }.WithWeightNoise(2, 0.3);
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);

        var aggregate = result.Inputs.Select(i => i.Name).ToList().IndexOf("aggregate");
        var designs = UncertaintyIndexes.Designs(result);
        var geometricRuns = designs.Count(d => d[aggregate] == 1);
        Assert.InRange(geometricRuns, 1, 399);
        Assert.Equal(geometricRuns, result.FailedRuns);
        Assert.Equal(400, result.RunCount);
        for (var r = 0; r < designs.Length; r++)
        {
            Assert.Equal(designs[r][aggregate] == 1, result.RunFailed(r));
        }

        // Attribution: the geometric alternative carries every failure, the arithmetic one none; every other input's
        // counts add up to the failed runs too (a failed run counts once per input).
        var geometricLabel = result.Inputs[aggregate].Alternatives[1];
        var byAggregate = result.Failures.Where(f => f.Input == "aggregate").ToList();
        Assert.Equal(new InputFailure("aggregate", geometricLabel, geometricRuns), Assert.Single(byAggregate));
        Assert.Equal(geometricRuns, result.Failures.Where(f => f.Input == "weights").Sum(f => f.FailedRuns));
        Assert.All(result.Failures, f => Assert.True(f.FailedRuns > 0));

        // The messages name the run's alternatives, the aggregate, the unit and the child node that met the zero.
        Assert.InRange(result.FailureMessages.Length, 1, 10);
        foreach (var message in result.FailureMessages)
        {
            var match = FailureMessage().Match(message);
            Assert.True(match.Success, message);
            Assert.Contains($"aggregate={geometricLabel}", message, StringComparison.Ordinal);
            var unit = match.Groups["unit"].Value;
            var child = match.Groups["child"].Value;
            Assert.Equal(0, nominal.Normalised[unit, child]);
            Assert.Equal(match.Groups["aggregate"].Value, nominal.Framework[child].Parent);
        }

        // The arithmetic runs still produce statistics: the mean score is the mean over the arithmetic runs.
        var scores = new double[result.Units.Length];
        var sums = new double[result.Units.Length];
        foreach (var design in designs.Where(d => d[aggregate] == 0))
        {
            Assert.True(result.Model.TryEvaluate(design.AsSpan(), scores, out var failure), failure);
            for (var u = 0; u < scores.Length; u++)
            {
                sums[u] += scores[u];
            }
        }

        var arithmeticRuns = 400 - geometricRuns;
        for (var u = 0; u < scores.Length; u++)
        {
            var stats = result.RankStatistics[u];
            Assert.Equal(sums[u] / arithmeticRuns, stats.MeanScore, 9);
            Assert.InRange(stats.MedianRank, 1, result.Units.Length);
        }
    }

    [Fact]
    public void A_failed_run_replays_as_a_failure_with_the_same_explanation()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 20, seed: 2) { Aggregation = [AggregationSpec.Arithmetic, Geometric] };
        var model = UncertaintyModel.Compile(nominal, spec);
        var scores = new double[nominal.Units.Length];
        Assert.False(model.TryEvaluate([1], scores, out var failure));
        Assert.NotNull(failure);
        Assert.Matches(FailureMessage(), failure);
        Assert.All(scores, s => Assert.True(double.IsNaN(s)));

        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        Assert.Contains(failure, result.FailureMessages);
    }

    [Fact]
    public void Failure_reasons_are_given_in_each_language_with_the_same_values()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 20, seed: 2) { Aggregation = [AggregationSpec.Arithmetic, Geometric] };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var vietnamese = Nq52Metrics.Localization.DisplayLanguage.Vietnamese;

        Assert.Equal(result.FailureMessages, result.FailureMessagesIn(Nq52Metrics.Localization.DisplayLanguage.English));
        var translated = result.FailureMessagesIn(vietnamese);
        Assert.Equal(result.FailureMessages.Length, translated.Length);
        foreach (var (english, message) in result.FailureMessages.Zip(translated))
        {
            var match = FailureMessage().Match(english);
            Assert.True(match.Success, english);
            Assert.Equal(
                $"lượt chạy với aggregate=geometric: phương pháp trung bình nhân của \"{match.Groups["aggregate"].Value}\" gặp giá trị 0 tại đơn vị \"{match.Groups["unit"].Value}\", nút \"{match.Groups["child"].Value}\".",
                message);
        }

        var scores = new double[nominal.Units.Length];
        Assert.False(result.Model.TryEvaluate([1], scores, vietnamese, out var failure));
        Assert.Contains(failure, translated);
    }

    [Fact]
    public void The_reason_a_stage_failed_is_given_in_the_language_of_the_message()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 50, seed: 6) { Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.Goalposts()] };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);

        var english = Assert.Single(result.FailureMessages);
        var vietnamese = Assert.Single(result.FailureMessagesIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese));

        Assert.StartsWith($"run with normalise={result.Inputs[0].Alternatives[1]}: indicator \"A1\"", english, StringComparison.Ordinal);
        Assert.StartsWith($"lượt chạy với normalise={result.Inputs[0].Alternatives[1]}: indicator \"A1\"", vietnamese, StringComparison.Ordinal);
        Assert.NotEqual(english["run with".Length..], vietnamese["lượt chạy với".Length..]);
    }

    [Fact]
    public void A_normalisation_that_cannot_be_applied_fails_its_runs_and_is_named()
    {
        // The small index has no goalposts, so goalpost normalisation fails before aggregation.
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 200, seed: 6) { Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.Goalposts()] };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var goalpostRuns = UncertaintyIndexes.Designs(result).Count(d => d[0] == 1);
        Assert.InRange(goalpostRuns, 1, 199);
        Assert.Equal(goalpostRuns, result.FailedRuns);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("normalise", failure.Input);
        Assert.Equal(result.Inputs[0].Alternatives[1], failure.Alternative);
        Assert.Equal(goalpostRuns, failure.FailedRuns);
        var message = Assert.Single(result.FailureMessages);
        Assert.Contains("goalpost", message, StringComparison.Ordinal);
        Assert.Contains("indicator \"A1\"", message, StringComparison.Ordinal);
        Assert.All(result.RankStatistics, s => Assert.False(double.IsNaN(s.MeanRank)));
    }

    [Fact]
    public void When_every_run_fails_the_statistics_are_missing_but_the_failures_are_all_counted()
    {
        var nominal = UncertaintyIndexes.Small(UncertaintyIndexes.MinMaxZeroToHundred);
        var spec = new UncertaintySpec(runs: 30, seed: 2) { Aggregation = [Geometric, Geometric with { MinDataAvailability = 0.5 }] };
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        Assert.Equal(30, result.FailedRuns);
        Assert.Equal(30, result.Failures.Sum(f => f.FailedRuns));
        Assert.All(result.RankStatistics, s => Assert.True(double.IsNaN(s.MeanRank) && double.IsNaN(s.MedianRank) && double.IsNaN(s.MeanScore)));
    }

    [GeneratedRegex("""^run with .+: the geometric mean for "(?<aggregate>[^"]+)" met 0 at unit "(?<unit>[^"]+)", node "(?<child>[^"]+)"\.$""")]
    private static partial Regex FailureMessage();
}
