using Nq52Metrics.Data;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>The main job: the PII of all 63 provinces with input, output, efficiency, region rank and published differences marked.</summary>
public sealed class PiiReportTests
{
    private static readonly PiiReport Sample = PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset());

    [Fact]
    public void The_sample_report_ranks_all_63_provinces_and_says_it_is_sample_data()
    {
        Assert.True(Sample.IsSample);
        Assert.Equal(63, Sample.Rows.Length);
        Assert.Equal(PiiSample.CalibrationEdition, Sample.ComparedEdition);
        Assert.Equal(UnitList.Provinces63, Sample.UnitList);
        Assert.Empty(Sample.UnmatchedUnits);
        Assert.Equal(Enumerable.Range(1, 63).Select(r => (double)r), Sample.Rows.Select(r => r.Rank));
    }

    [Fact]
    public void Every_row_carries_input_output_efficiency_region_rank_and_the_published_figure()
    {
        foreach (var row in Sample.Rows)
        {
            Assert.Equal(row.Output / row.Input, row.Efficiency, 12);
            Assert.Equal((row.Input + row.Output) / 2, row.Score, 9);
            Assert.Equal(PublicationRounding.Pii(PublicationRounding.ToDecimal(row.Input), PublicationRounding.ToDecimal(row.Output)), row.RoundedScore);
            Assert.NotNull(row.Region);
            Assert.InRange(row.RegionRank, 1, 14);
            Assert.NotNull(row.Matched);
        }
    }

    [Fact]
    public void Region_ranks_and_summaries_agree_with_the_national_order()
    {
        Assert.Equal(6, Sample.Regions.Length);
        foreach (var region in Sample.Regions)
        {
            var rows = Sample.Rows.Where(r => r.Region == region.Group).ToList();
            Assert.Equal(Enumerable.Range(1, rows.Count).Select(r => (double)r), rows.Select(r => r.RegionRank));
            Assert.Equal(rows[0].Unit.Code, region.Leaders.Single());
            Assert.Equal(rows.Average(r => r.Score), region.MeanScore, 9);
        }
    }

    [Fact]
    public void Published_figures_are_compared_and_differences_are_marked()
    {
        var haNoi = Sample.Rows.Single(r => r.Unit.Code == "ha-noi");
        var lamDong = Sample.Rows.Single(r => r.Unit.Code == "lam-dong");
        var tienGiang = Sample.Rows.Single(r => r.Unit.Code == "tien-giang");

        Assert.Equal(62.86m, haNoi.Comparison.Scores.Single().Value);
        Assert.Equal(haNoi.RoundedScore == 62.86m ? ComparisonStatus.Matches : ComparisonStatus.Differs, haNoi.Comparison.Score);
        Assert.Equal(haNoi.Rank == 1 ? ComparisonStatus.Matches : ComparisonStatus.Differs, haNoi.Comparison.Rank);
        Assert.Equal([16m, 15m], lamDong.Comparison.Ranks.Select(f => f.Value));
        Assert.Equal(lamDong.Rank is 15 or 16 ? ComparisonStatus.Matches : ComparisonStatus.Differs, lamDong.Comparison.Rank);
        Assert.False(tienGiang.Comparison.HasPublished);
        Assert.Equal(ComparisonStatus.NotPublished, tienGiang.Comparison.Score);
        Assert.Equal(Sample.Rows.Count(r => r.Comparison.Differs), Sample.DifferenceCount);
        Assert.True(Sample.DifferenceCount > 0);
    }

    [Fact]
    public void Real_data_without_regions_get_them_from_the_seeds_and_compare_with_the_latest_edition()
    {
        var sample = PiiSample.Dataset();
        var units = sample.Units.Select(u => new Unit(VietnamSeeds.Embedded.Unit(u.Code, UnitList.Provinces63).Code, u.Name)).ToList();
        var data = Dataset.Create(UnitTable.FromRows(units, sample.Indicators.Columns, PiiSampleTests.Rows(sample)));

        var report = PiiReport.Build(PiiSample.Framework(), data);

        Assert.False(report.IsSample);
        Assert.Equal(2024, report.ComparedEdition);
        Assert.Equal("thai-nguyen", report.Rows.Single(r => r.Unit.Code == "19").Matched!.Key);
        Assert.Equal("NMM", report.Rows.Single(r => r.Unit.Code == "19").Region);
        Assert.Equal(Sample.Rows.Select(r => r.Score), report.Rows.Select(r => r.Score));
    }

    [Fact]
    public void Unmatched_units_are_listed_and_get_no_comparison()
    {
        var sample = PiiSample.Dataset();
        var units = sample.Units.Select((u, i) => i == 0 ? new Unit("XX", "Atlantis") : u).ToList();
        var data = Dataset.Create(UnitTable.FromRows(units, sample.Indicators.Columns, PiiSampleTests.Rows(sample)));

        var report = PiiReport.Build(PiiSample.Framework(), data);

        Assert.Equal(["XX"], report.UnmatchedUnits);
        var row = report.Rows.Single(r => r.Unit.Code == "XX");
        Assert.Null(row.Matched);
        Assert.Null(row.Region);
        Assert.True(double.IsNaN(row.RegionRank));
        Assert.False(row.Comparison.HasPublished);
    }

    [Fact]
    public void An_edition_of_another_unit_list_an_unknown_edition_or_a_non_PII_framework_is_an_error()
    {
        Problems.AssertSingle(() => PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset(), new PiiReportOptions { CompareWithEdition = 2025 }), "edition", "34 units");
        Problems.AssertSingle(() => PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset(), new PiiReportOptions { CompareWithEdition = 2019 }), "edition", "no published PII edition 2019");
        Assert.Throws<Nq52ValidationException>(() => PiiReport.Build(TinyIndex.Framework(), TinyIndex.Dataset()));
    }

    [Fact]
    public void Data_on_the_34_units_compare_with_PII_2025()
    {
        var merged = MergerAggregation.Data(PiiSample.Dataset());

        var report = PiiReport.Build(PiiSample.Framework(), merged);

        Assert.Equal(UnitList.Units34, report.UnitList);
        Assert.Equal(34, report.Rows.Length);
        Assert.True(report.IsSample);
        Assert.Equal(2025, report.ComparedEdition);
        Assert.Equal(65.68m, report.Rows.Single(r => r.Unit.Code == "ha-noi").Comparison.Scores.Single().Value);
    }
}
