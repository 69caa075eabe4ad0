using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Ranking;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Ranking;

/// <summary>
/// Properties of <see cref="Ranker"/> on random scores with many ties and missing values, each stated against its
/// definition (counts of better scores) rather than against the implementation.
/// </summary>
public sealed class RankerProperties
{
    private static double[] Available(double[] scores) => scores.Where(s => !double.IsNaN(s)).ToArray();

    private static bool MissingExactlyWhereScoresAre(double[] scores, IReadOnlyList<double> ranks) =>
        scores.Select((s, i) => double.IsNaN(s) == double.IsNaN(ranks[i])).All(b => b);

    [Property]
    public Property Competition_ranks_have_the_1224_form(int seed)
    {
        var scores = Samples.Scores(seed);
        var ranks = Ranker.Rank(scores, TieMethod.Competition);
        var available = Available(scores);

        // Rank = 1 + number of strictly better scores; so after k tied units at rank r the next rank is r + k.
        var definition = scores.Select((s, i) => double.IsNaN(s) || ranks[i] == 1 + available.Count(o => o > s)).All(b => b);
        var sorted = ranks.Where(r => !double.IsNaN(r)).Order().ToArray();
        var form = sorted.Select((r, i) => r == (i == 0 || sorted[i - 1] != r ? i + 1 : sorted[i - 1])).All(b => b);
        return (definition && form && MissingExactlyWhereScoresAre(scores, ranks))
            .Classify(available.Length != available.Distinct().Count(), "with ties");
    }

    [Property]
    public bool Average_ranks_sum_to_n_times_n_plus_one_over_two(int seed)
    {
        var scores = Samples.Scores(seed);
        var ranks = Ranker.Rank(scores, TieMethod.Average);
        var n = Available(scores).Length;

        return Math.Abs(ranks.Where(r => !double.IsNaN(r)).Sum() - (n * (n + 1) / 2.0)) < 1e-9
            && MissingExactlyWhereScoresAre(scores, ranks);
    }

    [Property]
    public bool Average_ranks_are_the_mean_of_the_tied_positions(int seed)
    {
        var scores = Samples.Scores(seed);
        var ranks = Ranker.Rank(scores, TieMethod.Average);
        var available = Available(scores);

        return scores.Select((s, i) =>
        {
            if (double.IsNaN(s))
            {
                return true;
            }

            var better = available.Count(o => o > s);
            var tied = available.Count(o => o == s);
            return ranks[i] == better + ((tied + 1) / 2.0);
        }).All(b => b);
    }

    [Property]
    public bool Dense_ranks_count_distinct_better_scores(int seed)
    {
        var scores = Samples.Scores(seed);
        var ranks = Ranker.Rank(scores, TieMethod.Dense);
        var distinct = Available(scores).Distinct().ToArray();

        return scores.Select((s, i) => double.IsNaN(s) || ranks[i] == 1 + distinct.Count(o => o > s)).All(b => b)
            && MissingExactlyWhereScoresAre(scores, ranks);
    }

    [Property]
    public bool Ordinal_ranks_are_a_permutation_that_breaks_ties_by_unit_order(int seed)
    {
        var scores = Samples.Scores(seed);
        var ranks = Ranker.Rank(scores, TieMethod.Ordinal);
        var n = Available(scores).Length;

        var permutation = ranks.Where(r => !double.IsNaN(r)).Order().SequenceEqual(Enumerable.Range(1, n).Select(i => (double)i));
        var tiesInOrder = scores.Select((s, i) => double.IsNaN(s)
            || ranks[i] == 1 + Available(scores).Count(o => o > s) + scores.Take(i).Count(o => o == s)).All(b => b);
        return permutation && tiesInOrder;
    }

    [Property]
    public bool Every_tie_rule_gives_better_scores_better_ranks(int seed)
    {
        var scores = Samples.Scores(seed);
        return Enum.GetValues<TieMethod>().All(method =>
        {
            var ranks = Ranker.Rank(scores, method);
            return Enumerable.Range(0, scores.Length).All(i => Enumerable.Range(0, scores.Length).All(j =>
                !(scores[i] > scores[j]) || ranks[i] < ranks[j]));
        });
    }

    [Property]
    public bool Permuting_the_scores_permutes_the_ranks(int seed, PositiveInt shuffleSeed)
    {
        var scores = Samples.Scores(seed);
        var order = Enumerable.Range(0, scores.Length).ToArray();
        new Random(shuffleSeed.Get).Shuffle(order);

        return new[] { TieMethod.Competition, TieMethod.Dense, TieMethod.Average }.All(method =>
        {
            var ranks = Ranker.Rank(scores, method);
            var shuffled = Ranker.Rank(order.Select(i => scores[i]).ToArray(), method);
            return order.Select((from, to) => shuffled[to].Equals(ranks[from])).All(b => b);
        });
    }

    /// <summary>
    /// Small inputs are ranked by counting (competition and average ranks a vector at a time up to 80 scores, ordinal
    /// ranks one at a time up to 32) and large ones by sorting; on both sides of each switch every tie rule meets
    /// its definition: G scores above and E equal (itself included) give competition G + 1, average G + (E + 1)/2,
    /// ordinal G + (equal scores before it) + 1.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool Counting_and_sorting_give_each_rule_s_definition(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var n = rng.Next(2, 160);
        var distinct = rng.Next(1, 30);
        var scores = Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.1 ? double.NaN : rng.Next(distinct) * 0.25).ToArray();
        var ok = true;
        foreach (var rule in new[] { TieMethod.Competition, TieMethod.Average, TieMethod.Ordinal })
        {
            var ranks = Ranker.Rank(scores, rule);
            for (var i = 0; i < n; i++)
            {
                var s = scores[i];
                if (double.IsNaN(s))
                {
                    ok &= double.IsNaN(ranks[i]);
                    continue;
                }

                var greater = scores.Count(o => o > s);
                var equal = scores.Count(o => o == s);
                var before = scores.Take(i).Count(o => o == s);
                ok &= ranks[i] == rule switch
                {
                    TieMethod.Competition => greater + 1,
                    TieMethod.Average => greater + ((equal + 1) / 2.0),
                    _ => greater + before + 1,
                };
            }
        }

        return ok;
    }
}
