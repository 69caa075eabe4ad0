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
}
