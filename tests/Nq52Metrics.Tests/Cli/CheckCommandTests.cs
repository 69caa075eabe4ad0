using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 check</c>: the statement checker on one claim, a claims file or the seed article.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void A_claim_confirmed_by_independent_sources_shows_the_verdict_reason_and_evidence()
    {
        var run = CliRun.Run("check", "Thái Nguyên 2023 rank 10");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutputLines;
        Assert.Equal("Thái Nguyên 2023 rank 10", lines[0]);
        Assert.Equal("Verdict: Confirmed", lines[1]);
        Assert.StartsWith("Reason: nhandan-pii2023, diendandn-pii2023", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Supporting: thai-nguyen 2023 rank = 10 — nhandan-pii2023", lines[3], StringComparison.Ordinal);
        Assert.Contains("(pii_published.csv line ", lines[3], StringComparison.Ordinal);
        Assert.Equal("1 claim: 1 confirmed (0 disputed), 0 contradicted, 0 unknown.", lines[^1]);
    }

    [Fact]
    public void The_words_of_a_claim_need_no_quotes()
    {
        Assert.Equal(CliRun.Run("check", "Thái Nguyên 2023 rank 10"), CliRun.Run("check", "Thái", "Nguyên", "2023", "rank", "10"));
    }

    [Fact]
    public void Excluding_a_source_takes_it_out_of_the_evidence()
    {
        var with = CliRun.Run("check", "lam-dong 2023 rank 16");
        var without = CliRun.Run("check", "lam-dong 2023 rank 16", "--exclude-source", "article-seed");

        Assert.Equal("Verdict: Confirmed (disputed)", with.OutputLines[1]);
        Assert.Contains("Conflicting: lam-dong 2023 rank = 15 — baomoi-c52288304", with.Output, StringComparison.Ordinal);
        Assert.Equal(0, without.ExitCode);
        Assert.Equal("Verdict: Contradicted", without.OutputLines[1]);
        Assert.Equal("Reason: baomoi-c52288304 gives 15, and no other source gives 16.", without.OutputLines[2]);
    }

    [Fact]
    public void The_article_run_checks_every_claim_and_contradicts_Lam_Dongs_rank()
    {
        var expected = new StatementChecker().CheckArticle();

        var run = CliRun.Run("check", "--article");

        Assert.Equal(0, run.ExitCode);
        var blocks = Blocks(run.Output);
        Assert.Equal(expected.Length, blocks.Count);
        Assert.Equal(expected.Select(c => $"Verdict: {c.Verdict}{(c.IsDisputed ? " (disputed)" : "")}"), blocks.Select(b => b[1]));
        var lamDong = blocks.Single(b => b[0].StartsWith("C15 (article_claims.csv line ", StringComparison.Ordinal));
        Assert.StartsWith("C15 (article_claims.csv line 16): lam-dong 2023 rank 16 — \"đứng thứ 16 cả nước\"", lamDong[0], StringComparison.Ordinal);
        Assert.Equal("Verdict: Contradicted", lamDong[1]);
        Assert.Contains(lamDong, l => l.StartsWith("Conflicting: lam-dong 2023 rank = 15 — baomoi-c52288304", StringComparison.Ordinal));
        var confirmed = expected.Count(c => c.Verdict == Verdict.Confirmed);
        var contradicted = expected.Count(c => c.Verdict == Verdict.Contradicted);
        Assert.Equal(
            $"{expected.Length} claims: {confirmed} confirmed ({expected.Count(c => c.IsDisputed)} disputed), {contradicted} contradicted, {expected.Length - confirmed - contradicted} unknown.",
            run.OutputLines[^1]);
    }

    [Fact]
    public void Strict_exits_3_when_a_claim_is_contradicted_and_0_otherwise()
    {
        Assert.Equal(3, CliRun.Run("check", "--article", "--strict").ExitCode);
        Assert.Equal(0, CliRun.Run("check", "Thái Nguyên 2023 rank 10", "--strict").ExitCode);
        Assert.Equal(0, CliRun.Run("check", "--article").ExitCode);
    }

    [Fact]
    public void A_text_claims_file_is_checked_line_by_line_skipping_comments()
    {
        using var folder = new TempFolder();
        var file = folder.Write("claims.txt", "# PII 2023\nthai-nguyen 2023 score 47.75\n\nHà Nội 2023 rank 2\ndti Đà Nẵng 2023 rank 1\n");

        var run = CliRun.Run("check", "--file", file);

        Assert.Equal(0, run.ExitCode);
        var blocks = Blocks(run.Output);
        Assert.Equal(
            ["claims.txt line 2: thai-nguyen 2023 score 47.75", "claims.txt line 4: Hà Nội 2023 rank 2", "claims.txt line 5: dti Đà Nẵng 2023 rank 1"],
            blocks.Select(b => b[0]));
        Assert.Equal(["Verdict: Confirmed", "Verdict: Contradicted", "Verdict: Confirmed"], blocks.Select(b => b[1]));
    }

    [Fact]
    public void A_csv_claims_file_keeps_its_ids_and_its_own_sources_are_no_evidence()
    {
        using var folder = new TempFolder();
        var file = folder.Write(
            "claims.csv",
            "claim_id,unit_key,edition,measure,value,source\nX1,thai-nguyen,2023,score,47.8,\nX2,lam-dong,2023,rank,16,article-seed\n");

        var run = CliRun.Run("check", "--file", file);

        Assert.Equal(0, run.ExitCode);
        var blocks = Blocks(run.Output);
        Assert.Equal(["X1 (claims.csv line 2): thai-nguyen 2023 score 47.8", "X2 (claims.csv line 3): lam-dong 2023 rank 16"], blocks.Select(b => b[0]));
        Assert.Equal(["Verdict: Confirmed", "Verdict: Contradicted"], blocks.Select(b => b[1]));
    }

    [Fact]
    public void A_malformed_claim_exits_2_with_the_reason_and_the_expected_form()
    {
        var run = CliRun.Run("check", "Thái Nguyên rank 10");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: claim \"Thái Nguyên rank 10\": no edition (a four-digit year) was found; write it as \"<unit> <edition> <measure> <value>\", e.g. \"thai-nguyen 2023 score 47.75\" or \"dti Đà Nẵng 2023 rank 1\".",
            run.Error.Trim());
        Assert.Equal("", run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Every_malformed_line_of_a_claims_file_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("claims.txt", "thai-nguyen 2023 score 47.75\nthai-nguyen score 47.75\nAtlantis 2023 rank 1\nthai-nguyen 2023 rank\n");

        var run = CliRun.Run("check", "--file", file);

        Assert.Equal(2, run.ExitCode);
        var errors = run.Error.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("error: claims.txt line 2: no edition", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("error: claims.txt line 4: after the edition come exactly two words", errors[1], StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData(new[] { "check", "Atlantis 2023 rank 1" }, "error: claim \"Atlantis 2023 rank 1\": unit \"Atlantis\": none of the 63 provinces before the 2025 merger has this key, code or name.")]
    [InlineData(new[] { "check", "ha-noi 2019 rank 1" }, "error: claim \"ha-noi 2019 rank 1\": edition: there is no published PII edition 2019; the seeds know 2023, 2024, 2025.")]
    [InlineData(new[] { "check", "ha-noi 2023 rank first" }, "error: claim \"ha-noi 2023 rank first\": the value \"first\" is not a number.")]
    [InlineData(new[] { "check", "ha-noi 2023 rank 1", "-x", "nope" }, "error: --exclude-source: \"nope\" is not a source key of the seeds (seeds/vietnam/sources.csv lists them; every check shows the keys it used).")]
    public void An_unknown_unit_edition_value_or_source_exits_2(string[] args, string message)
    {
        var run = CliRun.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check --article ha-noi 2023 rank 1")]
    [InlineData("check --article --file claims.txt")]
    public void Exactly_one_source_of_claims_is_needed(string commandLine)
    {
        var run = CliRun.Run(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: give exactly one of: a claim, --file F, --article.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_what_the_exit_codes_mean()
    {
        var run = CliRun.Run("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 the claims were checked, whatever the verdicts; 2 a malformed claim", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 with --strict, some claim is contradicted", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_examples_of_the_formats_page_are_confirmed()
    {
        var section = FormatsDocument.Section("### Claim text");
        string[] examples = ["thai-nguyen 2023 score 47.75", "Thái Nguyên 2023 rank 10", "dti Đà Nẵng 2023 rank 1", "national 2023 de_share_gdp_percent 12.33"];

        foreach (var example in examples)
        {
            Assert.Contains($"`{example}`", section, StringComparison.Ordinal);
            var run = CliRun.Run("check", example);
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("Verdict: Confirmed", run.OutputLines[1], StringComparison.Ordinal);
        }
    }

    /// <summary>The output's claim blocks (separated by empty lines), each as trimmed lines; the tally is left out.</summary>
    private static List<string[]> Blocks(string output) =>
        output.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(b => b.Length > 1)
            .ToList();

    [Theory]
    [InlineData("Thái Nguyên năm 2023 xếp thứ 10", "Confirmed")]
    [InlineData("Thái Nguyên 2023 hạng 11", "Contradicted")]
    [InlineData("Thái Nguyên 2023 điểm 47.75", "Confirmed")]
    public void Check_understands_vietnamese_measure_words(string claim, string verdict)
    {
        var run = CliRun.Run("check", claim);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Verdict: {verdict}", run.Output, StringComparison.Ordinal);
    }
}
