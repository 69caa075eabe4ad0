using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>The PII framework preset: 7 pillars, Input = mean of 5, Output = mean of 2, PII = mean(Input, Output), efficiency = Output / Input.</summary>
public sealed class PiiFrameworkTests
{
    private static IndexFramework OneIndicatorPerPillar() =>
        PiiFramework.Create(Enumerable.Range(1, 7).Select(p => Nodes.Indicator($"i{p}", PiiFramework.PillarCode(p))), ["Region"]);

    [Fact]
    public void The_preset_has_seven_named_pillars_two_sub_indices_and_the_index()
    {
        var framework = OneIndicatorPerPillar();

        Assert.Equal(["P1", "P2", "P3", "P4", "P5"], framework.ChildrenOf("Input").Select(n => n.Code));
        Assert.Equal(["P6", "P7"], framework.ChildrenOf("Output").Select(n => n.Code));
        Assert.Equal(["Input", "Output"], framework.ChildrenOf("PII").Select(n => n.Code));
        Assert.Equal("Institutions", framework["P1"].Name);
        Assert.Equal("Impact", framework["P7"].Name);
        Assert.Equal(4, framework.MaxLevel);
        PiiFramework.EnsureShape(framework);
    }

    [Fact]
    public void PII_is_the_mean_of_Input_and_Output_and_each_sub_index_the_mean_of_its_pillars()
    {
        var framework = OneIndicatorPerPillar();
        var units = new[] { new Unit("a", "a"), new Unit("b", "b") };
        // Min-max 0–100 over two units: a is best on i1, i2, i6; b on the rest.
        var rows = new double[][] { [1, 1, 0, 0, 0, 1, 0], [0, 0, 1, 1, 1, 0, 1] };
        var result = IndexBuilder.Build(framework, Dataset.Create(UnitTable.FromRows(units, framework.Indicators.Select(i => i.Code), rows)), PiiMethodology.WithoutOutlierTreatment);

        Assert.Equal(40.0, result.Scores["a", "Input"], 9);
        Assert.Equal(50.0, result.Scores["a", "Output"], 9);
        Assert.Equal(45.0, result.Scores["a", "PII"], 9);
        Assert.Equal(50.0 / 40.0, result.Ratio("Output", "Input")[0], 9);
        Assert.Equal(0.25, framework.EffectiveWeights()["i6"], 12);
        Assert.Equal(0.1, framework.EffectiveWeights()["i1"], 12);
    }

    [Fact]
    public void Indicator_groups_push_the_pillars_one_level_up()
    {
        var nodes = Enumerable.Range(1, 7).SelectMany(p => new[]
        {
            Nodes.Indicator($"i{p}", $"g{p}"),
            Nodes.Aggregate($"g{p}", 2, PiiFramework.PillarCode(p)),
        });

        var framework = PiiFramework.Create(nodes);

        Assert.Equal(3, framework["P1"].Level);
        Assert.Equal(5, framework["PII"].Level);
        PiiFramework.EnsureShape(framework);
    }

    [Fact]
    public void The_known_indicators_sit_under_their_inferred_pillars()
    {
        var known = PiiFramework.KnownIndicatorNodes();

        Assert.Equal(23, known.Length);
        Assert.Equal("P1", known.Single(n => n.Code == "legal_env").Parent);
        Assert.Equal("P4", known.Single(n => n.Code == "export_value").Parent);
        Assert.All(known, n => Assert.Equal(Direction.Positive, n.Direction));
        Problems.AssertSingle(() => PiiFramework.Create(known), "pillar \"P3\"", "Infrastructure");
    }

    [Fact]
    public void Reserved_codes_and_empty_pillars_are_errors()
    {
        var e = Problems.Thrown(() => PiiFramework.Create([Nodes.Indicator("Input", "P1"), Nodes.Indicator("x", "P2")]));

        Problems.AssertHas(e, "node \"Input\"", "reserved");
        Problems.AssertHas(e, "pillar \"P7\"", "no indicator or group");
        Assert.Throws<ArgumentOutOfRangeException>(() => PiiFramework.PillarCode(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => PiiFramework.AggregateNodes(1));
    }

    [Fact]
    public void A_framework_that_is_not_PII_shaped_is_reported_in_full()
    {
        var e = Problems.Thrown(() => PiiFramework.EnsureShape(TinyIndex.Framework()));

        Problems.AssertHas(e, "framework", "top node must be \"PII\"");
        Problems.AssertHas(e, "framework", "no node \"Input\"");
        Problems.AssertHas(e, "framework", "no node \"Output\"");
    }

    [Fact]
    public void The_methodology_preset_is_the_GII_method()
    {
        Assert.Equal(Methodology.Gii, PiiMethodology.Default);
        Assert.Equal(OutlierTreatmentSpec.None, PiiMethodology.WithoutOutlierTreatment.OutlierTreatment);
        Assert.Equal(NormalisationMethod.MinMax(0, 100), PiiMethodology.Default.Normalisation);
    }
}
