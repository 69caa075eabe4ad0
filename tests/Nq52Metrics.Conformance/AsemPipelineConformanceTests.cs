using Nq52Metrics.Data;

namespace Nq52Metrics.Conformance;

/// <summary>
/// The nominal ASEM build against COINr's output, step by step: every unit × column of every step file is compared
/// (units by code, columns by name; relative tolerance 1e-9, NaN = NaN; ranks identical).
/// </summary>
public sealed class AsemPipelineConformanceTests
{
    private const int IndicatorCells = AsemNominal.UnitCount * AsemNominal.IndicatorCount;

    [Fact]
    public void Raw_data_match_COINr() =>
        AssertStep("01_raw.csv", AsemNominal.Result.Raw, IndicatorCells);

    [Fact]
    public void Denominated_data_match_COINr() =>
        AssertStep("02_denominated.csv", AsemNominal.Result.Denominated, IndicatorCells);

    [Fact]
    public void Imputed_data_match_COINr() =>
        AssertStep("03_imputed.csv", AsemNominal.Result.Imputed, IndicatorCells);

    [Fact]
    public void Screened_data_match_COINr_and_keep_the_same_units()
    {
        var reference = AsemNominal.Pipeline("04_screened.csv");
        var kept = reference.Rows.Select(r => r[reference.ColumnIndex("uCode")]).ToHashSet(StringComparer.Ordinal);
        var expectedDropped = AsemNominal.Data.Units.Select(u => u.Code).Where(c => !kept.Contains(c)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedDropped, AsemNominal.Result.Screening.Dropped.Order(StringComparer.Ordinal));
        AssertStep(reference, AsemNominal.Result.Screened, IndicatorCells);
    }

    [Fact]
    public void Treated_data_match_COINr() =>
        AssertStep("05_treated.csv", AsemNominal.Result.Treated, IndicatorCells);

    [Fact]
    public void Normalised_data_match_COINr() =>
        AssertStep("06_norm_minmax_0_100.csv", AsemNominal.Result.Normalised, IndicatorCells);

    [Fact]
    public void Scores_of_every_node_match_COINr() =>
        AssertStep(
            "07_aggregated_amean_minmax_0_100.csv",
            AsemNominal.Result.Scores,
            AsemNominal.UnitCount * (AsemNominal.IndicatorCount + AsemNominal.AggregateCount));

    [Fact]
    public void Ranks_of_every_aggregate_are_identical_to_COINr()
    {
        var reference = AsemNominal.Pipeline("08_ranks_all_levels_amean.csv");
        var log = StepComparison.Compare(reference, AsemNominal.Result.Ranks, exact: true, referenceColumnsOnly: true);
        Finish(log, AsemNominal.UnitCount * AsemNominal.AggregateCount);
    }

    [Fact]
    public void Headline_top_three_is_CHE_NLD_DNK_with_COINr_scores()
    {
        var reference = AsemNominal.Pipeline("07_aggregated_amean_minmax_0_100.csv");
        var unit = reference.ColumnIndex("uCode");
        var index = reference.ColumnIndex("Index");
        var referenceScores = reference.Rows.ToDictionary(r => r[unit], r => ReferenceCsv.Number(r[index]), StringComparer.Ordinal);
        var top = AsemNominal.Result.Ranking().Take(3).ToList();

        Assert.Equal("Index", AsemNominal.Result.IndexCode);
        Assert.Equal(["CHE", "NLD", "DNK"], top.Select(r => r.Unit.Code));
        Assert.Equal([1.0, 2.0, 3.0], top.Select(r => r.Rank));
        double[] published = [68.3837, 64.8195, 64.8041];
        for (var i = 0; i < top.Count; i++)
        {
            var score = top[i].Score;
            Published.Equal(published[i], 4, score, $"Index score of {top[i].Unit.Code}");
            Assert.True(
                MismatchLog.Agree(referenceScores[top[i].Unit.Code], score),
                $"{top[i].Unit.Code}: COINr Index {referenceScores[top[i].Unit.Code]:R}, ours {score:R}.");
        }
    }

    private static void AssertStep(string fileName, UnitTable actual, int expectedCells) =>
        AssertStep(AsemNominal.Pipeline(fileName), actual, expectedCells);

    private static void AssertStep(ReferenceCsv reference, UnitTable actual, int expectedCells) =>
        Finish(StepComparison.Compare(reference, actual), expectedCells);

    private static void Finish(MismatchLog log, int expectedCells)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(expectedCells, log.Compared);
    }
}
