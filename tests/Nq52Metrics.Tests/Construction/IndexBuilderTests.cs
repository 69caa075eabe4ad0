using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>The whole pipeline on the tiny index, worked by hand, plus presets and pipeline-level errors.</summary>
public sealed class IndexBuilderTests
{
    private const double Tolerance = 1e-9;

    /// <summary>Denominate, no imputation, no screening, no outlier treatment, min-max 0–100, arithmetic means.</summary>
    private static readonly Methodology Plain = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    [Fact]
    public void The_tiny_index_matches_a_hand_computation()
    {
        // Normalised: I1 0 25 50 75 100; I2 0 25 75 50 100; I3 (−1) 0 25 50 75 100; I4/Pop = 10 15 20 10 10 → 0 50 100 0 0.
        // P1 = (I1 + 2·I2)/3, P2 = (I3 + I4)/2, Index = (P1 + P2)/2.
        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), Plain);

        Assert.Equal([0.0, 25, 200.0 / 3, 175.0 / 3, 100], Build.ColumnOf(result.Scores, "P1"), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal([0.0, 37.5, 75, 37.5, 50], Build.ColumnOf(result.Scores, "P2"), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal([0.0, 31.25, 425.0 / 6, 287.5 / 6, 75], Build.ColumnOf(result.Scores, "Index"), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal([5.0, 4, 2, 3, 1], Build.ColumnOf(result.Ranks, "Index"));
        Assert.Equal([3.0, 2, 1, 3, 3], Build.ColumnOf(result.Ranks, "I4"));
        Assert.Equal("Index", result.IndexCode);
    }

    [Fact]
    public void Every_intermediate_table_is_kept()
    {
        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), Plain);

        Assert.Equal([100.0, 300, 200, 500, 400], Build.ColumnOf(result.Raw, "I4"));
        Assert.Equal([10.0, 15, 20, 10, 10], Build.ColumnOf(result.Denominated, "I4"));
        Assert.Equal(Build.ColumnOf(result.Denominated, "I4"), Build.ColumnOf(result.Imputed, "I4"));
        Assert.Equal(Build.ColumnOf(result.Imputed, "I4"), Build.ColumnOf(result.Treated, "I4"));
        Assert.Equal([0.0, 50, 100, 0, 0], Build.ColumnOf(result.Normalised, "I4"));
        Assert.Equal(Build.ColumnOf(result.Normalised, "I3"), Build.ColumnOf(result.Scores, "I3"));
        Assert.Same(Plain, result.Methodology);
        Assert.Equal(4, result.Outliers.Indicators.Length);
        Assert.Equal(5, result.Screening.Units.Length);
    }

    [Fact]
    public void Screened_out_units_are_in_the_raw_tables_but_not_in_the_scores()
    {
        var values = TinyIndex.Values();
        values[1][0] = double.NaN;
        values[1][1] = double.NaN;
        var methodology = Plain with { Screening = new ScreeningSpec(0.75) };

        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), methodology);

        Assert.Equal(["U1", "U3", "U4", "U5"], result.Units.Select(u => u.Code));
        Assert.Equal(5, result.Raw.UnitCount);
        Assert.Equal(5, result.Imputed.UnitCount);
        Assert.Equal(4, result.Screened.UnitCount);
        Assert.Equal(["U2"], result.Screening.Dropped);
    }

    [Fact]
    public void Imputation_feeds_the_later_steps()
    {
        var values = TinyIndex.Values();
        values[0][0] = double.NaN;
        var methodology = Plain with { Imputation = new ImputationSpec(ImputationMethod.GroupMean(TinyIndex.GroupColumn)) };

        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), methodology);

        // U1 is in "North" with U2 (20) and U3 (30).
        Assert.Equal(25.0, result.Imputed["U1", "I1"]);
        Assert.Equal([new ImputedValue("U1", "I1", 25)], result.Imputation.Imputed);
        Assert.Equal(1.0 / 6 * 100, result.Normalised["U1", "I1"], Tolerance);
    }

    [Fact]
    public void The_tie_rule_of_the_methodology_is_used()
    {
        // I4/Pop = 20, 15, 20, 10, 10: competition 1, 3, 1, 4, 4; dense 1, 2, 1, 3, 3.
        var data = TinyIndex.Dataset(population: [5, 20, 10, 50, 40]);

        var competition = IndexBuilder.Build(TinyIndex.Framework(), data, Plain);
        var dense = IndexBuilder.Build(TinyIndex.Framework(), data, Plain with { Ranking = TieMethod.Dense });

        Assert.Equal([1.0, 3, 1, 4, 4], Build.ColumnOf(competition.Ranks, "I4"));
        Assert.Equal([1.0, 2, 1, 3, 3], Build.ColumnOf(dense.Ranks, "I4"));
    }

    [Fact]
    public void Building_twice_gives_the_same_result()
    {
        var framework = TinyIndex.Framework();
        var data = TinyIndex.Dataset();

        var first = IndexBuilder.Build(framework, data, Plain);
        var second = IndexBuilder.Build(framework, data, Plain);

        Assert.Equal(Build.ColumnOf(first.Scores, "Index"), Build.ColumnOf(second.Scores, "Index"));
    }

    [Fact]
    public void The_default_methodology_is_the_general_default()
    {
        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset());

        Assert.Same(Methodology.Default, result.Methodology);
    }

    [Fact]
    public void The_presets_hold_their_documented_settings()
    {
        var coinr = Methodology.CoinrAsemExample;
        Assert.Equal(new ImputationSpec(ImputationMethod.GroupMean("EurAsia_group")), coinr.Imputation);
        Assert.Equal(0.9, coinr.Screening.MinDataAvailability);
        Assert.Same(OutlierTreatmentSpec.Coinr, coinr.OutlierTreatment);
        Assert.Equal(NormalisationMethod.MinMax(0, 100), coinr.Normalisation);
        Assert.Equal(AggregationMethod.Arithmetic, coinr.Aggregation.Method);
        Assert.Equal(TieMethod.Competition, coinr.Ranking);
        Assert.Equal(DenominationSpec.ByFramework, coinr.Denomination);

        var gii = Methodology.Gii;
        Assert.Equal(ImputationSpec.None, gii.Imputation);
        Assert.Equal(2.25, gii.OutlierTreatment.SkewThreshold);
        Assert.True(gii.OutlierTreatment.Strict);
        Assert.Equal(LogTransform.Gii, gii.OutlierTreatment.Log);
        Assert.Equal(5, gii.OutlierTreatment.MaxWinsorised);
        Assert.Equal(3.5, gii.OutlierTreatment.KurtosisThreshold);
    }

    [Fact]
    public void An_unknown_tie_method_is_rejected() =>
        Problems.AssertSingle(
            () => IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), Plain with { Ranking = (TieMethod)99 }),
            "ranking.ties",
            "unknown tie method 99");

    [Fact]
    public void Data_that_do_not_fit_are_rejected_before_anything_runs()
    {
        var data = Dataset.Create(Build.Table(["I1", "I2", "Extra"], [1, 2, 3]));

        var exception = Problems.Thrown(() => IndexBuilder.Build(TinyIndex.Framework(), data, Plain));

        Problems.AssertHas(exception, "indicator \"I3\"", "no column");
        Problems.AssertHas(exception, "indicator \"I4\"", "no column");
        Problems.AssertHas(exception, "column \"Extra\"", "no indicator with this code");
    }

    [Fact]
    public void A_step_error_surfaces_from_the_build_with_its_location()
    {
        var methodology = Plain with { Aggregation = new AggregationSpec(AggregationMethod.Geometric) };

        // Min-max 0–100 gives the worst unit a 0, which a geometric mean cannot take.
        Problems.AssertSingle(
            () => IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), methodology),
            "unit \"U1\", node \"I1\"",
            "geometric mean for \"P1\"");

        var fixedRange = methodology with { Normalisation = NormalisationMethod.MinMax(1, 100) };
        Assert.True(double.IsFinite(IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), fixedRange).Scores["U1", "Index"]));
    }

    [Fact]
    public void A_framework_of_one_indicator_is_ranked_by_it()
    {
        var framework = IndexFramework.Create([new FrameworkNode { Code = "A", Level = 1 }]);
        var data = Dataset.Create(Build.Table(["A"], [1], [3], [2]));

        var result = IndexBuilder.Build(framework, data, Plain);

        Assert.Equal("A", result.IndexCode);
        Assert.Equal(["U2", "U3", "U1"], result.Ranking().Select(r => r.Unit.Code));
        Assert.Equal(["A"], result.Scores.Columns);
    }

    [Fact]
    public void TryBuild_returns_every_problem_instead_of_throwing()
    {
        var values = TinyIndex.Values();
        values[1][0] = 0;
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("I1", "P1", 1) with { Transform = IndicatorTransform.Log },
            Nodes.Indicator("I2", "P1", 2),
            Nodes.Indicator("I3", "P2", 1, Direction.Negative),
            Nodes.Indicator("I4", "P2", 1) with { Denominator = TinyIndex.DenominatorColumn },
            Nodes.Aggregate("P1", 2, "Index"),
            Nodes.Aggregate("P2", 2, "Index"),
            Nodes.Aggregate("Index", 3, null),
        ],
        [TinyIndex.GroupColumn],
        [TinyIndex.DenominatorColumn]);

        var failed = IndexBuilder.TryBuild(framework, TinyIndex.Dataset(values), Plain with { Ranking = new RankingSpec(decimals: 2) }, out var none, out var problems);
        var built = IndexBuilder.TryBuild(TinyIndex.Framework(), TinyIndex.Dataset(), null, out var result, out var noProblems);

        Assert.False(failed);
        Assert.Null(none);
        Assert.Contains(problems, p => p.Location == "unit \"U2\", indicator \"I1\"");
        Assert.True(built);
        Assert.NotNull(result);
        Assert.Empty(noProblems);
    }
}
