using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// The ratio-type, band, scaled, proportion and Borda normalisations (and methods with per-indicator overrides) as
/// uncertainty alternatives: each alternative's normalised table is computed once when the model is compiled, and a
/// run that picks it gives the scores of a build with that method.
/// </summary>
public sealed class NormalisationAlternativesTests
{
    private static readonly NormalisationMethod[] Alternatives =
    [
        NormalisationMethod.Ratio(),
        NormalisationMethod.RelativeDifference(NormalisationReference.OfUnit("S3")),
        NormalisationMethod.AboveBelowMean(0.1),
        NormalisationMethod.Scaled(50, 10),
        NormalisationMethod.Proportion,
        NormalisationMethod.Borda,
        NormalisationMethod.MinMax(1, 100).WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["B2"] = NormalisationMethod.Ratio(NormalisationReference.Median),
            ["C1"] = NormalisationMethod.Borda,
        }),
        NormalisationMethod.Ratio(),
    ];

    [Fact]
    public void Each_normalisation_alternative_is_precomputed_once_and_replays_its_build()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 10) { Normalisation = [.. Alternatives] };

        var model = UncertaintyModel.Compile(nominal, spec);

        // Seven distinct methods (the ratio is listed twice), none equal to the nominal min-max 1–100.
        Assert.Equal(7, model.DistinctIndicatorTables);
        for (var a = 0; a < Alternatives.Length; a++)
        {
            var built = IndexBuilder.Build(nominal.Framework, nominal.Data, nominal.Methodology with { Normalisation = Alternatives[a] });
            var scores = new double[model.Units.Length];
            Assert.True(model.TryEvaluate([a], scores, out var failure), failure);
            Assert.Equal(UncertaintyIndexes.Scores(built), scores);
            Assert.DoesNotContain(scores, double.IsNaN);
        }
    }

    [Fact]
    public void The_alternatives_run_from_a_spec_file_and_round_trip_through_it()
    {
        var spec = new UncertaintySpec(runs: 40, seed: 2) { Normalisation = [.. Alternatives] };
        var json = UncertaintySpecJson.Serialize(spec);
        var read = UncertaintySpecJson.Parse(json);

        Assert.Equal(Alternatives, read.Normalisation);
        var result = UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), read, null, TestContext.Current.CancellationToken);
        Assert.Equal(0, result.FailedRuns);
        Assert.All(result.RankStatistics, s => Assert.InRange(s.MedianRank, 1, result.Units.Length));
    }

    [Fact]
    public void An_alternative_that_is_undefined_for_the_data_is_a_failed_run_named_by_its_problem()
    {
        // S99 is not a unit, so every run drawing this alternative fails with the located reason.
        var nominal = UncertaintyIndexes.Small();
        var spec = new UncertaintySpec(runs: 10) { Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.Ratio(NormalisationReference.OfUnit("S99"))] };

        var model = UncertaintyModel.Compile(nominal, spec);
        var scores = new double[model.Units.Length];

        Assert.True(model.TryEvaluate([0], scores, out _));
        Assert.False(model.TryEvaluate([1], scores, out var failure));
        Assert.Contains("the reference unit \"S99\" is not among the units", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_an_alternative_naming_an_aggregate_or_an_odd_code_is_located_exactly()
    {
        var nominal = UncertaintyIndexes.Small();
        var aggregate = nominal.Framework.Nodes.First(n => !n.IsIndicator).Code;
        var bad = NormalisationMethod.Borda.WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            [aggregate] = NormalisationMethod.Rank,
            ["A 1"] = NormalisationMethod.Rank,
        });
        var spec = new UncertaintySpec(runs: 10) { Normalisation = [NormalisationMethod.MinMax(1, 100), bad] };

        var e = Problems.Thrown(() => UncertaintyModel.Compile(nominal, spec));

        Problems.AssertHas(e, $"alternatives.normalise[1].overrides.{aggregate}", "is an aggregate, not an indicator");
        Problems.AssertHas(e, "alternatives.normalise[1].overrides['A 1']", "no indicator has this code");
    }

    [Fact]
    public void An_override_of_an_alternative_for_an_unknown_indicator_is_rejected_with_the_spec()
    {
        var nominal = UncertaintyIndexes.Small();
        var bad = NormalisationMethod.Borda.WithOverrides(new Dictionary<string, NormalisationMethod>
        {
            ["NOPE"] = NormalisationMethod.Rank,
            ["A1"] = NormalisationMethod.Scaled(0, -1),
        });
        var spec = new UncertaintySpec(runs: 10) { Normalisation = [NormalisationMethod.MinMax(1, 100), bad] };

        var e = Problems.Thrown(() => UncertaintyModel.Compile(nominal, spec));

        Problems.AssertHas(e, "alternatives.normalise[1].overrides.NOPE", "no indicator has this code");
        Problems.AssertHas(e, "alternatives.normalise[1].overrides.A1", "must be finite with scale > 0");
    }
}
