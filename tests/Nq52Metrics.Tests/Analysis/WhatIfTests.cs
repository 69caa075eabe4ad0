using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>
/// What-if on a framework small enough to solve by hand:
/// <code>
/// I ── X (w 1): A (w 1, divided by Pop), B (w 3)
///   └─ Y (w 1): C
/// </code>
/// Effective weights A 0.125, B 0.375, C 0.5. Min-max 0–100 and every column spans 0–100, so normalised = value
/// (A after division by Pop). Scores: U1 62.5, U2 53.125, U3 25, U4 31.25, U5 78.125 → ranks 2, 3, 5, 4, 1.
/// </summary>
public sealed class WhatIfTests
{
    private const double Tolerance = 1e-6;

    private static readonly Methodology Plain = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    private static IndexFramework Framework() => IndexFramework.Create(
        [
            Nodes.Indicator("A", "X", 1) with { Denominator = "Pop" },
            Nodes.Indicator("B", "X", 3),
            Nodes.Indicator("C", "Y", 1),
            Nodes.Aggregate("X", 2, "I"),
            Nodes.Aggregate("Y", 2, "I"),
            Nodes.Aggregate("I", 3, null),
        ],
        ["Region"],
        ["Pop"]);

    private static Dataset Data(double c2 = 100)
    {
        var units = ImmutableArray.Create(
            Build.Unit("U1", ("Region", "N")), Build.Unit("U2", ("Region", "N")), Build.Unit("U3", ("Region", "N")),
            Build.Unit("U4", ("Region", "S")), Build.Unit("U5", ("Region", "S")));
        double[][] rows = [[0, 100, 50], [50, 0, c2], [200, 50, 0], [150, 25, 25], [100, 75, 75]];
        return Dataset.Create(
            UnitTable.FromRows(units, ["A", "B", "C"], rows),
            UnitTable.FromRows(units, ["Pop"], new double[][] { [1], [2], [4], [2], [1] }));
    }

    private static WhatIfAnalysis Analysis(Methodology? methodology = null) => new(Framework(), Data(), methodology ?? Plain);

    [Fact]
    public void The_baseline_matches_the_hand_computation()
    {
        var baseline = Analysis().Baseline;

        Assert.Equal([62.5, 53.125, 25, 31.25, 78.125], Build.ColumnOf(baseline.Scores, "I"), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([2.0, 3, 5, 4, 1], Build.ColumnOf(baseline.Ranks, "I"));
    }

    [Fact]
    public void The_rank_after_a_change_is_read_from_the_rebuilt_index()
    {
        // U3 raises C from 0 to 100: C's minimum becomes U4's 25, so C renormalises as (x − 25)/75·100 for everyone.
        var outcome = Analysis().RankAfter("U3", new Dictionary<string, double> { ["C"] = 100 });

        Assert.Equal((25.0, 5.0), (outcome.ScoreBefore, outcome.RankBefore));
        Assert.Equal(75.0, outcome.ScoreAfter, 12);
        Assert.Equal(1.0, outcome.RankAfter);
        Assert.Equal(4.0, outcome.PlacesGained);
        Assert.Equal(12.5 + 28.125 + (50.0 / 75 * 100 / 2), outcome.After.Scores["U5", "I"], 9);
    }

    [Fact]
    public void The_plan_raises_the_indicator_with_the_largest_effective_weight_just_enough()
    {
        // U4 (31.25, 4th) → 2nd needs U1's 62.5: C (weight 0.5) from 25 by 62.5 points to 87.5.
        var plan = Analysis().PlanToReach("U4", 2);

        var step = Assert.Single(plan.Steps);
        Assert.Equal("C", step.Indicator);
        Assert.Equal(0.5, step.EffectiveWeight, 12);
        Assert.Equal(25.0, step.NormalisedBefore);
        Assert.Equal(87.5, step.NormalisedAfter, 6);
        Assert.Equal(87.5, step.RawAfter, 6);
        Assert.False(step.ReachesBest);
        Assert.Equal(62.5, plan.TotalPoints, 6);
        Assert.Equal(31.25, plan.RequiredGain, 12);
        Assert.Equal((2.0, true, true, true, 1), (plan.RankAfter, plan.ReachesTarget, plan.IsExact, plan.Feasible, plan.Rounds));
        Assert.Equal(plan.PredictedScore, plan.ScoreAfter, 9);
        Assert.Empty(plan.Caveats);
    }

    [Fact]
    public void When_the_best_indicator_hits_its_cap_the_next_one_takes_over()
    {
        // U4 → 1st needs 78.125: C to its cap 100 (+37.5), then B (weight 0.375) by 25 points (+9.375).
        var plan = Analysis().PlanToReach("U4", 1);

        Assert.Equal(["C", "B"], plan.Steps.Select(s => s.Indicator));
        Assert.True(plan.Steps[0].ReachesBest);
        Assert.Equal(100.0, plan.Steps[0].RawAfter);
        Assert.Equal(50.0, plan.Steps[1].RawAfter, 6);
        Assert.Equal(100.0, plan.TotalPoints, 6);
        Assert.Equal(1.0, plan.RankAfter);
        Assert.True(plan.IsExact);
    }

    [Fact]
    public void Raw_values_are_recovered_through_the_denominator()
    {
        // U3 may only change A (B and C fixed): A/Pop to the best value 100 with Pop 4 → raw 400; 31.25 ties U4 → 4th.
        var plan = Analysis().PlanToReach("U3", 4, options: new WhatIfOptions { Fixed = ["B", "C"] });

        var step = Assert.Single(plan.Steps);
        Assert.Equal(("A", 200.0, 400.0), (step.Indicator, step.RawBefore, step.RawAfter));
        Assert.True(step.ReachesBest);
        Assert.Equal(31.25, plan.ScoreAfter, 12);
        Assert.Equal(4.0, plan.RankAfter);
        Assert.True(plan.Feasible);
        Assert.True(plan.IsExact);
        Assert.Equal(["B", "C"], plan.Caveats.Where(c => c.Kind == WhatIfCaveatKind.IndicatorsExcluded).Select(c => c.Indicator).Order());
    }

    [Fact]
    public void A_target_out_of_reach_gives_the_maximum_effort_and_says_it_is_infeasible()
    {
        // U3 without C: A and B to the best (+6.25 + 18.75) reach 50, still behind U5, U1 and U2.
        var plan = Analysis().PlanToReach("U3", 1, options: new WhatIfOptions { Fixed = ["C"] });

        Assert.False(plan.Feasible);
        Assert.False(plan.ReachesTarget);
        Assert.All(plan.Steps, s => Assert.True(s.ReachesBest));
        Assert.Equal(50.0, plan.ScoreAfter, 9);
        Assert.Equal(4.0, plan.RankAfter);
    }

    [Fact]
    public void A_unit_already_at_the_target_needs_nothing()
    {
        var plan = Analysis().PlanToReach("U5", 2);

        Assert.True(plan.AlreadyThere);
        Assert.Empty(plan.Steps);
        Assert.Equal((1.0, 0), (plan.RankAfter, plan.Rounds));
        Assert.True(plan.RequiredGain < 0);
    }

    [Fact]
    public void The_plan_can_target_a_pillar_rank()
    {
        // Pillar X: U5 81.25, U1 75, U3 50, U4 37.5, U2 6.25. U4 → 3rd in X: B (weight 0.75 within X) +16.67 points.
        var plan = Analysis().PlanToReach("U4", 3, "X");

        var step = Assert.Single(plan.Steps);
        Assert.Equal(("B", 0.75), (step.Indicator, Math.Round(step.EffectiveWeight, 12)));
        Assert.Equal(25 + (50.0 / 3), step.NormalisedAfter, 6);
        Assert.Equal(3.0, plan.RankAfter);
        Assert.True(plan.IsExact);
    }

    [Fact]
    public void A_unit_holding_the_minimum_of_a_changed_indicator_is_flagged_as_not_exact()
    {
        var plan = Analysis().PlanToReach("U3", 1);

        Assert.False(plan.IsExact);
        Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.UnitHoldsMinimum && c.Indicator == "C");
        Assert.Equal(plan.After.Ranks["U3", "I"], plan.RankAfter);
        Assert.True(plan.ReachesTarget);
    }

    [Fact]
    public void Geometric_aggregation_is_flagged_and_refined_by_rebuilding()
    {
        var geometric = Plain with
        {
            Normalisation = NormalisationMethod.MinMax(1, 100),
            Aggregation = new AggregationSpec(AggregationMethod.Geometric),
        };

        var plan = Analysis(geometric).PlanToReach("U4", 2);

        Assert.False(plan.IsExact);
        Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.NonArithmeticAggregation);
        Assert.Equal(plan.After.Ranks["U4", "I"], plan.RankAfter);
        Assert.True(plan.ReachesTarget);
    }

    [Fact]
    public void A_method_that_scores_a_unit_against_the_others_is_refused_with_the_node_named()
    {
        var copeland = Plain with
        {
            Aggregation = AggregationSpec.Arithmetic with { ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("X", AggregationMethod.Copeland) },
        };

        Problems.AssertSingle(() => Analysis(copeland).PlanToReach("U4", 2), "node \"X\"", "copeland aggregation scores a unit against the other units");
    }

    [Fact]
    public void A_median_below_the_node_is_planned_as_non_linear()
    {
        var median = Plain with { Aggregation = AggregationSpec.Arithmetic with { ByNode = ImmutableDictionary<string, AggregationMethod>.Empty.Add("X", AggregationMethod.Median) } };

        var plan = Analysis(median).PlanToReach("U4", 2);

        Assert.False(plan.IsExact);
        Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.NonArithmeticAggregation);
        Assert.Equal(plan.After.Ranks["U4", "I"], plan.RankAfter);
    }

    [Fact]
    public void Z_scores_are_flagged_because_their_bounds_move()
    {
        var plan = Analysis(Plain with { Normalisation = NormalisationMethod.ZScore(50, 10) }).PlanToReach("U4", 2);

        Assert.False(plan.IsExact);
        Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.NormalisationMoves);
        Assert.True(plan.ReachesTarget);
    }

    [Fact]
    public void Imputation_from_means_that_include_the_unit_is_flagged()
    {
        var imputing = Plain with { Imputation = new ImputationSpec(ImputationMethod.Mean) };

        var plan = new WhatIfAnalysis(Framework(), Data(c2: double.NaN), imputing).PlanToReach("U4", 2);

        Assert.Contains(plan.Steps, s => s.Indicator == "C");
        Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.ImputationDependsOnUnit && c.Indicator == "C");
        Assert.False(plan.IsExact);
    }

    [Fact]
    public void Outlier_treated_indicators_are_left_out_and_the_plan_stays_exact_over_the_others()
    {
        var analysis = new WhatIfAnalysis(PiiSample.Framework(), PiiSample.Dataset(), PiiMethodology.Default);
        var treated = analysis.Baseline.Outliers.Indicators.Where(i => i.Treatment != Nq52Metrics.Results.FinalTreatment.None).Select(i => i.Indicator).ToList();
        var lamDong = analysis.Baseline.Ranks["lam-dong", "PII"];

        var plan = analysis.PlanToReach("lam-dong", (int)lamDong - 5);

        Assert.NotEmpty(treated);
        Assert.All(plan.Steps, s => Assert.DoesNotContain(s.Indicator, treated));
        Assert.All(treated, t => Assert.Contains(plan.Caveats, c => c.Kind == WhatIfCaveatKind.IndicatorsExcluded && c.Indicator == t));
        Assert.True(plan.ReachesTarget);
        Assert.Equal(plan.PredictedScore, plan.ScoreAfter, 9);
        Assert.True(plan.IsExact);
    }

    [Fact]
    public void Invalid_requests_are_reported_together()
    {
        var analysis = Analysis();

        var e = Problems.Thrown(() => analysis.PlanToReach("U9", 0, "A", new WhatIfOptions { MaxRounds = 0, Margin = -1, Fixed = ["Z"] }));

        Problems.AssertHas(e, "unit \"U9\"", "no unit");
        Problems.AssertHas(e, "node \"A\"", "it is an indicator");
        Problems.AssertHas(e, "target rank", "between 1 and the number of ranked units (5)");
        Problems.AssertHas(e, "options.maxRounds", "at least one");
        Problems.AssertHas(e, "options.margin", "0 or more");
        Problems.AssertHas(e, "fixed indicator \"Z\"", "no indicator");
        Problems.AssertSingle(() => analysis.PlanToReach("U1", 6), "target rank", "(5)");
    }

    [Fact]
    public void An_override_without_an_inverse_is_named_and_an_invertible_override_is_used()
    {
        var codes = Framework().Indicators.Select(i => i.Code).ToArray();
        var withBorda = Plain with { Normalisation = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod> { [codes[0]] = NormalisationMethod.Borda }) };
        var withScaled = Plain with { Normalisation = NormalisationMethod.MinMax().WithOverrides(new Dictionary<string, NormalisationMethod> { [codes[0]] = NormalisationMethod.Scaled(10, 5) }) };

        Problems.AssertSingle(() => Analysis(withBorda).PlanToReach("U4", 2), "normalisation", "borda normalisation has no inverse");
        var plan = Analysis(withScaled).PlanToReach("U4", 2);
        Assert.DoesNotContain(plan.Steps, s => double.IsNaN(s.RawAfter));
    }

    [Fact]
    public void A_rank_based_normalisation_has_no_inverse()
    {
        Problems.AssertSingle(() => Analysis(Plain with { Normalisation = NormalisationMethod.Rank }).PlanToReach("U4", 2), "normalisation", "no inverse");
    }

    [Fact]
    public void A_change_to_an_unknown_indicator_or_to_a_non_finite_value_is_an_error()
    {
        var e = Problems.Thrown(() => Analysis().RankAfter("U1", new Dictionary<string, double> { ["Q"] = 1, ["B"] = double.NaN, ["X"] = 2 }));

        Problems.AssertHas(e, "indicator \"Q\"", "no indicator");
        Problems.AssertHas(e, "indicator \"B\"", "not a finite number");
        Problems.AssertHas(e, "indicator \"X\"", "no indicator");
        Problems.AssertSingle(() => Analysis().RankAfter("U1", new Dictionary<string, double>(), "Nope"), "node \"Nope\"", "no node");
    }
}
