using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>The transform stage, ranking decimals and whole-stage alternatives in every file format.</summary>
public sealed class TransformAndRankingFileTests
{
    private const string Meta = """
        Level,iCode,Direction,Weight,Parent,Type,Transform
        1,I1,1,1,P1,Indicator,log
        1,I2,1,1,P1,Indicator,
        1,I3,1,1,P1,Indicator,SQRT
        2,P1,1,1,,Aggregate,NA
        """;

    [Fact]
    public void The_iMeta_Transform_column_sets_each_indicator_s_transform()
    {
        var framework = CoinrCsv.ParseMeta(Meta);

        Assert.Equal(IndicatorTransform.Log, framework["I1"].Transform);
        Assert.Equal(IndicatorTransform.None, framework["I2"].Transform);
        Assert.Equal(IndicatorTransform.Sqrt, framework["I3"].Transform);
    }

    [Fact]
    public void An_unknown_transform_in_iMeta_is_located_by_line_and_column()
    {
        var e = Problems.Thrown(() => CoinrCsv.ParseMeta(Meta.Replace("SQRT", "cube", StringComparison.Ordinal)));

        Assert.Contains(e.Problems, p => p.ToString().Contains("column \"Transform\"", StringComparison.Ordinal) && p.Message.Contains("\"cube\" is not one of none, log, log10, sqrt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transform_on_an_aggregate_or_a_target_outside_its_domain_is_rejected()
    {
        var e = Problems.Thrown(() => IndexFramework.Create(
        [
            Nodes.Indicator("I1", "P1") with { Transform = IndicatorTransform.Log, Target = 0 },
            Nodes.Indicator("I2", "P1"),
            Nodes.Aggregate("P1", 2, null) with { Transform = IndicatorTransform.Sqrt },
        ]));

        Problems.AssertHas(e, "node \"P1\"", "only an indicator can have a transform");
        Problems.AssertHas(e, "node \"I1\"", "outside the domain of its log transform");
    }

    [Fact]
    public void The_framework_json_transform_round_trips()
    {
        var framework = CoinrCsv.ParseMeta(Meta);

        var back = FrameworkJson.Parse(FrameworkJson.Serialize(framework));

        Assert.Equal(framework.Nodes.Select(n => n.Transform), back.Nodes.Select(n => n.Transform));
        Assert.Contains("\"transform\": \"log\"", FrameworkJson.Serialize(framework), StringComparison.Ordinal);
    }

    [Fact]
    public void The_method_file_reads_and_writes_the_transform_switch_and_ranking_decimals()
    {
        var parsed = MethodologyJson.Parse("""{"transform": false, "ranking": {"ties": "dense", "decimals": 2}}""");

        Assert.Equal(TransformSpec.None, parsed.Transform);
        Assert.Equal(new RankingSpec(TieMethod.Dense, 2), parsed.Ranking);
        Assert.Equal(parsed, MethodologyJson.Parse(MethodologyJson.Serialize(parsed)));
    }

    [Theory]
    [InlineData("""{"ranking": {"decimals": 13}}""", "ranking.decimals")]
    [InlineData("""{"ranking": {"decimals": 1.5}}""", "ranking.decimals")]
    [InlineData("""{"transform": "log"}""", "transform")]
    public void Invalid_values_are_located(string json, string path)
    {
        var e = Problems.Thrown(() => MethodologyJson.Parse(json, "m.json"));

        Assert.Contains(e.Problems, p => p.Where.JsonPath == path);
    }

    [Fact]
    public void Whole_stage_alternatives_are_read_from_and_written_to_the_spec_file()
    {
        var spec = UncertaintySpecJson.Parse("""
            {"runs": 10, "alternatives": {
              "denominate": [true, false],
              "transform": [true, false],
              "screen": [{"minDataAvailability": 0}, {"minDataAvailability": 0.8}],
              "ranking": [{"ties": "competition"}, {"ties": "average", "decimals": 1}]}}
            """);

        Assert.Equal(["denominate", "transform", "screen", "ranking"], spec.Alternatives.Select(a => a.Name));
        Assert.Equal([DenominationSpec.ByFramework, DenominationSpec.None], spec.Alternatives[0].Specs);
        Assert.Equal([TransformSpec.ByFramework, TransformSpec.None], spec.Alternatives[1].Specs);
        Assert.Equal([ScreeningSpec.None, new ScreeningSpec(0.8)], spec.Alternatives[2].Specs);
        Assert.Equal([RankingSpec.Default, new RankingSpec(TieMethod.Average, 1)], spec.Alternatives[3].Specs);
        Assert.Equal(spec.Alternatives, UncertaintySpecJson.Parse(UncertaintySpecJson.Serialize(spec)).Alternatives);
    }

    [Fact]
    public void A_whole_stage_input_named_otherwise_has_no_file_form() =>
        Assert.Throws<ArgumentException>(() => UncertaintySpecJson.Serialize(new UncertaintySpec(10).WithAlternatives("thresholds", ScreeningSpec.None, new ScreeningSpec(0.5))));
}
