using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>The per-indicator transform stage: applied to raw values before imputation, with goalposts and targets transformed alike.</summary>
public sealed class TransformStageTests
{
    private static readonly Methodology Plain = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    private static IndexFramework WithTransform(IndicatorTransform transform, Goalposts? goalposts = null, double? target = null) =>
        IndexFramework.Create(
        [
            Nodes.Indicator("I1", "P1", 1) with { Transform = transform, Goalposts = goalposts, Target = target },
            Nodes.Indicator("I2", "P1", 2) with { Goalposts = new Goalposts(0, 10), Target = 10 },
            Nodes.Indicator("I3", "P2", 1, Direction.Negative) with { Goalposts = new Goalposts(0, 10), Target = 0.5 },
            Nodes.Indicator("I4", "P2", 1) with { Denominator = TinyIndex.DenominatorColumn, Goalposts = new Goalposts(0, 50), Target = 30 },
            Nodes.Aggregate("P1", 2, "Index"),
            Nodes.Aggregate("P2", 2, "Index"),
            Nodes.Aggregate("Index", 3, null),
        ],
        [TinyIndex.GroupColumn],
        [TinyIndex.DenominatorColumn]);

    [Theory]
    [InlineData(IndicatorTransform.Log)]
    [InlineData(IndicatorTransform.Log10)]
    [InlineData(IndicatorTransform.Sqrt)]
    public void Each_value_is_transformed_before_the_later_stages(IndicatorTransform transform)
    {
        var result = IndexBuilder.Build(WithTransform(transform), TinyIndex.Dataset(), Plain);

        var raw = Build.ColumnOf(result.Denominated, "I1");
        var transformed = Build.ColumnOf(result.Transformed, "I1");
        for (var i = 0; i < raw.Length; i++)
        {
            var expected = transform switch
            {
                IndicatorTransform.Log => Math.Log(raw[i]),
                IndicatorTransform.Log10 => Math.Log10(raw[i]),
                _ => Math.Sqrt(raw[i]),
            };
            Assert.Equal(expected, transformed[i]);
        }

        // Min-max of ln(10..50): the middle unit sits where ln(30) sits, not where 30 does.
        var expectedMiddle = (Math.Log(30) - Math.Log(10)) / (Math.Log(50) - Math.Log(10)) * 100;
        if (transform == IndicatorTransform.Log)
        {
            Assert.Equal(expectedMiddle, result.Normalised["U3", "I1"], 12);
        }

        Assert.Equal(Build.ColumnOf(result.Denominated, "I2"), Build.ColumnOf(result.Transformed, "I2"));
    }

    [Fact]
    public void A_switched_off_transform_stage_passes_raw_values_through()
    {
        var result = IndexBuilder.Build(WithTransform(IndicatorTransform.Log), TinyIndex.Dataset(), Plain with { Transform = TransformSpec.None });

        Assert.Equal(Build.ColumnOf(result.Denominated, "I1"), Build.ColumnOf(result.Transformed, "I1"));
    }

    [Fact]
    public void Goalposts_given_in_raw_units_are_transformed_like_the_values()
    {
        // Goalposts 1 and 100 on log10: 10 (log10 = 1) sits half-way.
        var framework = WithTransform(IndicatorTransform.Log10, new Goalposts(1, 100));
        var result = IndexBuilder.Build(framework, TinyIndex.Dataset(), Plain with { Normalisation = NormalisationMethod.Goalposts(100) });

        Assert.Equal(50, result.Normalised["U1", "I1"], 12);
    }

    [Fact]
    public void A_target_given_in_raw_units_is_transformed_like_the_values()
    {
        // Distance to target ln(x) from min ln(10) to target ln(100): for x = 30, (ln 30 − ln 10)/(ln 100 − ln 10).
        var framework = WithTransform(IndicatorTransform.Log, target: 100);
        var result = IndexBuilder.Build(framework, TinyIndex.Dataset(), Plain with { Normalisation = NormalisationMethod.DistanceToTarget() });

        Assert.Equal((Math.Log(30) - Math.Log(10)) / (Math.Log(100) - Math.Log(10)), result.Normalised["U3", "I1"], 12);
    }

    [Theory]
    [InlineData(IndicatorTransform.Log, 0.0)]
    [InlineData(IndicatorTransform.Log10, -1.0)]
    [InlineData(IndicatorTransform.Sqrt, -4.0)]
    public void A_value_outside_the_domain_is_a_located_error(IndicatorTransform transform, double bad)
    {
        var values = TinyIndex.Values();
        values[1][0] = bad;

        var e = Problems.Thrown(() => IndexBuilder.Build(WithTransform(transform), TinyIndex.Dataset(values), Plain));

        Problems.AssertHas(e, "unit \"U2\", indicator \"I1\"", "outside the domain");
    }

    [Fact]
    public void Missing_values_stay_missing_and_are_imputed_after_the_transform()
    {
        var values = TinyIndex.Values();
        values[2][0] = double.NaN;
        var methodology = Plain with { Imputation = new ImputationSpec(ImputationMethod.Mean) };

        var result = IndexBuilder.Build(WithTransform(IndicatorTransform.Log), TinyIndex.Dataset(values), methodology);

        Assert.True(double.IsNaN(result.Transformed["U3", "I1"]));
        var expected = (Math.Log(10) + Math.Log(20) + Math.Log(40) + Math.Log(50)) / 4;
        Assert.Equal(expected, result.Imputed["U3", "I1"], 12);
    }

    [Fact]
    public void The_inverse_undoes_each_transform()
    {
        foreach (var transform in Enum.GetValues<IndicatorTransform>())
        {
            Assert.Equal(37.5, Transformation.Inverse(transform, Transformation.Of(transform, 37.5)), 10);
        }
    }
}
