using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>Panel data in files: iData's Time column, its errors, the period column of the tidy CSV, normalise.pooled.</summary>
public sealed class PanelFilesTests
{
    private static readonly IndexFramework Framework = Nodes.Flat(Nodes.Indicator("X"));

    private const string TwoYears = "uCode,uName,Time,X\nA,Alpha,2021,10\nB,Beta,2021,20\nA,Alpha,2020,0\nB,Beta,2020,10\n";

    [Fact]
    public void The_time_column_splits_the_rows_into_periods_in_ascending_order()
    {
        var panel = CoinrCsv.ParsePanelData(TwoYears, Framework);

        Assert.Equal([2020, 2021], panel.Periods);
        Assert.Equal(0, panel[2020].Indicators["A", "X"]);
        Assert.Equal(20, panel[2021].Indicators["B", "X"]);
        Assert.Equal("Alpha", panel.Latest.Units[0].Name);
    }

    [Fact]
    public void A_file_without_a_time_column_is_one_period()
    {
        var panel = CoinrCsv.ParsePanelData("uCode,X\nA,1\nB,2\n", Framework);

        Assert.Equal([0], panel.Periods);
        Assert.Equal(2, panel.Latest.Units.Length);
    }

    [Fact]
    public void Reading_several_periods_as_one_dataset_is_an_error_that_points_to_the_panel_reader()
    {
        Problems.AssertSingle(() => CoinrCsv.ParseData(TwoYears, Framework), "iData column \"Time\"", "holds 2 periods (2020, 2021); read it as panel data");
    }

    [Fact]
    public void A_single_time_value_reads_as_one_dataset_as_before()
    {
        var data = CoinrCsv.ParseData("uCode,Time,X\nA,2018,1\nB,2018,2\n", Framework);

        Assert.Equal(2, data.Units.Length);
    }

    [Theory]
    [InlineData("2020.5", "\"2020.5\" is not a whole number")]
    [InlineData("twenty", "\"twenty\" is not a whole number")]
    [InlineData("NA", "the period is empty")]
    [InlineData("", "the period is empty")]
    public void A_time_value_that_is_not_a_whole_number_is_located(string time, string message)
    {
        var text = $"uCode,Time,X\nA,2020,1\nB,{time},2\n";

        Problems.AssertSingle(() => CoinrCsv.ParsePanelData(text, Framework), "iData line 3, column \"Time\"", message);
    }

    [Fact]
    public void A_unit_repeated_within_a_period_is_located()
    {
        var text = "uCode,Time,X\nA,2020,1\nB,2020,2\nA,2021,3\nB,2021,4\nA,2021,5\n";

        Problems.AssertSingle(() => CoinrCsv.ParsePanelData(text, Framework), "iData line 6, column \"uCode\"", "unit \"A\" already appears with the same Time 2021 on line 4");
    }

    [Fact]
    public void A_period_missing_a_unit_is_named_with_the_unit()
    {
        var text = "uCode,Time,X\nA,2020,1\nB,2020,2\nA,2021,3\n";

        Problems.AssertSingle(() => CoinrCsv.ParsePanelData(text, Framework), "iData: period 2021, unit \"B\"", "in period 2020 but not in this period");
    }

    [Fact]
    public void A_unit_new_in_a_later_period_is_named_too()
    {
        var text = "uCode,Time,X\nA,2020,1\nA,2021,3\nC,2021,4\n";

        Problems.AssertSingle(() => CoinrCsv.ParsePanelData(text, Framework), "iData: period 2021, unit \"C\"", "in this period but not in period 2020");
    }

    [Fact]
    public void An_empty_panel_and_a_repeated_period_are_errors()
    {
        var data = CoinrCsv.ParseData("uCode,X\nA,1\nB,2\n", Framework);

        Problems.AssertSingle(() => PanelDataset.Create([]), "panel", "it has no periods");
        Problems.AssertSingle(() => PanelDataset.Create([new(2020, data), new(2020, data)]), "period 2020", "appears more than once");
    }

    [Fact]
    public void A_period_with_other_columns_is_an_error()
    {
        var other = Nodes.Flat(Nodes.Indicator("X"), Nodes.Indicator("Y"));
        var x = CoinrCsv.ParseData("uCode,X\nA,1\nB,2\n", Framework);
        var xy = CoinrCsv.ParseData("uCode,X,Y\nA,1,1\nB,2,2\n", other);

        Problems.AssertSingle(() => PanelDataset.Create([new(2020, x), new(2021, xy)]), "period 2021", "its columns differ from those of period 2020");
    }

    [Fact]
    public void The_tidy_csv_of_a_panel_has_a_leading_period_column_period_by_period()
    {
        var result = PanelBuilder.Build(Framework, CoinrCsv.ParsePanelData(TwoYears, Framework));
        using var writer = new StringWriter();

        ResultWriter.WriteCsv(result, writer);

        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("period,unit,node,level,score,rank", lines[0]);
        Assert.Equal(
            ["2020,A,X,1,0,2", "2020,A,Top,2,0,2", "2020,B,X,1,100,1", "2020,B,Top,2,100,1", "2021,A,X,1,0,2", "2021,A,Top,2,0,2", "2021,B,X,1,100,1", "2021,B,Top,2,100,1"],
            lines[1..]);
    }

    [Fact]
    public void The_tidy_csv_of_a_one_period_panel_is_the_single_result_file()
    {
        var panel = CoinrCsv.ParsePanelData("uCode,Time,X\nA,2018,1\nB,2018,2\n", Framework);
        using var fromPanel = new StringWriter();
        using var single = new StringWriter();

        ResultWriter.WriteCsv(PanelBuilder.Build(Framework, panel), fromPanel);
        ResultWriter.WriteCsv(IndexBuilder.Build(Framework, panel.Latest), single);

        Assert.Equal(single.ToString(), fromPanel.ToString());
        Assert.StartsWith("unit,node", fromPanel.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_of_a_panel_lists_each_period_s_units_with_the_period()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("panel.json");

        ResultWriter.WriteJson(PanelBuilder.Build(Framework, CoinrCsv.ParsePanelData(TwoYears, Framework)), path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal([(2020, "A"), (2020, "B"), (2021, "A"), (2021, "B")], units.Select(u => (u.GetProperty("period").GetInt32(), u.GetProperty("code").GetString()!)));
        Assert.Equal(100, units[3].GetProperty("scores").GetProperty("Top").GetDouble());
    }

    [Fact]
    public void Normalise_pooled_reads_and_writes_with_the_method_file()
    {
        var methodology = MethodologyJson.Parse("""{"normalise": {"method": "zScore", "pooled": true}, "impute": {"method": "latestEarlier"}}""");

        Assert.True(methodology.Normalisation.Pooled);
        Assert.Equal(NormalisationMethod.ZScore() with { Pooled = true }, methodology.Normalisation);
        Assert.Equal(ImputationMethod.LatestEarlierValue, methodology.Imputation.Method);
        Assert.Equal(methodology, MethodologyJson.Parse(MethodologyJson.Serialize(methodology)));
        Assert.DoesNotContain("pooled", MethodologyJson.Serialize(Methodology.Default), StringComparison.Ordinal);
        Assert.False(MethodologyJson.Parse("""{"normalise": {"method": "rank"}}""").Normalisation.Pooled);
    }

    [Fact]
    public void Normalise_pooled_must_be_a_boolean()
    {
        var error = Problems.Thrown(() => MethodologyJson.Parse("""{"normalise": {"pooled": "yes"}}"""));

        Assert.Contains(error.Problems, p => p.ToString().Contains("normalise.pooled", StringComparison.Ordinal));
    }
}
