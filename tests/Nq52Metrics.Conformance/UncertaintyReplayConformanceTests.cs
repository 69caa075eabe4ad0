using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Exact replay of COINr's 100-run uncertainty analysis of the ASEM example: every run of its design (winmax,
/// normalisation, weight set, aggregation) is evaluated with our compiled model and every unit's Index score must
/// match COINr's within 1e-9 relative. Because the design mixes min-max [1, 100], z-score (10, 2), arithmetic and
/// geometric means and winmax 1…5 (small winmax sends indicators to the log transform), matching all 5,100 scores
/// pins down each of those steps as COINr computes them.
/// </summary>
public sealed class UncertaintyReplayConformanceTests
{
    [Fact]
    public void Every_reference_run_replays_to_COINr_scores_within_1e_9()
    {
        var nominal = AsemNominal.Result;
        var model = UncertaintyModel.Compile(nominal, ReplaySpec());
        var slots = new InputSlots(model);
        var design = UncertaintyReference.Design;
        var units = UncertaintyReference.Units;
        var log = new MismatchLog("ua_N100_index_scores_per_rep.csv");
        AssertSameUnits(model, units, log);

        var unitPosition = model.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var scores = new double[model.Units.Length];
        var choice = new int[model.Inputs.Length];
        for (var run = 0; run < design.Length; run++)
        {
            slots.Fill(design[run], choice);
            if (!model.TryEvaluate(choice, scores, out var failure))
            {
                log.Add("-", $"r_{run + 1}", "a successful run", $"failure: {failure}");
                continue;
            }

            for (var u = 0; u < units.Length; u++)
            {
                if (unitPosition.TryGetValue(units[u], out var ours))
                {
                    log.Number(units[u], $"r_{run + 1}", UncertaintyReference.Scores[run][u], scores[ours]);
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(AsemNominal.UnitCount * UncertaintyReference.RunCount, log.Compared);
    }

    [Fact]
    public void The_nominal_column_equals_our_nominal_Index_scores()
    {
        var nominal = AsemNominal.Result;
        var ours = nominal.Scores.Column(nominal.IndexCode).ToArray();
        var log = new MismatchLog("ua_N100_index_scores_per_rep.csv (Nominal)");
        var units = UncertaintyReference.Units;
        for (var u = 0; u < units.Length; u++)
        {
            var actual = nominal.Scores.HasUnit(units[u]) ? nominal.Scores[units[u], nominal.IndexCode] : double.NaN;
            log.Number(units[u], "Nominal", UncertaintyReference.NominalScores[u], actual);
        }

        // The compiled model's nominal scores are the build's.
        var model = UncertaintyModel.Compile(nominal, ReplaySpec());
        Assert.Equal(ours, model.NominalScores);
        log.AssertNone();
        Assert.Equal(AsemNominal.UnitCount, log.Compared);
    }

    [Fact]
    public void The_replayed_design_covers_every_alternative_and_the_log_branch_of_outlier_treatment()
    {
        var design = UncertaintyReference.Design;

        // Each alternative of each input is used by some run, so the replay exercises all of them.
        Assert.Equal(UncertaintyReference.Winmax, design.Select(d => d.Winmax).Distinct().Order());
        Assert.Equal([0, 1], design.Select(d => d.NormalisationIndex).Distinct().Order());
        Assert.Equal([0, 1], design.Select(d => d.AggregationIndex).Distinct().Order());
        Assert.Contains(design, d => d is { NormalisationIndex: 1, AggregationIndex: 1 });
        Assert.Contains(design, d => d is { Winmax: 1, AggregationIndex: 1 });

        // With at most one winsorised point some indicator falls through to the log transform (the nominal build,
        // winmax 5, log-transforms none), so runs with winmax 1 replay the log branch.
        var winmaxOne = Methodology.CoinrAsemExample with
        {
            OutlierTreatment = Methodology.CoinrAsemExample.OutlierTreatment with { MaxWinsorised = 1 },
        };
        var treated = IndexBuilder.Build(AsemNominal.Framework, AsemNominal.Data, winmaxOne);
        var logged = treated.Outliers.Indicators.Where(i => i.Treatment == FinalTreatment.LogTransformed).Select(i => i.Indicator).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"winmax 1 log-transforms {logged.Count} indicators: {string.Join(", ", logged)}; "
            + $"{design.Count(d => d.Winmax == 1)} of {design.Length} reference runs use winmax 1.");
        Assert.NotEmpty(logged);
        Assert.DoesNotContain(AsemNominal.Result.Outliers.Indicators, i => i.Treatment == FinalTreatment.LogTransformed);
        Assert.Contains(design, d => d.Winmax == 1);
    }

    [Fact]
    public void Input_names_and_alternatives_of_the_replay_model_are_as_documented()
    {
        var model = UncertaintyModel.Compile(AsemNominal.Result, ReplaySpec());
        var slots = new InputSlots(model);
        Assert.Equal(4, model.Inputs.Length);
        Assert.Equal(UncertaintyReference.RunCount, model.Inputs[slots.Weights].Alternatives.Length);
        Assert.Equal(InputKind.Weights, model.Inputs[slots.Weights].Kind);
        Assert.Equal(InputKind.MaxWinsorised, model.Inputs[slots.Winmax].Kind);
        Assert.Equal(InputKind.Normalisation, model.Inputs[slots.Normalisation].Kind);
        Assert.Equal(InputKind.Aggregation, model.Inputs[slots.Aggregation].Kind);
        Assert.Equal(["1", "2", "3", "4", "5"], model.Inputs[slots.Winmax].Alternatives);

        // A run's description names the alternatives it used.
        var choice = new int[model.Inputs.Length];
        slots.Fill(UncertaintyReference.Design[2], choice);
        var described = model.Describe(choice);
        Assert.Equal("set 71", described["weights"]);
        Assert.Equal("5", described["outliers.maxWinsorised"]);
        Assert.Equal(model.Inputs[slots.Normalisation].Alternatives[1], described["normalise"]);
        Assert.Equal(model.Inputs[slots.Aggregation].Alternatives[1], described["aggregate"]);
    }

    /// <summary>The reference design as a spec: the 100 weight sets in id order and the three method inputs.</summary>
    internal static UncertaintySpec ReplaySpec() => new(runs: UncertaintyReference.RunCount, seed: 1)
    {
        WeightSets = UncertaintyReference.WeightSets,
        MaxWinsorised = UncertaintyReference.Winmax,
        Normalisation = UncertaintyReference.Normalisations,
        Aggregation = UncertaintyReference.Aggregations,
    };

    private static void AssertSameUnits(UncertaintyModel model, ImmutableArray<string> referenceUnits, MismatchLog log)
    {
        var ours = model.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in referenceUnits.Where(u => !ours.Contains(u)))
        {
            log.Add(missing, "-", "unit present", "no such unit");
        }

        foreach (var extra in ours.Where(u => !referenceUnits.Contains(u)))
        {
            log.Add(extra, "-", "no such unit", "unit present");
        }
    }

    /// <summary>Where each reference input sits in <see cref="UncertaintyModel.Inputs"/>, found by name.</summary>
    private sealed class InputSlots
    {
        public InputSlots(UncertaintyModel model)
        {
            var names = model.Inputs.Select(i => i.Name).ToList();
            int Find(string name)
            {
                var i = names.IndexOf(name);
                Assert.True(i >= 0, $"The model has no input \"{name}\"; it has: {string.Join(", ", names)}.");
                return i;
            }

            Weights = Find("weights");
            Winmax = Find("outliers.maxWinsorised");
            Normalisation = Find("normalise");
            Aggregation = Find("aggregate");
        }

        public int Weights { get; }

        public int Winmax { get; }

        public int Normalisation { get; }

        public int Aggregation { get; }

        /// <summary>The alternative index per input for one design row (alternatives are in spec order).</summary>
        public void Fill(UncertaintyReference.DesignRow row, int[] choice)
        {
            choice[Weights] = row.WeightSet - 1;
            choice[Winmax] = UncertaintyReference.Winmax.IndexOf(row.Winmax);
            choice[Normalisation] = row.NormalisationIndex;
            choice[Aggregation] = row.AggregationIndex;
            Assert.True(choice[Winmax] >= 0, $"Run {row.Run}: winmax {row.Winmax} is not an alternative.");
        }
    }
}
