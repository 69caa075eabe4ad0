using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// COINr's iMeta, iData and weights CSV: what is read (NA and empty cells as missing, round-trip exact numbers, group
/// columns) and every problem reported with its file, line and column — all problems of a file together.
/// </summary>
public sealed class CoinrCsvTests
{
    private static readonly Nq52Metrics.Frameworks.IndexFramework Framework = CoinrCsv.ParseMeta(SampleIndex.MetaCsvText, "iMeta.csv");

    private static Nq52ValidationException DataProblems(string text) =>
        Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseData(text, Framework, "iData.csv"));

    private static Nq52ValidationException MetaProblems(string text) =>
        Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseMeta(text, "iMeta.csv"));

    [Fact]
    public void The_meta_table_becomes_the_framework_with_groups()
    {
        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "P1", "P2", "Index"], Framework.Nodes.Select(n => n.Code));
        Assert.Equal(2.0, Framework["A2"].Weight);
        Assert.Equal(Nq52Metrics.Frameworks.Direction.Negative, Framework["B2"].Direction);
        Assert.Equal(["Zone"], Framework.GroupColumns);
        Assert.Equal(3, Framework.MaxLevel);
    }

    [Fact]
    public void Missing_cells_are_NaN_and_numbers_round_trip_exactly()
    {
        var text = SampleIndex.DataCsvText
            .Replace("U1,Unit one,East,10,", "U1,Unit one,East,NA,", StringComparison.Ordinal)
            .Replace("U2,Unit two,East,14,", "U2,Unit two,East,,", StringComparison.Ordinal)
            .Replace("U3,Unit three,West,7,", "U3,Unit three,West,5.0999999999999996,", StringComparison.Ordinal)
            .Replace("U4,Unit four,West,21,", "U4,Unit four,West,5.1000000000000005,", StringComparison.Ordinal);

        var data = CoinrCsv.ParseData(text, Framework);

        Assert.True(double.IsNaN(data.Indicators["U1", "A1"]));
        Assert.True(double.IsNaN(data.Indicators["U2", "A1"]));
        Assert.Equal(5.0999999999999996, data.Indicators["U3", "A1"]);
        Assert.Equal(5.1000000000000005, data.Indicators["U4", "A1"]);
        Assert.NotEqual(data.Indicators["U3", "A1"], data.Indicators["U4", "A1"]);
        Assert.Equal("West", data.Units[2].GroupOf("Zone"));
        Assert.Equal("Unit three", data.Units[2].Name);
    }

    [Fact]
    public void Header_and_cell_problems_of_a_data_file_are_reported_together()
    {
        var lines = SampleIndex.DataCsvText.Replace("U3,Unit three,West,7,", "U3,Unit three,West,seven,", StringComparison.Ordinal).Split('\n');
        var text = string.Join('\n', lines.Select((line, i) => line + (i == 0 ? ",Extra" : ",1")));

        var e = DataProblems(text);

        Assert.Contains(e.Problems, p => p.Location == "iData.csv column \"Extra\"" && p.Message.Contains("no indicator, group or denominator", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location == "iData.csv line 4, column \"A1\"" && p.Message.Contains("\"seven\" is not a number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("U2,Unit two,East,14,", "U2,Unit two,East,Inf,", "iData.csv line 3, column \"A1\"", "is infinite")]
    [InlineData("U2,Unit two,East,14,", "U2,Unit two,East,1e999,", "iData.csv line 3, column \"A1\"", "is infinite")]
    [InlineData("U2,Unit two,East,14,", "U1,Unit two,East,14,", "iData.csv line 3, column \"uCode\"", "already appears on line 2")]
    [InlineData("U2,Unit two,East,14,", ",Unit two,East,14,", "iData.csv line 3, column \"uCode\"", "the unit code is empty")]
    [InlineData("uCode,uName,Zone,A1,A2,A3,B1,B2", "uCode,uName,Zone,A1,A2,A3,B1,P1", "iData.csv column \"P1\"", "aggregates are computed, not read")]
    public void Each_data_problem_names_its_place(string find, string replace, string location, string message)
    {
        var e = DataProblems(SampleIndex.DataCsvText.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location == location && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_framework_indicator_without_a_column_is_reported()
    {
        var text = string.Join('\n', SampleIndex.DataCsvText.Split('\n').Select(l => l[..l.LastIndexOf(',')]));

        var e = DataProblems(text);

        Assert.Contains(e.Problems, p => p.Location == "iData.csv" && p.Message.Contains("indicator \"B2\" of the framework has no column", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_file_without_units_or_without_uCode_is_reported()
    {
        Assert.Contains(DataProblems("uCode,uName,Zone,A1,A2,A3,B1,B2").Problems, p => p.Message.Contains("no units", StringComparison.Ordinal));
        Assert.Contains(
            DataProblems(SampleIndex.DataCsvText.Replace("uCode,", "unit,", StringComparison.Ordinal)).Problems,
            p => p.Message.Contains("required column \"uCode\" is missing", StringComparison.Ordinal));
        Assert.Contains(DataProblems("").Problems, p => p.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ragged_row_is_reported_with_its_line()
    {
        var e = DataProblems(SampleIndex.DataCsvText.Replace("U5,Unit five,East,12,1.5,150,0.3,20", "U5,Unit five,East,12,1.5", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location == "iData.csv line 6" && p.Message.Contains("fields where the header has", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1,A1,Alpha one,1,1,P1,Indicator", "1,A1,Alpha one,1,1,P1,Indicatr", "column \"Type\"", "is not one of Indicator")]
    [InlineData("1,A1,Alpha one,1,1,P1,Indicator", "2,A1,Alpha one,1,1,P1,Indicator", "column \"Level\"", "an indicator must be at level 1")]
    [InlineData("1,A1,Alpha one,1,1,P1,Indicator", "1,A1,Alpha one,2,1,P1,Indicator", "column \"Direction\"", "is not +1 or -1")]
    [InlineData("1,A1,Alpha one,1,1,P1,Indicator", "1,A1,Alpha one,1,heavy,P1,Indicator", "column \"Weight\"", "is not a finite number")]
    [InlineData("1,A1,Alpha one,1,1,P1,Indicator", "x,A1,Alpha one,1,1,P1,Indicator", "column \"Level\"", "is not a whole number")]
    public void Each_meta_problem_names_its_line_and_column(string find, string replace, string column, string message)
    {
        var e = MetaProblems(SampleIndex.MetaCsvText.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location == $"iMeta.csv line 2, {column}" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Framework_problems_of_a_meta_file_carry_the_file_name()
    {
        var e = MetaProblems(SampleIndex.MetaCsvText.Replace("1,B1,Beta one,1,1,P2,Indicator", "1,B1,Beta one,1,1,P9,Indicator", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Location == "iMeta.csv: node \"B1\"" && p.Message.Contains("parent \"P9\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meta_file_without_a_required_column_is_reported()
    {
        var e = MetaProblems(SampleIndex.MetaCsvText.Replace(",Type", ",Kind", StringComparison.Ordinal));

        Assert.Contains(e.Problems, p => p.Message.Contains("required column \"Type\" is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_are_read_by_code()
    {
        var weights = CoinrCsv.ParseWeights("iCode,Weight\nP1,2\nA1,0.5");

        Assert.Equal(2.0, weights["P1"]);
        Assert.Equal(0.5, weights["A1"]);
    }

    [Theory]
    [InlineData("iCode,Weight\nP1,-0.5", "weights line 2, column \"Weight\"", "finite number of 0 or more")]
    [InlineData("iCode,Weight\nP1,NaN", "weights line 2, column \"Weight\"", "finite number of 0 or more")]
    [InlineData("iCode,Weight\nP1,Infinity", "weights line 2, column \"Weight\"", "finite number of 0 or more")]
    [InlineData("iCode,Weight\nP1,1\nP1,2", "weights line 3, column \"iCode\"", "more than once")]
    [InlineData("iCode,Weight\n,1", "weights line 2, column \"iCode\"", "empty")]
    [InlineData("iCode,Weight", "weights", "no weights")]
    [InlineData("Code,Weight\nP1,1", "weights line 1", "required column \"iCode\" is missing")]
    public void Each_weights_problem_names_its_place(string text, string location, string message)
    {
        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseWeights(text));

        Assert.Contains(e.Problems, p => p.Location == location && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_reported_by_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nq52-missing-{Guid.NewGuid():N}.csv");

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ReadMeta(path));

        Assert.Equal(path, Assert.Single(e.Problems).Location);
    }
}
