using Nq52Metrics.Construction;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Compares methodologies by value. Record equality is not enough: the records hold immutable dictionaries
/// (outlier overrides, aggregation by level), which compare by reference.
/// </summary>
internal static class MethodologyAssert
{
    public static void Equal(Methodology expected, Methodology actual)
    {
        Assert.Equal(expected.Denomination, actual.Denomination);
        Assert.Equal(expected.Imputation, actual.Imputation);
        Assert.Equal(expected.Screening, actual.Screening);
        Assert.Equal(expected.Normalisation, actual.Normalisation);
        Assert.Equal(expected.Ranking, actual.Ranking);
        OutliersEqual(expected.OutlierTreatment, actual.OutlierTreatment);
        Assert.Equal(expected.Aggregation.Method, actual.Aggregation.Method);
        Assert.Equal(expected.Aggregation.MinDataAvailability, actual.Aggregation.MinDataAvailability);
        Assert.Equal(
            expected.Aggregation.ByLevel.OrderBy(p => p.Key),
            actual.Aggregation.ByLevel.OrderBy(p => p.Key));
    }

    private static void OutliersEqual(OutlierTreatmentSpec expected, OutlierTreatmentSpec actual)
    {
        Assert.Equal(WithoutOverrides(expected), WithoutOverrides(actual));
        Assert.Equal(expected.Overrides.Keys.Order(StringComparer.Ordinal), actual.Overrides.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, spec) in expected.Overrides)
        {
            Assert.Equal(WithoutOverrides(spec), WithoutOverrides(actual.Overrides[code]));
        }
    }

    private static OutlierTreatmentSpec WithoutOverrides(OutlierTreatmentSpec spec) =>
        spec with { Overrides = System.Collections.Immutable.ImmutableDictionary<string, OutlierTreatmentSpec>.Empty };
}
