using Nq52Metrics.Construction;
using Nq52Metrics.Results;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Outlier treatment on x = (1, …, 10, 30, 100) against values computed with COINr's own functions
/// (<c>check_SkewKurt</c>, <c>winsorise</c>, <c>log_CT</c>) and the GII 2020 log formula, rounded as published.
/// </summary>
public sealed class OutlierGoldenTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

    [Fact]
    public void Coinr_rule_winsorises_the_single_point_100_down_to_30()
    {
        var (table, report) = OutlierTreatment.Apply(SmallData.Column("x", X), OutlierTreatmentSpec.Coinr);
        var detail = report["x"];

        Published.Equal(3.063241, 6, detail.Skew, "skew before");
        Published.Equal(9.741391, 6, detail.Kurtosis, "kurtosis before");
        Assert.True(detail.Failed);
        Assert.Equal(1, detail.WinsorisedCount);
        Assert.Equal([new TreatedPoint("u12", TreatedPointKind.WinsorisedHigh)], detail.Points);
        Assert.Equal([.. X[..11], 30.0], table.Column("x").ToArray());
        Published.Equal(1.712038, 6, detail.SkewAfterWinsorisation, "skew after winsorisation");
        Published.Equal(1.815781, 6, detail.KurtosisAfterWinsorisation, "kurtosis after winsorisation");
        Assert.False(OutlierTreatment.Fails(detail.SkewAfterWinsorisation, detail.KurtosisAfterWinsorisation, OutlierTreatmentSpec.Coinr));
        Assert.Equal(FinalTreatment.Winsorised, detail.Treatment);
    }

    [Fact]
    public void Coinr_log_transform_applies_when_no_point_may_be_winsorised()
    {
        var spec = OutlierTreatmentSpec.Coinr with { MaxWinsorised = 0 };
        var (table, report) = OutlierTreatment.Apply(SmallData.Column("x", X), spec);

        Assert.Equal(FinalTreatment.LogTransformed, report["x"].Treatment);
        Published.Equal([-0.0101, 0.6881, 1.0953], 4, table.Column("x")[..3].ToArray(), "log_CT(x)");
    }

    [Fact]
    public void Gii_log_transform_of_1_to_100_is_the_natural_log()
    {
        var spec = OutlierTreatmentSpec.Gii with { MaxWinsorised = 0 };
        var (table, report) = OutlierTreatment.Apply(SmallData.Column("x", X), spec);
        var logged = table.Column("x").ToArray();

        Assert.Equal(FinalTreatment.LogTransformed, report["x"].Treatment);
        Published.Equal([0, 0.6931, 1.0986], 4, logged[..3], "GII log(x)");
        Published.Equal([3.4012, 4.6052], 4, logged[^2..], "GII log(x), last two");
    }
}
