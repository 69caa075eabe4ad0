using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Serialization;

public sealed class CoinrWorkbookTests
{
    [Fact]
    public void The_sample_as_a_workbook_reads_to_the_same_framework_and_data_as_its_csv_files()
    {
        using var folder = new TempFolder();
        var files = PiiSample.Files();
        var book = WorkbookSheets.Write(folder.PathOf("pii.xlsx"), ("iMeta", WorkbookSheets.FromCsv(files.MetaCsv)), ("iData", WorkbookSheets.FromCsv(files.DataCsv)));

        var framework = CoinrWorkbook.ReadMeta(book);
        Assert.True(CoinrWorkbook.TryReadPanelData(book, framework, out var panel, out var problems), string.Join("; ", problems));
        var data = panel.Latest;

        var expected = PiiSample.Framework();
        Assert.Equal(expected.Nodes, framework.Nodes);
        Assert.Equal(expected.GroupColumns, framework.GroupColumns);
        var expectedData = PiiSample.Dataset();
        Assert.Equal(
            expectedData.Indicators.Units.Select(u => (u.Code, u.Name, string.Join(";", u.Groups.OrderBy(g => g.Key, StringComparer.Ordinal)))),
            data.Indicators.Units.Select(u => (u.Code, u.Name, string.Join(";", u.Groups.OrderBy(g => g.Key, StringComparer.Ordinal)))));
        Assert.Equal(expectedData.Indicators.Columns, data.Indicators.Columns);
        for (var c = 0; c < data.Indicators.ColumnCount; c++)
        {
            Assert.Equal(expectedData.Indicators.Column(c).ToArray(), data.Indicators.Column(c).ToArray());
        }
    }

    [Fact]
    public void A_bad_cell_is_located_by_file_sheet_row_and_column()
    {
        using var folder = new TempFolder();
        var files = PiiSample.Files();
        var data = WorkbookSheets.FromCsv(files.DataCsv, (row, column, _) => row == 7 && column == "gov_dynamism" ? "high" : null);
        var book = WorkbookSheets.Write(folder.PathOf("bad.xlsx"), ("iMeta", WorkbookSheets.FromCsv(files.MetaCsv)), ("iData", data));

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadData(book, CoinrWorkbook.ReadMeta(book)));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("bad.xlsx sheet iData line 7, column \"F (gov_dynamism)\"", problem.Location);
        Assert.Contains("high", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_weight_in_iMeta_is_located_and_every_problem_is_reported()
    {
        using var folder = new TempFolder();
        var files = PiiSample.Files();
        var meta = WorkbookSheets.FromCsv(files.MetaCsv, (row, column, _) => (row, column) is (3, "Weight") or (5, "Direction") ? "heavy" : null);
        var book = WorkbookSheets.Write(folder.PathOf("meta.xlsx"), ("iMeta", meta));

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadMeta(book));

        Assert.Equal(
            ["meta.xlsx sheet iMeta line 3, column \"E (Weight)\"", "meta.xlsx sheet iMeta line 5, column \"D (Direction)\""],
            e.Problems.Select(p => p.Location));
    }

    [Fact]
    public void A_missing_sheet_names_the_sheets_there_are()
    {
        using var folder = new TempFolder();
        var book = WorkbookSheets.Write(folder.PathOf("other.xlsx"), ("Data", WorkbookSheets.FromCsv("a,b\n1,2\n")));

        var problem = Assert.Single(Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadMeta(book)).Problems);

        Assert.Equal("other.xlsx", problem.Location);
        Assert.Contains("no sheet \"iMeta\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"Data\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_or_does_not_exist_is_a_problem()
    {
        using var folder = new TempFolder();
        var text = folder.Write("text.xlsx", "uCode,uName\nA,B\n");

        Assert.Equal("text.xlsx", Assert.Single(Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadMeta(text)).Problems).Location);
        var missing = folder.PathOf("missing.xlsx");
        Assert.Equal(missing, Assert.Single(Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadMeta(missing)).Problems).Location);
    }

    [Fact]
    public void An_empty_row_keeps_the_row_numbers_of_the_rows_below_it()
    {
        using var folder = new TempFolder();
        var files = PiiSample.Files();
        var data = WorkbookSheets.FromCsv(files.DataCsv, (row, column, _) => row == 9 && column == "legal_env" ? "?" : null);
        data.Insert(2, data[0].Keys.ToDictionary(k => k, object? (_) => null, StringComparer.Ordinal));
        var book = WorkbookSheets.Write(folder.PathOf("gap.xlsx"), ("iMeta", WorkbookSheets.FromCsv(files.MetaCsv)), ("iData", data));

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrWorkbook.ReadData(book, CoinrWorkbook.ReadMeta(book)));

        Assert.Equal("gap.xlsx sheet iData line 10, column \"E (legal_env)\"", Assert.Single(e.Problems).Location);
    }
}

public sealed class CoinrWorkbookRoundTripTests
{
    [Property(MaxTest = 60)]
    public Property Any_finite_number_cell_reads_back_bit_for_bit(NormalFloat first, NormalFloat second, bool missing)
    {
        using var folder = new TempFolder();
        var framework = SampleIndex.Framework();
        var codes = framework.Indicators.Select(i => i.Code).ToArray();
        var rows = WorkbookSheets.FromCsv(SampleIndex.DataCsvText);
        rows[0][codes[0]] = first.Get;
        rows[1][codes[0]] = second.Get;
        rows[2][codes[1]] = missing ? null : second.Get / 3;
        var book = WorkbookSheets.Write(folder.PathOf("numbers.xlsx"), ("iData", rows));

        var data = CoinrWorkbook.ReadData(book, framework).Indicators;

        var third = data[SampleIndex.UnitCodes[2], codes[1]];
        return (BitConverter.DoubleToInt64Bits(data[SampleIndex.UnitCodes[0], codes[0]]) == BitConverter.DoubleToInt64Bits(first.Get)
            && BitConverter.DoubleToInt64Bits(data[SampleIndex.UnitCodes[1], codes[0]]) == BitConverter.DoubleToInt64Bits(second.Get)
            && (missing ? double.IsNaN(third) : third == second.Get / 3)).ToProperty();
    }
}
