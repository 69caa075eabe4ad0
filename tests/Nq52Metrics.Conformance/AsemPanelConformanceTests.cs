using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Conformance;

/// <summary>
/// COINr's artificial ASEM panel (<c>data/ASEM_iData_p.csv</c>, 2018–2022) read through its <c>Time</c> column and built
/// period by period: its 2018 rows are the single-year example's, so the 2018 build must equal the nominal build (which
/// the pipeline conformance tests hold to COINr at 1e-9), and every period must build.
/// </summary>
public sealed class AsemPanelConformanceTests
{
    [Fact]
    public void The_2018_period_of_the_panel_builds_exactly_as_the_single_year_example()
    {
        var framework = AsemNominal.Framework;
        var panel = CoinrCsv.ReadPanelData(ReferenceData.PathOf("data", "ASEM_iData_p.csv"), framework);

        var result = PanelBuilder.Build(framework, panel, Methodology.CoinrAsemExample);

        Assert.Equal([2018, 2019, 2020, 2021, 2022], result.Periods);
        Assert.All(result.Results, r => Assert.Equal(AsemNominal.UnitCount, r.Units.Length));
        var nominal = AsemNominal.Result;
        foreach (var node in framework.Nodes.Select(n => n.Code))
        {
            Assert.Equal(nominal.Scores.Column(node).ToArray(), result[2018].Scores.Column(node).ToArray());
            Assert.Equal(nominal.Ranks.Column(node).ToArray(), result[2018].Ranks.Column(node).ToArray());
        }
    }
}
