using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Properties of the rank statistics over random small indices and random specs (weight noise, winmax, normalisation
/// and aggregation alternatives, run counts), checked against every run replayed with its recorded alternatives.
/// </summary>
public sealed class UncertaintyRankStatisticsProperties
{
    private static readonly NormalisationMethod[] NormalisationPool =
        [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2), NormalisationMethod.Rank, NormalisationMethod.PercentileRank];

    private static readonly AggregationSpec[] AggregationPool =
        [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)];

    [Property(MaxTest = 60)]
    public Property Rank_intervals_hold_the_median_and_the_mean_lies_between_the_extreme_ranks(int seed)
    {
        var (nominal, spec) = RandomCase(seed);
        var result = UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken);
        var n = result.Units.Length;
        var successful = Replay(result);
        var problems = new List<string>();
        if (successful.Count + result.FailedRuns != result.RunCount)
        {
            problems.Add($"{successful.Count} successful replays + {result.FailedRuns} failed runs ≠ {result.RunCount} runs.");
        }

        for (var u = 0; u < n; u++)
        {
            var s = result.RankStatistics[u];
            if (successful.Count == 0)
            {
                if (!double.IsNaN(s.MedianRank) || !double.IsNaN(s.MeanScore))
                {
                    problems.Add($"{s.Unit.Code}: every run failed, yet the statistics are not NaN.");
                }

                continue;
            }

            var ranks = successful.Select(run => run.Ranks[u]).ToArray();
            var scores = successful.Select(run => run.Scores[u]).ToArray();
            double minRank = ranks.Min(), maxRank = ranks.Max();
            var ordered = minRank >= 1 && minRank <= s.Q5 && s.Q5 <= s.MedianRank && s.MedianRank <= s.Q95 && s.Q95 <= maxRank && maxRank <= n;
            var meanInside = s.MeanRank >= minRank && s.MeanRank <= maxRank;
            var slack = 1e-9 * Math.Max(1, Math.Abs(s.MeanScore));
            var scoresOk = s.MinScore == scores.Min() && s.MaxScore == scores.Max()
                && s.MeanScore >= s.MinScore - slack && s.MeanScore <= s.MaxScore + slack
                && (successful.Count < 2 ? double.IsNaN(s.ScoreSd) : s.ScoreSd >= 0);
            if (!ordered || !meanInside || !scoresOk)
            {
                problems.Add($"{s.Unit.Code}: ranks {minRank}..{maxRank}, Q5 {s.Q5}, median {s.MedianRank}, Q95 {s.Q95}, mean {s.MeanRank}; "
                    + $"scores {scores.Min()}..{scores.Max()} vs stats {s.MinScore}..{s.MaxScore}, mean {s.MeanScore}, sd {s.ScoreSd}.");
            }
        }

        return (problems.Count == 0).Label($"seed {seed}, {result.RunCount} runs, {result.FailedRuns} failed: {string.Join(" | ", problems)}");
    }

    /// <summary>A small index and a spec drawn from the seed.</summary>
    private static (IndexResult Nominal, UncertaintySpec Spec) RandomCase(int seed)
    {
        var rng = new Random(seed);
        var methodology = rng.Next(2) == 0 ? UncertaintyIndexes.MinMaxOneToHundred : new Methodology { Normalisation = NormalisationMethod.MinMax(1, 100) };
        var nominal = UncertaintyIndexes.Small(methodology, unitCount: rng.Next(4, 16), seed: rng.Next());
        var spec = new UncertaintySpec(runs: rng.Next(2, 61), seed: (ulong)rng.NextInt64());
        if (rng.Next(3) > 0)
        {
            spec = spec.WithWeightNoise(2, rng.NextDouble() * 0.9);
        }

        if (rng.Next(2) == 0)
        {
            spec = spec.WithWeightNoise(1, rng.NextDouble() * 0.9);
        }

        if (rng.Next(2) == 0)
        {
            spec = spec.WithMaxWinsorised([.. Enumerable.Range(1, rng.Next(1, 5))]);
        }

        spec = spec with
        {
            Normalisation = [.. NormalisationPool.Where(_ => rng.Next(2) == 0)],
            Aggregation = [.. AggregationPool.Where(_ => rng.Next(2) == 0)],
        };
        return (nominal, spec);
    }

    private static List<(double[] Scores, double[] Ranks)> Replay(UncertaintyResult result)
    {
        var runs = new List<(double[], double[])>();
        for (var r = 0; r < result.RunCount; r++)
        {
            var scores = new double[result.Units.Length];
            if (result.Model.TryEvaluate(result.RunAlternatives(r).AsSpan(), scores, out _))
            {
                runs.Add((scores, [.. Ranker.Rank(scores)]));
            }
        }

        return runs;
    }
}
