namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// What was still English in a Vietnamese run: the reason of a <c>check</c> verdict, the help of the commands and
/// options, the parser's own usage errors, and the notes on standard error under <c>--format csv|json</c>.
/// </summary>
public sealed class VietnameseCliTextTests
{
    [Fact]
    public void Check_gives_the_reason_of_a_wrong_claim_in_vietnamese()
    {
        var en = CliRun.Run("check", "thai-nguyen 2023 score 47,70");
        var vi = CliRun.Run("check", "thai-nguyen 2023 score 47,70", "--lang", "vi");

        Assert.Equal(0, vi.ExitCode);
        Assert.Equal("Verdict: Contradicted", en.OutputLines[1]);
        Assert.EndsWith("give 47.75, and no other source gives 47,70.", en.OutputLines[2], StringComparison.Ordinal);
        Assert.Equal("Kết luận: Bị bác bỏ", vi.OutputLines[1]);
        Assert.StartsWith("Lý do: các nguồn nhandan-pii2023", vi.OutputLines[2], StringComparison.Ordinal);
        Assert.EndsWith("nêu 47,75, và không nguồn nào khác nêu 47,70.", vi.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_frames_an_article_claim_and_its_wording_in_the_language()
    {
        var en = CliRun.Run("check", "--article");
        var vi = CliRun.Run("check", "--article", "--lang", "vi");

        Assert.StartsWith("C01 (article_claims.csv line 2): national res52_issue_date 2019-09-27 — \"", en.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("C01 (article_claims.csv line 2): national res52_issue_date 2019-09-27 — nguyên văn: “", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("Lý do: dữ liệu gốc không có số liệu về \"res52_issue_date\"", vi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_every_command_and_option_in_vietnamese()
    {
        var en = CliRun.Run("check", "--help");
        var vi = CliRun.Run("check", "--help", "--lang", "vi");
        var root = CliRun.Run("--help", "--lang", "vi");

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Check every claim of the seed article", en.Output, StringComparison.Ordinal);
        Assert.Contains("Kiểm chứng mọi nhận định của bài báo gốc", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Kết thúc với mã 3 khi có nhận định bị bác bỏ", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Hiện trợ giúp và cách dùng.", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Ngôn ngữ của kết quả hiển thị", vi.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Check every claim", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Tính chỉ số và in bảng xếp hạng.", root.Output, StringComparison.Ordinal);
        Assert.Contains("Chỉ số Đổi mới sáng tạo cấp địa phương (PII) của Việt Nam", root.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "biuld" }, "lỗi: không nhận ra lệnh hoặc đối số 'biuld'.")]
    [InlineData(new[] { "build" }, "lỗi: thiếu tùy chọn bắt buộc '--framework'.")]
    [InlineData(new[] { "build", "-f", "f.json", "-d", "d.csv", "--top" }, "lỗi: tùy chọn '--top' cần một giá trị.")]
    [InlineData(new[] { "check" }, "lỗi: hãy nêu đúng một trong: một nhận định, --file F, --article.")]
    public void The_parsers_usage_errors_are_worded_in_vietnamese(string[] args, string line)
    {
        var run = CliRun.Run(["--lang", "vi", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(line, run.Error.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Contains("Chạy 'nq52 --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_on_standard_error_follow_the_language_while_the_csv_stays_the_same()
    {
        var en = CliRun.Run("check", "thai-nguyen 2023 score 47,70", "--format", "csv", "--lang", "en");
        var vi = CliRun.Run("check", "thai-nguyen 2023 score 47,70", "--format", "csv", "--lang", "vi");

        Assert.Equal(0, vi.ExitCode);
        Assert.Equal(en.Output, vi.Output);
        Assert.Contains("Contradicted", vi.Output, StringComparison.Ordinal);
        Assert.Contains("no other source gives 47,70.", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Verdict: Contradicted", en.Error, StringComparison.Ordinal);
        Assert.Contains("Kết luận: Bị bác bỏ", vi.Error, StringComparison.Ordinal);
        Assert.Contains("và không nguồn nào khác nêu 47,70.", vi.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "de", "shares")]
    [InlineData("json", "pii", "build", "--top", "2")]
    public void The_summary_of_another_command_on_standard_error_is_vietnamese_and_the_tables_unchanged(string format, params string[] args)
    {
        var en = CliRun.Run([.. args, "--format", format, "--lang", "en"]);
        var vi = CliRun.Run([.. args, "--format", format, "--lang", "vi"]);

        Assert.Equal(0, vi.ExitCode);
        Assert.Equal(en.Output, vi.Output);
        Assert.NotEqual(en.Error, vi.Error);
        Assert.Contains(args[0] == "de" ? "Tỷ trọng kinh tế số trong GDP/GRDP đã công bố" : "DỮ LIỆU MẪU (SAMPLE DATA)", vi.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_under_format_csv_is_reported_in_the_language()
    {
        var vi = CliRun.Run("check", "Atlantis 2023 score 40", "--format", "csv", "--lang", "vi");

        Assert.Equal(2, vi.ExitCode);
        Assert.Equal("", vi.Output);
        Assert.StartsWith("lỗi: claim \"Atlantis 2023 score 40\": đơn vị \"Atlantis\": không tỉnh nào", vi.Error, StringComparison.Ordinal);
    }
}
