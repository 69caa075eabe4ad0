using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// A control character inside a numeric cell (NUL, escape, delete…) is a located error: .NET's number parser reads
/// <c>1\0</c> as 1, which would hide a damaged file.
/// </summary>
public sealed class ControlCharacterTests
{
    private static readonly Nq52Metrics.Frameworks.IndexFramework Framework = CoinrCsv.ParseMeta(SampleIndex.MetaCsvText, "iMeta.csv");

    [Theory]
    [InlineData("1\0", "U+0000", 2)]
    [InlineData("\u00001", "U+0000", 1)]
    [InlineData("1\u00005", "U+0000", 2)]
    [InlineData("14\u001B", "U+001B", 3)]
    [InlineData("1\u007F4", "U+007F", 2)]
    [InlineData("1\u00854", "U+0085", 2)]
    public void A_control_character_in_a_data_cell_names_file_line_column_and_character(string cell, string code, int position)
    {
        var text = SampleIndex.DataCsvText.Replace("U2,Unit two,East,14,", $"U2,Unit two,East,{cell},", StringComparison.Ordinal);

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseData(text, Framework, "iData.csv"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("iData.csv line 3, column \"A1\"", problem.Location);
        Assert.Contains($"control character {code} at character {position}", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(problem.Message, char.IsControl);
    }

    [Fact]
    public void A_control_character_in_a_weight_or_level_is_refused_and_shown()
    {
        var weights = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseWeights("iCode,Weight\nA1,2\0\n", "weights.csv"));
        var meta = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseMeta(
            SampleIndex.MetaCsvText.Replace("1,A1,Alpha one,1,1,P1,Indicator", "1\0,A1,Alpha one,1,1,P1,Indicator", StringComparison.Ordinal),
            "iMeta.csv"));

        Problems.AssertHas(weights, "weights.csv line 2, column \"Weight\"", "\"2<U+0000>\" is not a finite number");
        Problems.AssertHas(meta, "iMeta.csv line 2, column \"Level\"", "\"1<U+0000>\" is not a whole number");
    }

    [Theory]
    [InlineData(" 14 ")]
    [InlineData("14\t")]
    [InlineData("\t14\r")]
    public void White_space_around_a_number_is_still_read(string cell)
    {
        var text = SampleIndex.DataCsvText.Replace("U2,Unit two,East,14,", $"U2,Unit two,East,\"{cell}\",", StringComparison.Ordinal);

        var data = CoinrCsv.ParseData(text, Framework, "iData.csv");

        Assert.Equal(14.0, data.Indicators["U2", "A1"]);
    }

    [Property]
    public Property Any_number_with_a_control_character_inside_is_refused(NormalFloat value, PositiveInt where, byte control)
    {
        var c = (char)(control % 0x20 == 0x09 || control % 0x20 is 0x0A or 0x0B or 0x0C or 0x0D ? 0 : control % 0x20);
        var text = value.Get.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var at = 1 + (where.Get % text.Length);
        var damaged = at >= text.Length ? text + c + "0" : text.Insert(at, c.ToString());

        return (!CsvNumbers.TryParse(damaged, out _) && CsvNumbers.Problem(ProblemLocation.Nowhere, damaged).Message.Contains("control character", StringComparison.Ordinal))
            .Label($"\"{CsvNumbers.Show(damaged)}\"");
    }
}
