using Nq52Metrics.Tests.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 province</c>: one province's story from the sources.</summary>
public sealed class ProvinceCommandTests
{
    [Fact]
    public void Thai_Nguyen_prints_each_edition_the_merger_DTI_shares_and_claims_with_the_file_figures()
    {
        var pii = SeedCsv.Rows("pii_published.csv").Where(r => r["unit_key"] == "thai-nguyen").ToList();
        var dti = SeedCsv.Rows("dti_published.csv").Where(r => r["unit_key"] == "thai-nguyen").ToList();

        var run = CliRun.Run("province", "Thái Nguyên");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var tables = PiiTables.Read(run.Output);
        Assert.Equal(["Edition", "Ranked among", "Unit", "PII", "Rank", "Region rank", "Input", "Output", "Output/Input", "Flags", "Sources"], tables[0].Header);
        var e2023 = tables[0].Rows.Single(r => r[0] == "2023");
        Assert.Equal(pii.Single(r => r["edition"] == "2023" && r["measure"] == "score")["value"], e2023[3]);
        Assert.Equal(pii.Single(r => r["edition"] == "2023" && r["measure"] == "rank")["value"], e2023[4]);
        Assert.Equal(pii.Single(r => r["edition"] == "2023" && r["measure"] == "region_rank")["value"], e2023[5]);
        Assert.Equal(pii.Single(r => r["edition"] == "2024" && r["measure"] == "rank")["value"], tables[0].Rows.Single(r => r[0] == "2024")[4]);
        var e2025 = tables[0].Rows.Single(r => r[0] == "2025");
        Assert.Equal(("34 units", "no published figure"), (e2025[1], e2025[9]));
        Assert.Equal(dti.Single(r => r["edition"] == "2022" && r["measure"] == "rank")["value"], tables[1].Rows.Single(r => r[0] == "2022")[4]);
        Assert.Contains("2025 merger: joined Thái Nguyên (N04), formed from Bắc Kạn and Thái Nguyên; the composition is confirmed by cited sources.", run.OutputLines);
        Assert.Contains("How the new unit ranks: the sources in the seeds give no PII rank for Thái Nguyên among the 34 units.", run.OutputLines);
        Assert.Contains(tables[2].Rows, r => r[3] == "42.92" && r[4] == "2nd of 13 with a figure");
        Assert.Contains(run.OutputLines, l => l.StartsWith("C17 (article_claims.csv line 18): thai-nguyen 2023 score 47.75", StringComparison.Ordinal) && l.Contains(": Confirmed — ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_known_only_before_the_merger_gets_a_clear_line()
    {
        var run = CliRun.Run("province", "bac-kan");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Bắc Kạn exists only before the 2025 merger: from 2025 the figures below are those of Thái Nguyên, the unit it joined, and do not compare one-to-one with its own.", run.OutputLines);
        Assert.Equal(["Bắc Kạn", "Bắc Kạn", "Thái Nguyên"], PiiTables.Read(run.Output)[0].Rows.Select(r => r[2]));
    }

    [Fact]
    public void A_province_renamed_by_the_merger_is_the_same_territory_not_a_merged_one()
    {
        var run = CliRun.Run("province", "Thừa Thiên Huế");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Thừa Thiên Huế exists only before the 2025 merger: from 2025 the figures below are those of Huế, the same territory under a new name, ranked among 34 units instead of 63 provinces.", run.OutputLines);
        Assert.Contains("2025 merger: became Huế (N20), left whole (no other province joined it); the composition is confirmed by cited sources.", run.OutputLines);
    }

    [Fact]
    public void A_unit_known_only_after_the_merger_gets_a_clear_line_and_its_rank_among_34()
    {
        var score = SeedCsv.Rows("pii_published.csv").Single(r => r["edition"] == "2025" && r["unit_key"] == "hue" && r["measure"] == "score")["value"];

        var run = CliRun.Run("province", "Huế");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Huế (Hue; local code N20): a unit formed on 1 July 2025, known only after the merger. Before it, its territory was Thừa Thiên Huế", run.Output, StringComparison.Ordinal);
        var e2025 = PiiTables.Read(run.Output)[0].Rows.Single(r => r[0] == "2025");
        Assert.Equal(score, e2025[3]);
        Assert.Contains(run.OutputLines, l => l.StartsWith("How the new unit ranks: Huế is ", StringComparison.Ordinal) && l.EndsWith(" of 34 in PII 2025.", StringComparison.Ordinal));
    }

    [Fact]
    public void Conflicts_are_shown_not_resolved()
    {
        var run = CliRun.Run("province", "Lâm Đồng");

        var e2023 = PiiTables.Read(run.Output)[0].Rows.Single(r => r[0] == "2023");
        Assert.Equal("16 / 15", e2023[4]);
        Assert.Contains("conflict", e2023[9], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_exits_2_with_a_located_message()
    {
        var run = CliRun.Run("province", "Atlantis");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unit \"Atlantis\":", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
