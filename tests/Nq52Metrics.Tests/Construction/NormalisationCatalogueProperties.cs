using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// Properties of the ratio-type, band, scaled, proportion and Borda normalisations: relativeDifference = ratio − 1,
/// bounds, sums, monotonicity in both directions, and inverses.
/// </summary>
public sealed class NormalisationCatalogueProperties
{
    private static double[] Normalise(NormalisationMethod method, double[] values, Direction direction) =>
        Build.ColumnOf(Normalisation.Apply(Build.Column("X", values), Nodes.Flat(Nodes.Indicator("X", direction)), method), "X");

    /// <summary>2–30 positive values of the seed's magnitude, about a fifth missing, at least one available.</summary>
    private static double[] Positive(int seed)
    {
        var rng = new Random(seed);
        var scale = Math.Exp((rng.NextDouble() * 16) - 8);
        var values = Enumerable.Range(0, rng.Next(2, 31))
            .Select(_ => rng.NextDouble() < 0.2 ? double.NaN : scale * (0.05 + (rng.Next(0, 3) == 0 ? rng.Next(1, 4) : rng.NextDouble() * 10)))
            .ToArray();
        values[rng.Next(values.Length)] = scale;
        return values;
    }

    private static NormalisationReference Reference(int seed, double[] x)
    {
        var rng = new Random(seed ^ 0x5bd1e995);
        var available = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).ToArray();
        return rng.Next(6) switch
        {
            0 => NormalisationReference.Max,
            1 => NormalisationReference.Min,
            2 => NormalisationReference.Mean,
            3 => NormalisationReference.Median,
            4 => NormalisationReference.OfUnit($"U{available[rng.Next(available.Length)] + 1}"),
            _ => NormalisationReference.Fixed(Math.Exp((rng.NextDouble() * 10) - 5)),
        };
    }

    private static bool SameMissing(double[] x, double[] y) => x.Zip(y).All(p => double.IsNaN(p.First) == double.IsNaN(p.Second));

    private static Direction DirectionOf(bool negative) => negative ? Direction.Negative : Direction.Positive;

    [Property]
    public bool RelativeDifference_is_the_ratio_minus_one_for_every_reference_and_direction(int seed, bool negative)
    {
        var x = Positive(seed);
        var reference = Reference(seed, x);
        var ratio = Normalise(NormalisationMethod.Ratio(reference), x, DirectionOf(negative));
        var difference = Normalise(NormalisationMethod.RelativeDifference(reference), x, DirectionOf(negative));

        return SameMissing(x, ratio) && SameMissing(x, difference)
            && ratio.Zip(difference).All(p => double.IsNaN(p.First) || Math.Abs(p.Second - (p.First - 1)) <= 1e-12 * Math.Max(1, Math.Abs(p.First)));
    }

    [Property]
    public bool The_ratio_to_the_best_value_of_positive_data_is_at_most_1_and_1_for_the_best_unit(int seed, bool negative)
    {
        var x = Positive(seed);
        var ratio = Normalise(NormalisationMethod.Ratio(NormalisationReference.Max), x, DirectionOf(negative));
        var best = negative ? x.Where(v => !double.IsNaN(v)).Min() : x.Where(v => !double.IsNaN(v)).Max();

        return ratio.Where(v => !double.IsNaN(v)).All(v => v > 0 && v <= 1)
            && x.Zip(ratio).Where(p => p.First == best).All(p => p.Second == 1);
    }

    [Property]
    public bool Ratio_type_results_rise_with_the_direction_adjusted_value(int seed, bool negative, bool difference)
    {
        var x = Positive(seed);
        var reference = Reference(seed, x);
        NormalisationMethod method = difference ? NormalisationMethod.RelativeDifference(reference) : NormalisationMethod.Ratio(reference);
        var result = Normalise(method, x, DirectionOf(negative));
        var sign = negative ? -1 : 1;
        var pairs = x.Zip(result).Where(p => !double.IsNaN(p.First)).ToArray();

        return pairs.All(a => pairs.All(b => !(a.First * sign < b.First * sign) || a.Second <= b.Second + (1e-12 * Math.Max(1, Math.Abs(b.Second)))));
    }

    [Property]
    public bool Borda_scores_are_whole_numbers_from_0_to_n_minus_1(int seed, bool negative)
    {
        var x = Samples.Column(seed, withMissing: true);
        var borda = Normalise(NormalisationMethod.Borda, x, DirectionOf(negative));
        var available = borda.Where(v => !double.IsNaN(v)).ToArray();

        return SameMissing(x, borda)
            && available.All(v => v >= 0 && v <= available.Length - 1 && v == Math.Floor(v))
            && available.Contains(0);
    }

    [Property]
    public bool Proportions_of_positive_data_lie_in_0_1_and_sum_to_1(int seed, bool negative)
    {
        var x = Positive(seed);
        var shares = Normalise(NormalisationMethod.Proportion, x, DirectionOf(negative));
        var available = shares.Where(v => !double.IsNaN(v)).ToArray();

        return SameMissing(x, shares)
            && available.All(v => v > 0 && v <= 1)
            && Math.Abs(available.Sum() - 1) <= 1e-12 * available.Length;
    }

    [Property]
    public Property Above_below_mean_gives_minus_1_0_or_1_and_the_opposite_for_a_negative_indicator(int seed, NonNegativeInt percent)
    {
        var x = Samples.Column(seed, withMissing: true);
        var method = NormalisationMethod.AboveBelowMean(percent.Get % 100 / 100.0);
        return Prop.When(ColumnStatistics.Mean(x) != 0, () =>
        {
            var positive = Normalise(method, x, Direction.Positive);
            var negative = Normalise(method, x, Direction.Negative);
            return SameMissing(x, positive)
                && positive.Where(v => !double.IsNaN(v)).All(v => v is -1 or 0 or 1)
                && positive.Zip(negative).All(p => double.IsNaN(p.First) || p.First == -p.Second);
        }).Label("mean ≠ 0");
    }

    [Property]
    public bool Scaled_of_a_negative_indicator_is_the_opposite_of_the_positive_one(int seed, NormalFloat centre, PositiveInt scale)
    {
        var x = Samples.Column(seed, withMissing: true);
        var method = NormalisationMethod.Scaled(centre.Get % 1e6, scale.Get / 7.0);
        var positive = Normalise(method, x, Direction.Positive);
        var negative = Normalise(method, x, Direction.Negative);

        return SameMissing(x, positive)
            && positive.Zip(negative).All(p => double.IsNaN(p.First) || p.First == -p.Second)
            && x.Zip(positive).All(p => double.IsNaN(p.First) || Math.Abs((p.Second * method.Scale) + method.Centre - p.First) <= 1e-9 * Math.Max(1, Math.Abs(p.First)));
    }

    [Property]
    public bool Each_invertible_new_method_maps_its_results_back_to_the_values(int seed, bool negative, NonNegativeInt which)
    {
        var x = Positive(seed);
        var reference = Reference(seed, x);
        NormalisationMethod[] methods =
        [
            NormalisationMethod.Ratio(reference), NormalisationMethod.RelativeDifference(reference),
            NormalisationMethod.Scaled(3, 0.5), NormalisationMethod.Proportion,
        ];
        var method = methods[which.Get % methods.Length];
        var node = Nodes.Indicator("X", DirectionOf(negative));
        var table = Build.Column("X", x);
        var normalised = Build.ColumnOf(Normalisation.Apply(table, Nodes.Flat(node), method), "X");

        return x.Zip(normalised).All(p => double.IsNaN(p.First)
            || Math.Abs(NormalisationInverse.TreatedValue(method, node, x, table.Units, p.Second) - p.First) <= 1e-9 * p.First);
    }
}
