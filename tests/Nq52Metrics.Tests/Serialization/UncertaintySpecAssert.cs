using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Compares uncertainty specs by value. Record equality is not enough: the spec holds immutable arrays and
/// dictionaries, which compare by reference.
/// </summary>
internal static class UncertaintySpecAssert
{
    public static void Equal(UncertaintySpec expected, UncertaintySpec actual)
    {
        Assert.Equal(expected.Runs, actual.Runs);
        Assert.Equal(expected.Seed, actual.Seed);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Target, actual.Target);
        Assert.Equal(expected.WeightNoise.OrderBy(p => p.Key), actual.WeightNoise.OrderBy(p => p.Key));
        Assert.Equal(expected.WeightSetCount, actual.WeightSetCount);
        Assert.Equal(expected.WeightSets.Length, actual.WeightSets.Length);
        foreach (var (e, a) in expected.WeightSets.Zip(actual.WeightSets))
        {
            Assert.Equal(e.OrderBy(p => p.Key, StringComparer.Ordinal), a.OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        Assert.Equal(expected.MaxWinsorised, actual.MaxWinsorised);
        Assert.Equal(expected.OutlierTreatment, actual.OutlierTreatment);
        Assert.Equal(expected.Imputation, actual.Imputation);
        Assert.Equal(expected.Normalisation, actual.Normalisation);
        Assert.Equal(expected.Aggregation.Length, actual.Aggregation.Length);
        foreach (var (e, a) in expected.Aggregation.Zip(actual.Aggregation))
        {
            AggregationEqual(e, a);
        }

        Assert.Equal(expected.Exclusions.Length, actual.Exclusions.Length);
        foreach (var (e, a) in expected.Exclusions.Zip(actual.Exclusions))
        {
            Assert.Equal(e, a);
        }

        Assert.Equal(expected.BootstrapSamples, actual.BootstrapSamples);
        Assert.Equal(expected.QuasiRandom, actual.QuasiRandom);
        Assert.Equal(expected.MaxDegreeOfParallelism, actual.MaxDegreeOfParallelism);
    }

    private static void AggregationEqual(AggregationSpec expected, AggregationSpec actual)
    {
        Assert.Equal(expected.Method, actual.Method);
        Assert.Equal(expected.MinDataAvailability, actual.MinDataAvailability);
        Assert.Equal(expected.ByLevel.OrderBy(p => p.Key), actual.ByLevel.OrderBy(p => p.Key));
    }
}
