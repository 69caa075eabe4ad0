using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// A run whose alternative methodology overflows a double stops the analysis with one located problem (the lowest such
/// run, the alternatives drawn in it, the unit and node or the stage's column), instead of putting infinities, missing
/// scores or equal ranks into the rank statistics.
/// </summary>
public sealed class UncertaintyOverflowTests
{
    /// <summary>Min-max onto [1e308, 1.5e308]: finite values, but any two of them add up past the largest double.</summary>
    private static readonly NormalisationMethod Huge = NormalisationMethod.MinMax(1e308, 1.5e308);

    /// <summary>Scaled by 1e-308: every value above about 1.8 is too large to represent after normalisation.</summary>
    private static readonly NormalisationMethod Tiny = NormalisationMethod.Scaled(0, 1e-308);

    private static UncertaintySpec Spec(NormalisationMethod alternative, int? threads = null) =>
        new(runs: 60, seed: 3)
        {
            MaxDegreeOfParallelism = threads,
            WeightNoise = ImmutableDictionary<int, double>.Empty.Add(2, 0.2),
            Normalisation = [NormalisationMethod.MinMax(1, 100), alternative],
        };

    /// <summary>The lowest run that draws the second normalisation alternative.</summary>
    private static long FirstRunDrawing(UncertaintyModel model, int alternative)
    {
        var sampler = new UncertaintyRunner.Sampler(model);
        var choice = new int[model.Inputs.Length];
        var slot = model.Inputs.IndexOf(model.Inputs.Single(i => i.Name == "normalise"));
        for (long r = 0; r < model.Spec.Runs; r++)
        {
            UncertaintyRunner.Design(model, sampler, r, choice);
            if (choice[slot] == alternative)
            {
                return r;
            }
        }

        throw new InvalidOperationException("no run draws the alternative.");
    }

    [Fact]
    public void An_aggregate_that_overflows_stops_the_analysis_naming_the_run_its_alternatives_the_unit_and_the_node()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = Spec(Huge);
        var model = UncertaintyModel.Compile(nominal, spec);
        var first = FirstRunDrawing(model, 1);

        var error = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("UncertaintyRunOverflow", problem.MessageKey);
        Assert.Equal($"run {first}", problem.Where.Parameter);
        // P1 is the first aggregate and S1 the first unit: A1 + A2 ≥ 2e308 everywhere.
        Assert.Equal("S1", problem.Where.Unit);
        Assert.Equal("P1", problem.Where.Node);
        Assert.Contains($"normalise = {model.Inputs[1].Alternatives[1]}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("weights (aggregate) = set ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("aggregation overflows a double at unit \"S1\", node \"P1\"", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"unit \"S1\", node \"P1\", run {first}: run {first} (", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reported_run_does_not_depend_on_the_number_of_threads()
    {
        var nominal = UncertaintyIndexes.Small();

        var one = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, Spec(Huge, threads: 1), null, TestContext.Current.CancellationToken));
        var all = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, Spec(Huge), null, TestContext.Current.CancellationToken));

        Assert.Equal(one.Problems, all.Problems);
    }

    [Fact]
    public void A_stage_before_aggregation_that_overflows_stops_the_analysis_with_the_stage_and_its_column()
    {
        var nominal = UncertaintyIndexes.Small();
        var spec = Spec(Tiny);
        var first = FirstRunDrawing(UncertaintyModel.Compile(nominal, spec), 1);

        var error = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, spec, null, TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("UncertaintyRunOverflow", problem.MessageKey);
        Assert.Equal($"run {first}", problem.Where.Parameter);
        Assert.Contains("normalise = scaled(0,1E-308)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("normalisation overflows a double at indicator \"A1\", unit \"S", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overflow_message_is_translated_with_the_same_values()
    {
        var nominal = UncertaintyIndexes.Small();
        var error = Assert.Throws<Nq52ValidationException>(() => UncertaintyAnalysis.Run(nominal, Spec(Huge), null, TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        var vietnamese = problem.MessageIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese);
        Assert.NotEqual(problem.Message, vietnamese);
        Assert.Contains("unit \"S1\", node \"P1\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains($"lượt chạy {problem.Where.Parameter![4..]} (", vietnamese, StringComparison.Ordinal);
        Assert.Contains("bước tổng hợp vượt quá", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("bước bước", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("aggregation", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Replaying_an_overflowing_run_fails_with_its_location()
    {
        var model = UncertaintyModel.Compile(UncertaintyIndexes.Small(), Spec(Huge));
        var scores = new double[model.Units.Length];

        Assert.True(model.TryEvaluate([0, 0], scores, out _));
        Assert.False(model.TryEvaluate([0, 1], scores, out var failure));

        Assert.Contains("aggregation overflows a double at unit \"S1\", node \"P1\"", failure, StringComparison.Ordinal);
        Assert.All(scores, s => Assert.True(double.IsNaN(s)));
    }

    [Fact]
    public void Missing_aggregates_of_missing_data_are_not_taken_for_an_overflow()
    {
        // With a data-availability threshold, units lacking a child's value have no aggregate: that is not an overflow.
        var nominal = UncertaintyIndexes.Small();
        var data = UncertaintyIndexes.SmallData();
        var values = data.Indicators.CopyValues();
        values[0] = double.NaN;
        var withGap = IndexBuilder.Build(nominal.Framework, Nq52Metrics.Data.Dataset.Create(new Nq52Metrics.Data.UnitTable(data.Indicators.Units, data.Indicators.Columns, values)), UncertaintyIndexes.MinMaxOneToHundred with
        {
            Imputation = ImputationSpec.None,
            Aggregation = new AggregationSpec(AggregationMethod.Arithmetic) { MinDataAvailability = 1 },
        });
        var spec = new UncertaintySpec(runs: 40, seed: 1) { Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.MinMax(0, 10)] };

        var result = UncertaintyAnalysis.Run(withGap, spec, null, TestContext.Current.CancellationToken);
        var scores = new double[result.Units.Length];

        Assert.Equal(0, result.FailedRuns);
        Assert.True(UncertaintyModel.Compile(withGap, spec).TryEvaluate([1], scores, out var failure), failure);
        Assert.True(double.IsNaN(scores[0]));
        Assert.All(scores[1..], s => Assert.True(double.IsFinite(s)));
    }

    [Fact]
    public void Weight_sets_near_the_largest_double_give_the_results_of_their_ratios_as_the_build_does()
    {
        var nominal = UncertaintyIndexes.Small();
        // 2^1023, 2^1022, 2^1023: their sum overflows, their ratios are exactly those of 2, 1, 2.
        var huge = ImmutableDictionary<string, double>.Empty.Add("P1", Math.ScaleB(1, 1023)).Add("P2", Math.ScaleB(1, 1022)).Add("P3", Math.ScaleB(1, 1023));
        var ratios = ImmutableDictionary<string, double>.Empty.Add("P1", 2.0).Add("P2", 1.0).Add("P3", 2.0);
        var spec = new UncertaintySpec(runs: 10) { WeightSets = [huge, ratios] };
        var model = UncertaintyModel.Compile(nominal, spec);
        var fromHuge = new double[model.Units.Length];
        var fromRatios = new double[model.Units.Length];

        Assert.True(model.TryEvaluate([0], fromHuge, out var failure), failure);
        Assert.True(model.TryEvaluate([1], fromRatios, out failure), failure);

        Assert.Equal(fromRatios, fromHuge);
        Assert.All(fromHuge, s => Assert.True(double.IsFinite(s)));
    }
}
