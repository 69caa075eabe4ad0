using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Each normalisation method type owns its name, settings, file form, inverse and description.</summary>
public sealed class NormalisationMethodTypeTests
{
    public static TheoryData<NormalisationMethod> Methods =>
    [
        NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2), NormalisationMethod.Rank,
        NormalisationMethod.PercentileRank, NormalisationMethod.Goalposts(1, truncate: false),
        NormalisationMethod.DistanceToTarget(capAtOne: true), NormalisationMethod.None,
        NormalisationMethod.Ratio(), NormalisationMethod.Ratio(NormalisationReference.OfUnit("U2")), NormalisationMethod.Ratio(NormalisationReference.Fixed(2.5)),
        NormalisationMethod.RelativeDifference(), NormalisationMethod.RelativeDifference(NormalisationReference.Median),
        NormalisationMethod.RelativeDifference(NormalisationReference.Min), NormalisationMethod.AboveBelowMean(0.1),
        NormalisationMethod.Scaled(10, 4), NormalisationMethod.Proportion, NormalisationMethod.Borda,
        NormalisationMethod.MinMax(1, 100) with { Pooled = true },
        NormalisationMethod.MinMax(1, 100).WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["A"] = NormalisationMethod.Rank,
            ["B"] = NormalisationMethod.Ratio(NormalisationReference.OfUnit("U1")),
            ["C"] = NormalisationMethod.MinMax(2, 50),
        }),
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_method_round_trips_through_its_own_file_form(NormalisationMethod method)
    {
        var parsed = MethodologyJson.Parse(MethodologyJson.Serialize(new Methodology { Normalisation = method }));

        Assert.Equal(method, parsed.Normalisation);
        Assert.Equal(method.Name, method.ToDocument().Method);
    }

    [Fact]
    public void Every_family_has_a_distinct_name_and_a_readable_description()
    {
        var names = NormalisationMethod.Families.Select(f => f.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("minMax(1,100)", NormalisationMethod.MinMax(1, 100).ToString());
        Assert.Equal("zScore(10,2)", NormalisationMethod.ZScore(10, 2).ToString());
        Assert.All(NormalisationMethod.Families, f => Assert.StartsWith(f.Name, f.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void An_invertible_method_maps_its_output_back_to_its_input(NormalisationMethod method)
    {
        Assert.Equal(method.IsInvertible, method is not (RankNormalisation or PercentileRankNormalisation or AboveBelowMeanNormalisation or BordaNormalisation));
        double[] x = [3, 7, 12, 20, 41];
        var normalised = new double[x.Length];
        var column = new NormalisationColumn(50, (0, 60), Direction.Positive, Build.Units(x.Length));
        var problem = method.Normalise(x, normalised, column);
        Assert.Null(problem);
        for (var i = 0; i < x.Length; i++)
        {
            var back = method.Invert(x, column, normalised[i]);
            if (method.IsInvertible)
            {
                Assert.Equal(x[i], back, 9);
            }
            else
            {
                Assert.True(double.IsNaN(back));
            }
        }
    }
}
