using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Each normalisation method type owns its name, settings, file form, inverse and description.</summary>
public sealed class NormalisationMethodTypeTests
{
    public static TheoryData<NormalisationMethod> Methods =>
    [
        NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2), NormalisationMethod.Rank,
        NormalisationMethod.PercentileRank, NormalisationMethod.Goalposts(1, truncate: false),
        NormalisationMethod.DistanceToTarget(capAtOne: true), NormalisationMethod.None,
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
        double[] x = [3, 7, 12, 20, 41];
        var normalised = new double[x.Length];
        var problem = method.Normalise(x, normalised, target: 50, goalposts: (0, 60));
        Assert.Null(problem);
        for (var i = 0; i < x.Length; i++)
        {
            var back = method.Invert(x, 50, (0, 60), normalised[i]);
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
