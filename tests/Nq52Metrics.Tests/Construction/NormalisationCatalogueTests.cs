using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The ratio, relative-difference, above/below-mean, scaled, proportion and Borda normalisations on columns worked by
/// hand, in both directions; per-indicator overrides; and every way each can be undefined, with the place named.
/// </summary>
public sealed class NormalisationCatalogueTests
{
    private const double Tolerance = 1e-12;
    private static readonly double Nan = double.NaN;

    private static double[] Normalise(NormalisationMethod method, Direction direction, params double[] values) =>
        Build.ColumnOf(Normalisation.Apply(Build.Column("X", values), Nodes.Flat(Nodes.Indicator("X", direction)), method), "X");

    private static double[] Normalise(NormalisationMethod method, params double[] values) => Normalise(method, Direction.Positive, values);

    private static double[] Negative(NormalisationMethod method, params double[] values) => Normalise(method, Direction.Negative, values);

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                double.IsNaN(expected[i]) ? double.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= Tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"Position {i}: expected {expected[i]}, got {actual[i]}.");
        }
    }

    [Fact]
    public void Ratio_divides_by_each_kind_of_reference()
    {
        // x = 2, 4, 6, –, 8: best 8, worst 2, mean 5, median 5, unit U2 = 4.
        AssertClose([0.25, 0.5, 0.75, Nan, 1], Normalise(NormalisationMethod.Ratio(NormalisationReference.Max), 2, 4, 6, Nan, 8));
        AssertClose([1, 2, 3, Nan, 4], Normalise(NormalisationMethod.Ratio(NormalisationReference.Min), 2, 4, 6, Nan, 8));
        AssertClose([0.4, 0.8, 1.2, Nan, 1.6], Normalise(NormalisationMethod.Ratio(NormalisationReference.Mean), 2, 4, 6, Nan, 8));
        AssertClose([0.5, 1, 1.5, Nan, 2], Normalise(NormalisationMethod.Ratio(NormalisationReference.OfUnit("U2")), 2, 4, 6, Nan, 8));
        AssertClose([0.2, 0.4, 0.6, Nan, 0.8], Normalise(NormalisationMethod.Ratio(NormalisationReference.Fixed(10)), 2, 4, 6, Nan, 8));
        // 1, 2, 3, –, 10: the median 2.5 differs from the mean 4.
        AssertClose([0.4, 0.8, 1.2, Nan, 4], Normalise(NormalisationMethod.Ratio(NormalisationReference.Median), 1, 2, 3, Nan, 10));
        AssertClose([0.25, 0.5, 0.75, Nan, 2.5], Normalise(NormalisationMethod.Ratio(NormalisationReference.Mean), 1, 2, 3, Nan, 10));
    }

    [Fact]
    public void Ratio_of_a_negative_indicator_divides_the_reference_by_the_value_so_the_lowest_value_scores_highest()
    {
        // Best (lowest) 2, worst 8: ref/x.
        AssertClose([1, 0.5, 1.0 / 3, Nan, 0.25], Negative(NormalisationMethod.Ratio(NormalisationReference.Max), 2, 4, 6, Nan, 8));
        AssertClose([4, 2, 4.0 / 3, Nan, 1], Negative(NormalisationMethod.Ratio(NormalisationReference.Min), 2, 4, 6, Nan, 8));
        AssertClose([2, 1, 2.0 / 3, Nan, 0.5], Negative(NormalisationMethod.Ratio(NormalisationReference.Fixed(4)), 2, 4, 6, Nan, 8));
    }

    [Fact]
    public void Relative_difference_is_the_distance_from_the_reference_as_a_share_of_it()
    {
        AssertClose([-0.6, -0.2, 0.2, Nan, 0.6], Normalise(NormalisationMethod.RelativeDifference(NormalisationReference.Mean), 2, 4, 6, Nan, 8));
        AssertClose([-0.5, 0, 0.5, Nan, 1], Normalise(NormalisationMethod.RelativeDifference(NormalisationReference.OfUnit("U2")), 2, 4, 6, Nan, 8));
        // Negative indicator: (ref − x)/x with the mean 5.
        AssertClose([1.5, 0.25, -1.0 / 6, Nan, -0.375], Negative(NormalisationMethod.RelativeDifference(NormalisationReference.Mean), 2, 4, 6, Nan, 8));
    }

    [Fact]
    public void Above_below_mean_scores_outside_the_band_and_zero_on_its_edges()
    {
        // Mean 5, p = 0.2: band [4, 6]; 4 and 6 lie on its edges and score 0.
        AssertClose([-1, 0, 0, Nan, 1, 0], Normalise(NormalisationMethod.AboveBelowMean(0.2), 2, 4, 6, Nan, 8, 5));
        AssertClose([1, 0, 0, Nan, -1, 0], Negative(NormalisationMethod.AboveBelowMean(0.2), 2, 4, 6, Nan, 8, 5));
        // A negative mean (−6, band ±3): "above" still means larger.
        AssertClose([-1, 0, 1], Normalise(NormalisationMethod.AboveBelowMean(0.5), -10, -6, -2));
        // p = 0: every value off the mean scores.
        AssertClose([-1, 1, 0], Normalise(NormalisationMethod.AboveBelowMean(0), 1, 3, 2));
        AssertClose([0, 0, 0], Normalise(NormalisationMethod.AboveBelowMean(0.2), 7, 7, 7));
    }

    [Fact]
    public void Scaled_centres_and_divides_in_the_indicator_s_units()
    {
        AssertClose([-2, 0, 2, Nan], Normalise(NormalisationMethod.Scaled(10, 4), 2, 10, 18, Nan));
        AssertClose([2, 0, -2, Nan], Negative(NormalisationMethod.Scaled(10, 4), 2, 10, 18, Nan));
        AssertClose([0.5, 0.5], Normalise(NormalisationMethod.Scaled(3, 2), 4, 4));
    }

    [Fact]
    public void Proportion_shares_the_available_total_and_a_negative_indicator_shares_reciprocals()
    {
        AssertClose([0.1, 0.3, Nan, 0.4, 0.2], Normalise(NormalisationMethod.Proportion, 1, 3, Nan, 4, 2));
        // 1/x = 1, 0.5, 0.25; total 1.75.
        AssertClose([4.0 / 7, 2.0 / 7, 1.0 / 7], Negative(NormalisationMethod.Proportion, 1, 2, 4));
        AssertClose([0.25, 0.25, 0.25, 0.25], Normalise(NormalisationMethod.Proportion, 3, 3, 3, 3));
        // Mixed signs with a positive total are shares too (a negative value has a negative share).
        AssertClose([-0.5, 1.5], Normalise(NormalisationMethod.Proportion, -1, 3));
    }

    [Fact]
    public void Borda_is_the_rank_minus_one_with_ties_at_the_smallest_rank()
    {
        AssertClose([2, 0, 2, 4, Nan, 1], Normalise(NormalisationMethod.Borda, 3, 1, 3, 5, Nan, 2));
        AssertClose([1, 4, 1, 0, Nan, 3], Negative(NormalisationMethod.Borda, 3, 1, 3, 5, Nan, 2));
        AssertClose([0, 0, 0], Normalise(NormalisationMethod.Borda, 7, 7, 7));
    }

    [Fact]
    public void An_all_missing_column_stays_missing_under_every_new_method()
    {
        NormalisationMethod[] methods =
        [
            NormalisationMethod.Ratio(), NormalisationMethod.RelativeDifference(), NormalisationMethod.AboveBelowMean(),
            NormalisationMethod.Scaled(), NormalisationMethod.Proportion, NormalisationMethod.Borda,
        ];

        Assert.All(methods, m => Assert.All(Normalise(m, Nan, Nan), v => Assert.True(double.IsNaN(v))));
    }

    [Fact]
    public void Overrides_normalise_the_named_indicators_with_their_own_method()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B", Direction.Negative), Nodes.Indicator("C"));
        var table = Build.Table(["A", "B", "C"], [2, 2, 10], [4, 4, 20], [6, 8, 30]);
        var method = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["B"] = NormalisationMethod.Ratio(NormalisationReference.Max),
            ["C"] = NormalisationMethod.Scaled(20, 10),
        });

        var result = Normalisation.Apply(table, framework, method);

        AssertClose([0, 50, 100], Build.ColumnOf(result, "A"));
        AssertClose([1, 0.5, 0.25], Build.ColumnOf(result, "B"));
        AssertClose([-1, 0, 1], Build.ColumnOf(result, "C"));
        Assert.Same(method.Overrides["C"], method.For("C"));
        Assert.Same(method, method.For("A"));
        Assert.Equal("minMax(0,100) with B: ratio(max), C: scaled(20,10)", method.ToString());
    }

    [Fact]
    public void Methods_with_equal_overrides_are_equal_and_hash_alike()
    {
        NormalisationMethod Make() => NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["B"] = NormalisationMethod.Ratio(NormalisationReference.OfUnit("U1")),
        });

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), NormalisationMethod.MinMax());
        Assert.NotEqual(Make(), NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod> { ["B"] = NormalisationMethod.Ratio() }));
        Assert.NotEqual<NormalisationMethod>(NormalisationMethod.Ratio(NormalisationReference.Mean), NormalisationMethod.RelativeDifference(NormalisationReference.Mean));
    }

    [Fact]
    public void A_zero_reference_is_an_error_naming_the_indicator_and_the_reference()
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.Mean), -2, 2), "indicator \"X\"", "the reference (the mean) is 0; it must be above 0");
        Problems.AssertSingle(() => Normalise(NormalisationMethod.RelativeDifference(NormalisationReference.Median), 0.0, 0, 3), "indicator \"X\"", "the reference (the median) is 0");
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.OfUnit("U1")), 0.0, 3), "indicator \"X\"", "the reference (the value of unit \"U1\") is 0");
    }

    [Fact]
    public void A_negative_reference_is_an_error_since_it_would_reverse_the_order()
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.Mean), -5, 1), "indicator \"X\"", "is -2; it must be above 0");
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.Max), -5, -1), "indicator \"X\"", "the reference (the best value) is -1");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_fixed_reference_must_be_a_finite_number_above_zero(double value)
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.Fixed(value)), 1, 2), "normalise", "must be a finite number above 0");
        Problems.AssertSingle(() => Normalise(NormalisationMethod.RelativeDifference(NormalisationReference.Fixed(value)), 1, 2), "normalise", "must be a finite number above 0");
    }

    [Fact]
    public void An_unknown_reference_unit_is_named_once_for_the_method_not_once_per_indicator()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"));
        var table = Build.Table(["A", "B"], [1, 2], [3, 4]);

        Problems.AssertSingle(
            () => Normalisation.Apply(table, framework, NormalisationMethod.Ratio(NormalisationReference.OfUnit("VNM"))),
            "normalise",
            "the reference unit \"VNM\" is not among the units being normalised");
        Assert.Throws<ArgumentException>(() => NormalisationReference.OfUnit(" "));
    }

    [Fact]
    public void A_reference_unit_without_a_value_is_an_error_naming_the_unit()
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Ratio(NormalisationReference.OfUnit("U2")), 1, Nan, 3), "indicator \"X\"", "the reference unit \"U2\" has no value for this indicator");
    }

    [Fact]
    public void A_negative_indicator_with_a_value_of_zero_or_below_is_an_error_naming_the_unit()
    {
        Problems.AssertSingle(() => Negative(NormalisationMethod.Ratio(NormalisationReference.Fixed(1)), 2, 0, 3), "indicator \"X\"", "unit \"U2\" has the value 0; a negative indicator is divided into the reference");
        Problems.AssertSingle(() => Negative(NormalisationMethod.RelativeDifference(NormalisationReference.Mean), 4, 3, -1), "indicator \"X\"", "unit \"U3\" has the value -1");
        Problems.AssertSingle(() => Negative(NormalisationMethod.Proportion, 2, 0, 3), "indicator \"X\"", "unit \"U2\" has the value 0; a negative indicator takes shares of 1/x");
    }

    [Fact]
    public void A_zero_or_negative_total_is_an_error_for_proportions()
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Proportion, -1, 1, Nan), "indicator \"X\"", "the total of the values is 0; it must be above 0");
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Proportion, -3, 1), "indicator \"X\"", "the total of the values is -2");
    }

    [Fact]
    public void A_zero_mean_is_an_error_for_above_below_mean()
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.AboveBelowMean(0.2), -1, 1), "indicator \"X\"", "the mean of the values is 0");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_threshold_is_an_error(double threshold)
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.AboveBelowMean(threshold), 1, 2), "normalise", "threshold");
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.0, -1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    public void Bad_scaled_parameters_are_an_error(double centre, double scale)
    {
        Problems.AssertSingle(() => Normalise(NormalisationMethod.Scaled(centre, scale), 1, 2), "normalise", "must be finite with scale > 0");
    }

    [Fact]
    public void An_override_for_an_unknown_code_and_an_invalid_override_are_located_under_normalise_overrides()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"));
        var table = Build.Table(["A", "B"], [1, 2], [3, 4]);
        var method = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["NOPE"] = NormalisationMethod.Rank,
            ["B"] = NormalisationMethod.AboveBelowMean(-1),
        });

        var exception = Problems.Thrown(() => Normalisation.Apply(table, framework, method));

        Assert.Equal(2, exception.Problems.Length);
        Problems.AssertHas(exception, "normalise.overrides.NOPE", "no indicator has this code");
        Problems.AssertHas(exception, "normalise.overrides.B", "threshold -1 must be a finite number of 0 or more");
    }

    [Fact]
    public void An_override_naming_an_aggregate_says_so_and_an_odd_code_is_quoted_in_the_path()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"));
        var table = Build.Table(["A", "B"], [1, 2], [3, 4]);
        var method = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            [Nodes.Top] = NormalisationMethod.Rank,
            ["A "] = NormalisationMethod.Rank,
            [""] = NormalisationMethod.Rank,
        });

        var exception = Problems.Thrown(() => Normalisation.Apply(table, framework, method));

        Assert.Equal(3, exception.Problems.Length);
        Problems.AssertHas(exception, "normalise.overrides.Top", "is an aggregate, not an indicator");
        Problems.AssertHas(exception, "normalise.overrides['A ']", "no indicator has this code");
        Problems.AssertHas(exception, "normalise.overrides['']", "no indicator has this code");
    }

    [Fact]
    public void An_undefined_override_names_its_indicator()
    {
        var framework = Nodes.Flat(Nodes.Indicator("A"), Nodes.Indicator("B"));
        var table = Build.Table(["A", "B"], [1, -2], [3, 2]);
        var method = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod> { ["B"] = NormalisationMethod.Ratio(NormalisationReference.Mean) });

        Problems.AssertSingle(() => Normalisation.Apply(table, framework, method), "indicator \"B\"", "the reference (the mean) is 0");
    }

    [Fact]
    public void A_pooled_panel_takes_a_statistic_reference_over_all_periods_but_cannot_use_a_unit_reference()
    {
        // X in 2020: A 1, B 2; in 2021: A 3, B 4. Pooled best value 4.
        var framework = Nodes.Flat(Nodes.Indicator("X"));
        var panel = CoinrCsv.ParsePanelData("uCode,Time,X\nA,2020,1\nB,2020,2\nA,2021,3\nB,2021,4\n", framework);
        var plain = Methodology.Default with { OutlierTreatment = OutlierTreatmentSpec.None };

        var pooled = PanelBuilder.Build(framework, panel, plain with { Normalisation = NormalisationMethod.Ratio() with { Pooled = true } });
        var error = Problems.Thrown(() => PanelBuilder.Build(framework, panel, plain with { Normalisation = NormalisationMethod.Ratio(NormalisationReference.OfUnit("A")) with { Pooled = true } }));

        AssertClose([0.25, 0.5], pooled[2020].Normalised.Column("X").ToArray());
        AssertClose([0.75, 1], pooled[2021].Normalised.Column("X").ToArray());
        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("periods 2020–2021 pooled: normalise", problem.Location, StringComparison.Ordinal);
        Assert.Contains("the reference unit \"A\" appears 2 times", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_describe_themselves()
    {
        Assert.Equal(["max", "min", "mean", "median", "unit:VNM", "2.5"], new[]
        {
            NormalisationReference.Max, NormalisationReference.Min, NormalisationReference.Mean, NormalisationReference.Median,
            NormalisationReference.OfUnit("VNM"), NormalisationReference.Fixed(2.5),
        }.Select(r => r.ToString()));
        Assert.Equal(NormalisationReferenceKind.Unit, NormalisationReference.OfUnit("VNM").Kind);
        Assert.Equal("VNM", NormalisationReference.OfUnit("VNM").UnitCode);
        Assert.Equal(2.5, NormalisationReference.Fixed(2.5).Value);
        Assert.True(double.IsNaN(NormalisationReference.Mean.Value));
        Assert.Null(NormalisationReference.Mean.UnitCode);
    }
}
