using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.DigitalEconomy;

/// <summary>Distance-to-target normalisation with the Resolution 52 targets as the goals.</summary>
public sealed class TargetNormalisationTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    private static IndexFramework Framework() => IndexFramework.Create(
    [
        Nodes.Indicator("de_share", "Top", 1),
        Nodes.Indicator("gii_rank", "Top", 1, Direction.Negative),
        Nodes.Aggregate("Top", 2, null),
    ]);

    private static Dictionary<string, Target> Targets() => new()
    {
        ["de_share"] = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2025),
        ["gii_rank"] = Seeds.Target(TargetInstruments.Resolution52, "gii_rank_world", 2030),
    };

    [Fact]
    public void Targets_become_the_indicators_goals_and_units_are_scored_by_the_distance_covered()
    {
        var framework = TargetNormalisation.Apply(Framework(), Targets());
        var units = Build.Units(3);
        var data = Dataset.Create(UnitTable.FromRows(units, ["de_share", "gii_rank"], [[10.0, 60], [15.0, 50], [25.0, 40]]));

        var result = IndexBuilder.Build(framework, data, new Methodology { OutlierTreatment = OutlierTreatmentSpec.None, Normalisation = TargetNormalisation.Method });

        Assert.Equal(20.0, framework["de_share"].Target);
        Assert.Equal(40.0, framework["gii_rank"].Target);
        Assert.Equal([0.0, 0.5, 1], Build.ColumnOf(result.Normalised, "de_share"));
        Assert.Equal([0.0, 0.5, 1], Build.ColumnOf(result.Normalised, "gii_rank"));
        Assert.Equal([0.0, 0.5, 1], Build.ColumnOf(result.Scores, "Top"));
    }

    [Fact]
    public void Unknown_indicators_qualitative_targets_and_mismatched_directions_are_reported_together()
    {
        var targets = new Dictionary<string, Target>
        {
            ["nope"] = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2025),
            ["Top"] = Seeds.Target(TargetInstruments.Resolution52, "de_share_gdp", 2025),
            ["de_share"] = Seeds.Target(TargetInstruments.Resolution52, "gii_rank_world", 2030),
            ["gii_rank"] = Seeds.Targets.First(t => t.IsQualitative),
        };

        var e = Problems.Thrown(() => TargetNormalisation.Apply(Framework(), targets));

        Problems.AssertHas(e, "indicator \"nope\"", "no indicator");
        Problems.AssertHas(e, "indicator \"Top\"", "no indicator");
        Problems.AssertHas(e, "indicator \"de_share\"", "lower-is-better");
        Problems.AssertHas(e, "indicator \"gii_rank\"", "qualitative");
        Problems.AssertHas(e, "indicator \"gii_rank\"", "higher-is-better");
    }
}
