using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Properties of the normalisation methods: bounds, invariances, direction, moments.</summary>
public sealed class NormalisationProperties
{
    private static double[] Normalise(NormalisationMethod method, double[] values, Direction direction = Direction.Positive, Goalposts? goalposts = null)
    {
        var indicator = Nodes.Indicator("X", direction) with { Goalposts = goalposts };
        return Build.ColumnOf(Normalisation.Apply(Build.Column("X", values), Nodes.Flat(indicator), method), "X");
    }

    private static bool SameMissing(double[] a, double[] b) => a.Zip(b).All(p => double.IsNaN(p.First) == double.IsNaN(p.Second));

    [Property]
    public Property MinMax_values_lie_within_the_bounds(NormalFloat[] values, NormalFloat lower, NormalFloat width)
    {
        var x = Samples.Values(values);
        var l = lower.Get;
        var u = l + Math.Abs(width.Get);
        return Prop.When(Samples.HasUsableSpread(x) && u > l && double.IsFinite(u - l), () =>
        {
            var result = Normalise(NormalisationMethod.MinMax(l, u), x);
            var slack = 1e-12 * (Math.Abs(l) + Math.Abs(u));
            return result.All(v => v >= l - slack && v <= u + slack)
                && result.Min() == l
                && Math.Abs(result.Max() - u) <= slack;
        });
    }

    [Property]
    public bool Rank_based_and_truncated_goalpost_values_lie_within_their_bounds(int seed)
    {
        var x = Samples.Column(seed, withMissing: true);
        var available = x.Count(v => !double.IsNaN(v));
        var rank = Normalise(NormalisationMethod.Rank, x);
        var percentile = Normalise(NormalisationMethod.PercentileRank, x);
        var goalposts = Normalise(NormalisationMethod.Goalposts(), x, goalposts: new Goalposts(x.Where(v => !double.IsNaN(v)).Average(), x.Where(v => !double.IsNaN(v)).Max()));

        return rank.Where(v => !double.IsNaN(v)).All(v => v >= 1 && v <= available && v == Math.Floor(v))
            && percentile.Where(v => !double.IsNaN(v)).All(v => v is >= 0 and <= 1)
            && percentile.Contains(0)
            && goalposts.Where(v => !double.IsNaN(v)).All(v => v is >= 0 and <= 100)
            && SameMissing(x, rank) && SameMissing(x, percentile) && SameMissing(x, goalposts);
    }

    [Property]
    public Property MinMax_is_invariant_to_a_positive_affine_rescaling(int seed, PositiveInt transformSeed)
    {
        var x = Samples.Column(seed, withMissing: true);
        var rng = new Random(transformSeed.Get);
        var a = Math.Exp((rng.NextDouble() * 10) - 5);
        var b = (rng.NextDouble() - 0.5) * 1e4;
        var rescaled = x.Select(v => (a * v) + b).ToArray();

        var before = Normalise(NormalisationMethod.MinMax(), x);
        var after = Normalise(NormalisationMethod.MinMax(), rescaled);

        return (SameMissing(before, after) && before.Zip(after).All(p => double.IsNaN(p.First) || Math.Abs(p.First - p.Second) < 1e-6))
            .Label($"a = {a}, b = {b}");
    }

    [Property]
    public bool Flipping_the_direction_mirrors_min_max_scores(int seed, bool unitBounds)
    {
        var x = Samples.Column(seed, withMissing: true);
        var (l, u) = unitBounds ? (0.0, 1.0) : (1.0, 100.0);

        var positive = Normalise(NormalisationMethod.MinMax(l, u), x, Direction.Positive);
        var negative = Normalise(NormalisationMethod.MinMax(l, u), x, Direction.Negative);

        return SameMissing(positive, negative)
            && positive.Zip(negative).All(p => double.IsNaN(p.First) || Math.Abs(p.First + p.Second - (l + u)) < 1e-9);
    }

    [Property]
    public bool ZScore_gives_the_requested_mean_and_sample_sd(int seed, bool standard)
    {
        var x = Samples.Column(seed, withMissing: true);
        var (mean, sd) = standard ? (0.0, 1.0) : (100.0, 10.0);

        var z = Normalise(NormalisationMethod.ZScore(mean, sd), x).Where(v => !double.IsNaN(v)).ToArray();
        var zMean = z.Average();
        var zSd = Math.Sqrt(z.Sum(v => (v - zMean) * (v - zMean)) / (z.Length - 1));

        return Math.Abs(zMean - mean) < 1e-9 * Math.Max(1, mean) && Math.Abs(zSd - sd) < 1e-9 * sd;
    }

    [Property]
    public bool Ranks_do_not_change_under_a_strictly_increasing_transform(int seed)
    {
        var x = Samples.Column(seed, withMissing: true);
        var min = x.Where(v => !double.IsNaN(v)).Min();
        var transformed = x.Select(v => Math.Sqrt(v - min) * 3).ToArray();

        return Normalise(NormalisationMethod.Rank, x).SequenceEqual(Normalise(NormalisationMethod.Rank, transformed))
            && Normalise(NormalisationMethod.PercentileRank, x).SequenceEqual(Normalise(NormalisationMethod.PercentileRank, transformed));
    }

    [Property]
    public bool Missing_values_do_not_change_the_others(int seed, PositiveInt position)
    {
        var x = Samples.Column(seed);
        var withGap = x.ToList();
        var at = position.Get % (x.Length + 1);
        withGap.Insert(at, double.NaN);

        var plain = Normalise(NormalisationMethod.MinMax(), x);
        var gapped = Normalise(NormalisationMethod.MinMax(), [.. withGap]);

        return double.IsNaN(gapped[at]) && plain.SequenceEqual(gapped.Where((_, i) => i != at));
    }
}
