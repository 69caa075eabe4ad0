using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// Panel builds: every period through the one pipeline, pooled or per-period normalisation, per-period screening and
/// outlier treatment, latest-earlier-value imputation, and the changes between periods. Numbers worked by hand.
/// </summary>
public sealed class PanelBuilderTests
{
    private const double Tolerance = 1e-12;

    /// <summary>One indicator X under Top, so the index score is X's normalised value.</summary>
    private static IndexFramework OneIndicator(Goalposts? goalposts = null) =>
        Nodes.Flat(Nodes.Indicator("X") with { Goalposts = goalposts });

    private static readonly Methodology Plain = Methodology.Default with { OutlierTreatment = OutlierTreatmentSpec.None };

    private static PanelDataset Panel(IndexFramework framework, string rows) =>
        CoinrCsv.ParsePanelData("uCode,Time,X\n" + rows, framework);

    private static double[] Index(IndexResult result) => result.Scores.Column(Nodes.Top).ToArray();

    /// <summary>
    /// X in 2020: A 0, B 10, C 20; in 2021: A 10, B 20, C 40.
    /// Per period: 2020 → 0, 50, 100; 2021 → 0, 33.33…, 100.
    /// Pooled (min 0, max 40 over both years): 2020 → 0, 25, 50; 2021 → 25, 50, 100.
    /// </summary>
    private const string TwoYears = "A,2020,0\nB,2020,10\nC,2020,20\nA,2021,10\nB,2021,20\nC,2021,40\n";

    [Fact]
    public void Per_period_normalisation_scales_each_period_on_its_own()
    {
        var result = PanelBuilder.Build(OneIndicator(), Panel(OneIndicator(), TwoYears), Plain);

        Assert.Equal([2020, 2021], result.Periods);
        Assert.Equal([0.0, 50, 100], Index(result[2020]), new ToleranceComparer(Tolerance));
        Assert.Equal([0.0, 100.0 / 3, 100], Index(result[2021]), new ToleranceComparer(Tolerance));
    }

    [Fact]
    public void Pooled_normalisation_takes_min_and_max_over_all_periods()
    {
        var pooled = Plain with { Normalisation = NormalisationMethod.MinMax(0, 100) with { Pooled = true } };

        var result = PanelBuilder.Build(OneIndicator(), Panel(OneIndicator(), TwoYears), pooled);

        Assert.Equal([0.0, 25, 50], Index(result[2020]), new ToleranceComparer(Tolerance));
        Assert.Equal([25.0, 50, 100], Index(result[2021]), new ToleranceComparer(Tolerance));
    }

    [Fact]
    public void Pooled_ranks_count_over_all_periods()
    {
        // Pooled ascending ranks ("min") of 0, 10, 20, 10, 20, 40: 1, 2, 4, 2, 4, 6.
        var pooled = Plain with { Normalisation = NormalisationMethod.Rank with { Pooled = true } };

        var result = PanelBuilder.Build(OneIndicator(), Panel(OneIndicator(), TwoYears), pooled);

        Assert.Equal([1.0, 2, 4], Index(result[2020]));
        Assert.Equal([2.0, 4, 6], Index(result[2021]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_identical_periods_give_identical_scores_and_ranks(bool pooled)
    {
        var data = TinyIndex.Dataset();
        var framework = TinyIndex.Framework();
        var panel = PanelDataset.Create([new(2023, data), new(2024, data)]);
        var methodology = Methodology.Default with { Normalisation = NormalisationMethod.MinMax(0, 100) with { Pooled = pooled } };

        var result = PanelBuilder.Build(framework, panel, methodology);
        var single = IndexBuilder.Build(framework, data, methodology);

        foreach (var node in framework.Nodes.Select(n => n.Code))
        {
            Assert.Equal(result[2023].Scores.Column(node).ToArray(), result[2024].Scores.Column(node).ToArray());
            Assert.Equal(single.Scores.Column(node).ToArray(), result[2024].Scores.Column(node).ToArray());
            Assert.Equal(single.Ranks.Column(node).ToArray(), result[2024].Ranks.Column(node).ToArray());
        }

        Assert.All(result.LatestChanges(), c => Assert.Equal(0, c.ScoreDifference));
    }

    [Fact]
    public void Fixed_goalposts_give_scores_that_do_not_move_when_other_units_change()
    {
        // Goalposts 0 and 50: A's 10 → 20 in both panels whatever B and C do; min-max would move it.
        var framework = OneIndicator(new Goalposts(0, 50));
        var goalposts = Plain with { Normalisation = NormalisationMethod.Goalposts(100, truncate: true) };
        var first = Panel(framework, "A,2020,5\nB,2020,10\nC,2020,20\nA,2021,10\nB,2021,20\nC,2021,40\n");
        var others = Panel(framework, "A,2020,5\nB,2020,1\nC,2020,49\nA,2021,10\nB,2021,0\nC,2021,3\n");

        var a = PanelBuilder.Build(framework, first, goalposts);
        var b = PanelBuilder.Build(framework, others, goalposts);
        var minMax = PanelBuilder.Build(framework, others, Plain);

        Assert.Equal(20, a[2021].Scores["A", Nodes.Top], Tolerance);
        Assert.Equal(a[2021].Scores["A", Nodes.Top], b[2021].Scores["A", Nodes.Top]);
        Assert.Equal(a[2020].Scores["A", Nodes.Top], b[2020].Scores["A", Nodes.Top]);
        Assert.NotEqual(PanelBuilder.Build(framework, first, Plain)[2021].Scores["A", Nodes.Top], minMax[2021].Scores["A", Nodes.Top]);
    }

    [Fact]
    public void Latest_earlier_value_imputation_takes_the_latest_year_with_a_value_and_names_it()
    {
        // A: 1 (2020), NA, NA → 1 from 2020 twice. B: 2, 3, NA → 3 from 2021. C: NA in 2020 has no earlier value.
        var framework = OneIndicator();
        var panel = Panel(framework, "A,2020,1\nB,2020,2\nC,2020,NA\nD,2020,9\nA,2021,NA\nB,2021,3\nC,2021,5\nD,2021,8\nA,2022,NA\nB,2022,NA\nC,2022,6\nD,2022,7\n");
        var methodology = Plain with { Imputation = new ImputationSpec(ImputationMethod.LatestEarlierValue) };

        var result = PanelBuilder.Build(framework, panel, methodology);

        Assert.Empty(result[2020].Imputation.Imputed);
        Assert.Equal([("C", "X")], result[2020].Imputation.StillMissing);
        var in2021 = Assert.Single(result[2021].Imputation.Imputed);
        Assert.Equal(("A", 1.0, (int?)2020), (in2021.Unit, in2021.Value, in2021.SourcePeriod));
        var in2022 = result[2022].Imputation.Imputed.OrderBy(v => v.Unit, StringComparer.Ordinal).ToList();
        Assert.Equal([("A", 1.0, (int?)2020), ("B", 3.0, (int?)2021)], in2022.Select(v => (v.Unit, v.Value, v.SourcePeriod)));
        Assert.Equal(1, result[2022].Imputed["A", "X"]);
    }

    [Fact]
    public void Latest_earlier_value_imputation_on_a_single_dataset_leaves_the_value_missing()
    {
        var framework = OneIndicator();
        var data = Panel(framework, "A,2020,1\nB,2020,NA\nC,2020,3\n").Latest;

        var result = IndexBuilder.Build(framework, data, Plain with { Imputation = new ImputationSpec(ImputationMethod.LatestEarlierValue) });

        Assert.Empty(result.Imputation.Imputed);
        Assert.Equal([("B", "X")], result.Imputation.StillMissing);
    }

    [Fact]
    public void Screening_works_per_period()
    {
        // B lacks Y in 2020 only: availability 1/2 < 0.9 drops it in 2020, and it is ranked in 2021.
        var framework = Nodes.Flat(Nodes.Indicator("X"), Nodes.Indicator("Y"));
        var panel = CoinrCsv.ParsePanelData("uCode,Time,X,Y\nA,2020,1,1\nB,2020,2,NA\nC,2020,3,3\nA,2021,1,1\nB,2021,2,2\nC,2021,3,3\n", framework);

        var result = PanelBuilder.Build(framework, panel, Plain with { Screening = new ScreeningSpec(0.9) });

        Assert.Equal(["B"], result[2020].Screening.Dropped);
        Assert.Empty(result[2021].Screening.Dropped);
        Assert.Equal(["A", "C"], result[2020].Units.Select(u => u.Code));
        var b = result.Changes(2020, 2021, Nodes.Top).Single(c => c.Unit.Code == "B");
        Assert.True(double.IsNaN(b.ScoreB));
        Assert.Equal(50, b.ScoreA, Tolerance);
    }

    [Fact]
    public void Outlier_treatment_works_per_period()
    {
        // 2020: 1…9 and 100 (skew ≈ 3.1, kurtosis ≈ 9.8): winsorised. 2021: 1…10, symmetric: untreated.
        var framework = OneIndicator();
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i => $"U{i},2020,{(i == 10 ? 100 : i)}\nU{i},2021,{i}\n"));
        var panel = Panel(framework, rows);

        var result = PanelBuilder.Build(framework, panel, Methodology.Default);

        Assert.NotEqual(FinalTreatment.None, result[2020].Outliers["X"].Treatment);
        Assert.Equal(FinalTreatment.None, result[2021].Outliers["X"].Treatment);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), result[2021].Treated.Column("X").ToArray());
    }

    [Fact]
    public void Changes_give_the_score_and_rank_moves_from_one_period_to_the_next()
    {
        // Per period: 2020 A 0 (rank 3), B 50 (2), C 100 (1); 2021 A 0, B 33.33…, C 100; then
        // swap A and B in 2021 so that A rises from 3rd to 2nd.
        var framework = OneIndicator();
        var panel = Panel(framework, "A,2020,0\nB,2020,10\nC,2020,20\nA,2021,20\nB,2021,10\nC,2021,40\n");

        var changes = PanelBuilder.Build(framework, panel, Plain).Changes(2020, 2021, Nodes.Top);

        var a = changes.Single(c => c.Unit.Code == "A");
        Assert.Equal(100.0 / 3, a.ScoreA, Tolerance);
        Assert.Equal((0.0, 2.0, 3.0), (a.ScoreB, a.RankA, a.RankB));
        Assert.Equal(-1, a.RankDifference);
        Assert.Equal(100.0 / 3, a.ScoreDifference, Tolerance);
    }

    [Fact]
    public void A_failing_period_is_named_in_the_problem()
    {
        // X is constant in 2021, so min-max is undefined there only.
        var framework = OneIndicator();
        var panel = Panel(framework, "A,2020,0\nB,2020,10\nA,2021,5\nB,2021,5\n");

        var error = Problems.Thrown(() => PanelBuilder.Build(framework, panel, Plain));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("period 2021: indicator \"X\"", problem.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_pooled_normalisation_names_the_pooled_periods()
    {
        var framework = OneIndicator();
        var panel = Panel(framework, "A,2020,5\nB,2020,5\nA,2021,5\nB,2021,5\n");
        var pooled = Plain with { Normalisation = NormalisationMethod.MinMax() with { Pooled = true } };

        var error = Problems.Thrown(() => PanelBuilder.Build(framework, panel, pooled));

        Assert.StartsWith("periods 2020–2021 pooled: indicator \"X\"", Assert.Single(error.Problems).Location, StringComparison.Ordinal);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
