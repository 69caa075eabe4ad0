using System.Collections.Immutable;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Methodologies are values: two built separately with the same settings, overrides included, are equal.</summary>
public sealed class MethodologyEqualityTests
{
    private static Methodology Build(int maxWinsorised, AggregationMethod levelTwo) => Methodology.Gii with
    {
        OutlierTreatment = OutlierTreatmentSpec.Gii with
        {
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty
                .Add("A1", OutlierTreatmentSpec.None)
                .Add("B2", OutlierTreatmentSpec.Gii with { MaxWinsorised = maxWinsorised }),
        },
        Aggregation = new AggregationSpec { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(2, levelTwo), MinDataAvailability = 0.5 },
    };

    [Fact]
    public void Equal_settings_built_separately_are_equal_with_equal_hashes()
    {
        var first = Build(3, AggregationMethod.Geometric);
        var second = Build(3, AggregationMethod.Geometric);

        Assert.NotSame(first.OutlierTreatment.Overrides, second.OutlierTreatment.Overrides);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_different_override_or_level_method_makes_them_differ()
    {
        Assert.NotEqual(Build(3, AggregationMethod.Geometric), Build(4, AggregationMethod.Geometric));
        Assert.NotEqual(Build(3, AggregationMethod.Geometric), Build(3, AggregationMethod.Harmonic));
        Assert.NotEqual(Methodology.Gii, Methodology.CoinrAsemExample);
    }
}
