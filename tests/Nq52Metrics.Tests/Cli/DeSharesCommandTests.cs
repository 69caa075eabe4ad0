using Nq52Metrics.Tests.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 de shares</c>: the published shares with ranks, flags, bands, the article's figures and sources.</summary>
public sealed class DeSharesCommandTests
{
    [Fact]
    public void The_MIC_2022_figures_are_printed_as_in_the_file_with_their_rank_among_the_units_with_a_figure()
    {
        var rows = SeedCsv.Rows("digital_economy_share.csv").Where(r => r["year"] == "2022" && r["series"] == "mic").ToList();

        var run = CliRun.Run("de", "shares", "--year", "2022", "--series", "mic");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(["Year", "Series", "Unit", "Share %", "Rank", "Flags", "Sources"], table.Header);
        Assert.Equal(rows.Count, table.Rows.Count);
        var provinces = rows.Count(r => r["unit_key"] != "national");
        var thaiNguyen = table.Rows.Single(r => r[2] == "Thái Nguyên");
        var csv = rows.Single(r => r["unit_key"] == "thai-nguyen");
        Assert.Equal(csv["share_percent"], thaiNguyen[3]);
        Assert.Equal($"2nd of {provinces} with a figure", thaiNguyen[4]);
        Assert.Equal(csv["source"].Replace(";", ", ", StringComparison.Ordinal), thaiNguyen[6]);
        Assert.Equal("conflict", table.Rows.Single(r => r[2] == "Đà Nẵng")[5]);
        var bands = PiiTables.Read(run.Output)[1];
        Assert.Equal(SeedCsv.Rows("digital_economy_bands.csv").Count(r => r["series"] == "mic"), bands.Rows.Count);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Note on 2022 MIC > 10 %: conflict:", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("baomoi-c46933429: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Revisions_are_flagged_and_the_earlier_vintage_is_shown_unranked()
    {
        var run = CliRun.Run("de", "shares", "--year", "2023", "--series", "gso");

        var table = PiiTables.Read(run.Output)[0];
        var national = table.Rows.Where(r => r[2] == "Việt Nam (national)").ToList();
        Assert.Equal(["12.87", "12.33"], national.Select(r => r[3]));
        Assert.Equal("revision, earlier vintage", national[1][5]);
        Assert.Equal("–", national[1][4]);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Note on 2023 GSO Việt Nam (national) 12.33 %: revision: first estimate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_article_figure_is_said_to_differ_from_every_source()
    {
        var run = CliRun.Run("de", "shares");

        Assert.Contains(
            "Seed article: Thái Nguyên 31.4 % for 2023 (series not named) differs from every other source: MIC 2022 42.92 %, 2nd of 13 with a figure; GSO 2025 29.53 %, 2nd of 6 with a figure (2025 unit).",
            run.OutputLines);
    }

    [Fact]
    public void A_region_keeps_its_provinces_and_says_which_2025_figures_it_cannot_place()
    {
        var run = CliRun.Run("de", "shares", "--region", "NMM");

        Assert.Equal(0, run.ExitCode);
        var units = PiiTables.Read(run.Output)[0].Rows.Select(r => r[2]).Distinct().ToList();
        Assert.Contains("Thái Nguyên", units);
        Assert.DoesNotContain("Hà Nội", units);
        Assert.Contains("6 figures of the 34 units formed in 2025 not listed: no source gives their regions.", run.OutputLines);
    }

    [Theory]
    [InlineData("--series", "abc", "--series must be gso or mic, not \"abc\".")]
    [InlineData("--year", "twenty", "--year must be a whole number of 1 or more, not \"twenty\".")]
    [InlineData("--year", "2019", "error: --year: the seeds hold no digital-economy share for 2019; they hold 2020, 2021, 2022, 2023, 2024, 2025.")]
    [InlineData("--region", "Atlantis", "error: region \"Atlantis\": no region has this code or name")]
    public void Bad_input_exits_2_with_a_located_message(string option, string value, string message)
    {
        var run = CliRun.Run("de", "shares", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
