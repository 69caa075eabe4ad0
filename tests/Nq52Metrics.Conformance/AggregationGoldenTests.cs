using Nq52Metrics.Construction;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Aggregation of one unit's indicators into one index against COINr's <c>a_amean</c>, <c>a_gmean</c> and
/// <c>a_hmean</c> (missing children dropped, remaining weights rescaled).
/// </summary>
public sealed class AggregationGoldenTests
{
    [Fact]
    public void Weighted_arithmetic_mean_drops_the_missing_child()
    {
        var framework = SmallData.UnderOneIndex(SmallData.Indicator("a", 1), SmallData.Indicator("b", 1), SmallData.Indicator("c", 2));
        var scores = Aggregation.Apply(SmallData.Row(["a", "b", "c"], 50, double.NaN, 80), framework, AggregationSpec.Arithmetic);
        Published.Equal(70, 9, scores["u1", "Index"], "amean((50, NA, 80), w = (1, 1, 2))");
    }

    [Fact]
    public void Geometric_mean_drops_the_missing_child()
    {
        var framework = SmallData.UnderOneIndex(SmallData.Indicator("a"), SmallData.Indicator("b"), SmallData.Indicator("c"));
        var scores = Aggregation.Apply(SmallData.Row(["a", "b", "c"], 10, 40, double.NaN), framework, new AggregationSpec(AggregationMethod.Geometric));
        Published.Equal(20, 9, scores["u1", "Index"], "gmean((10, 40, NA))");
    }

    [Fact]
    public void Harmonic_mean_of_10_and_40_is_16()
    {
        var framework = SmallData.UnderOneIndex(SmallData.Indicator("a"), SmallData.Indicator("b"));
        var scores = Aggregation.Apply(SmallData.Row(["a", "b"], 10, 40), framework, new AggregationSpec(AggregationMethod.Harmonic));
        Published.Equal(16, 9, scores["u1", "Index"], "hmean((10, 40))");
    }
}
