using System.IO.Compression;
using System.Text.RegularExpressions;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// <c>--lang vi|en</c> and <c>NQ52_LANG</c>: every command in both languages (a header or summary, one number, one
/// message), files byte-identical in both languages, and the language option's own errors.
/// </summary>
public sealed partial class LanguageCommandTests
{
    private const string UaSpec = """{"runs": 60, "seed": 2, "alternatives": {"aggregate": [{"method":"arithmetic"}, {"method":"geometric"}]}}""";

    /// <summary>A number with two decimals as English writes it (47.75) and as Vietnamese does (47,75).</summary>
    [GeneratedRegex(@"\b\d+\.\d\d\b")]
    private static partial Regex EnglishDecimal();

    [GeneratedRegex(@"\b\d+,\d\d\b")]
    private static partial Regex VietnameseDecimal();

    private static (CliOutcome En, CliOutcome Vi) Both(params string[] args) =>
        (CliRun.Run([.. args, "--lang", "en"]), CliRun.Run([.. args, "--lang", "vi"]));

    /// <summary>Both runs succeed, and a two-decimal number of the English output reads with a decimal comma in Vietnamese.</summary>
    private static void AssertNumbersFollowTheLanguage(CliOutcome en, CliOutcome vi)
    {
        Assert.Equal(0, en.ExitCode);
        Assert.Equal(0, vi.ExitCode);
        var number = EnglishDecimal().Match(en.Output);
        Assert.True(number.Success, "the English output shows a number with two decimals");
        Assert.Contains(number.Value.Replace('.', ','), vi.Output, StringComparison.Ordinal);
        Assert.Matches(VietnameseDecimal(), vi.Output);
    }

    [Fact]
    public void Build_prints_translated_headers_summary_and_decimal_commas()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var (en, vi) = Both("build", "-f", framework, "-d", data);

        AssertNumbersFollowTheLanguage(en, vi);
        Assert.Equal(["Rank", "Code", "Name", "Index", "P1", "P2"], en.TableHeader());
        Assert.Equal(["Hạng", "Mã", "Tên", "Index", "P1", "P2"], vi.TableHeader());
        Assert.Contains("6 units ranked, 0 units dropped by screening", en.Output, StringComparison.Ordinal);
        Assert.Contains("đã xếp hạng 6 đơn vị, loại 0 đơn vị khi sàng lọc", vi.Output, StringComparison.Ordinal);
        var enScores = en.TableRows().Select(r => r[3]).ToList();
        Assert.Equal(enScores.Select(s => s.Replace('.', ',')), vi.TableRows().Select(r => r[3]));
    }

    [Fact]
    public void A_validation_message_is_translated_and_its_location_stays_literal()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var data = folder.Write("bad.csv", "uCode,uName,Zone,A1,A2,A3,B1,B2\nU1,Unit one,N,1,2,3,4,abc\nU2,Unit two,S,2,3,4,5,6\n");

        var (en, vi) = (CliRun.Run("validate", "-f", framework, "-d", data), CliRun.Run("validate", "-f", framework, "-d", data, "--lang", "vi"));

        Assert.Equal(2, en.ExitCode);
        Assert.Equal(2, vi.ExitCode);
        Assert.Contains("bad.csv line 2, column \"B2\": \"abc\" is not a number (use NA or an empty cell for a missing value).", en.Output, StringComparison.Ordinal);
        Assert.Contains("bad.csv line 2, column \"B2\": \"abc\" không phải là số (dùng NA hoặc ô trống cho giá trị bị thiếu).", vi.Output, StringComparison.Ordinal);
        Assert.Contains("không hợp lệ: tìm thấy", vi.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_says_valid_in_both_languages()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var (en, vi) = Both("validate", "-f", framework, "-d", data);

        Assert.Equal(0, vi.ExitCode);
        Assert.StartsWith("valid: 6 units", en.OutputLines[^1], StringComparison.Ordinal);
        Assert.StartsWith("hợp lệ: 6 đơn vị", vi.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_in_the_chosen_language_on_standard_error()
    {
        var vi = CliRun.Run("build", "-f", "no-such-framework.json", "-d", "no-such-data.csv", "--lang", "vi");

        Assert.Equal(2, vi.ExitCode);
        Assert.Contains("lỗi: no-such-framework.json: tệp không tồn tại.", vi.Error, StringComparison.Ordinal);
        vi.AssertNoStackTrace();
    }

    [Fact]
    public void Check_confirms_a_claim_written_with_a_decimal_comma()
    {
        var (en, vi) = (CliRun.Run("check", "Thái Nguyên 2023 score 47,75"), CliRun.Run("check", "Thái Nguyên 2023 score 47,75", "--lang", "vi"));

        Assert.Equal(0, en.ExitCode);
        Assert.Equal("Verdict: Confirmed", en.OutputLines[1]);
        Assert.Equal("Kết luận: Xác nhận", vi.OutputLines[1]);
        Assert.Contains("thai-nguyen 2023 score = 47.75", en.Output, StringComparison.Ordinal);
        Assert.Contains("thai-nguyen 2023 score = 47,75", vi.Output, StringComparison.Ordinal);
        Assert.Equal("1 nhận định: 1 xác nhận (0 còn tranh cãi), 0 bị bác bỏ, 0 chưa rõ.", vi.OutputLines[^1]);
        Assert.Equal(en.OutputLines[1], CliRun.Run("check", "Thái Nguyên 2023 score 47.75").OutputLines[1]);
    }

    [Fact]
    public void Check_refuses_an_ambiguous_thousands_comma_in_both_languages()
    {
        var (en, vi) = (CliRun.Run("check", "Thái Nguyên 2023 rank 1,234"), CliRun.Run("check", "Thái Nguyên 2023 rank 1,234", "--lang", "vi"));

        Assert.Equal(2, en.ExitCode);
        Assert.Equal(2, vi.ExitCode);
        Assert.Contains("the value \"1,234\" is ambiguous", en.Error, StringComparison.Ordinal);
        Assert.Contains("write \"1.234\" for the decimal number or \"1234\" for the whole number", en.Error, StringComparison.Ordinal);
        Assert.Contains("giá trị \"1,234\" không rõ nghĩa", vi.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_build_prints_translated_headers_and_the_sample_label()
    {
        var (en, vi) = Both("pii", "build", "--top", "3");

        AssertNumbersFollowTheLanguage(en, vi);
        Assert.Equal("Hạng", vi.TableHeader()[0]);
        Assert.Equal("Tỉnh", vi.TableHeader()[1]);
        Assert.Contains("PII from SAMPLE data (not real results)", en.Output, StringComparison.Ordinal);
        Assert.Contains("PII từ dữ liệu MẪU (SAMPLE, không phải kết quả thật)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("SAMPLE", vi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_whatif_explains_the_plan_in_vietnamese()
    {
        var (en, vi) = Both("pii", "whatif", "--unit", "thai-nguyen", "--target-rank", "5");

        AssertNumbersFollowTheLanguage(en, vi);
        Assert.Contains(en.OutputLines, l => l.StartsWith("Now: rank ", StringComparison.Ordinal));
        Assert.Contains(vi.OutputLines, l => l.StartsWith("Hiện tại: hạng ", StringComparison.Ordinal));
        Assert.Contains(vi.OutputLines, l => l.StartsWith("Kế hoạch: nâng ", StringComparison.Ordinal));
        Assert.Contains("Chỉ số", vi.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pii", "published", "--edition", "2023")]
    [InlineData("pii", "trend", "--unit", "lam-dong")]
    [InlineData("province", "Thái Nguyên")]
    [InlineData("de", "shares", "--year", "2023", "--series", "gso")]
    public void Seed_commands_write_numbers_with_a_decimal_comma_in_vietnamese(params string[] args)
    {
        var (en, vi) = Both(args);

        AssertNumbersFollowTheLanguage(en, vi);
    }

    [Fact]
    public void Pii_trend_prints_translated_headers_and_notes()
    {
        var (en, vi) = Both("pii", "trend", "--unit", "lam-dong");

        Assert.Contains("Rank before", en.TableHeader());
        Assert.Contains("Hạng trước", vi.TableHeader());
        Assert.StartsWith("Thay đổi hạng và điểm PII giữa các kỳ công bố của \"lam-dong\"", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("Số bậc tăng = hạng trước − hạng sau", vi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void De_progress_runs_in_both_languages()
    {
        var (en, vi) = Both("de", "progress");

        Assert.Equal(0, en.ExitCode);
        Assert.Equal(0, vi.ExitCode);
        Assert.Matches(@"\d,\d", vi.Output);
    }

    [Fact]
    public void De_progress_prints_translated_headers_summary_and_legend()
    {
        var (en, vi) = Both("de", "progress");

        Assert.Contains("Progress", en.TableHeader());
        Assert.Contains("Tiến độ", vi.TableHeader());
        Assert.StartsWith("Targets of Resolution 52-NQ/TW, Decision 411/QĐ-TTg and related plans (latest values):", en.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Các mục tiêu của Nghị quyết 52-NQ/TW, Quyết định 411/QĐ-TTg và các kế hoạch liên quan (giá trị mới nhất):", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("Tiến độ = hiện tại / mục tiêu", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:", en.OutputLines);
        Assert.Contains("Nguồn:", vi.OutputLines);
    }

    [Fact]
    public void De_shares_prints_translated_headers_filters_ranks_and_sources()
    {
        var (en, vi) = Both("de", "shares");
        var (enYear, viYear) = Both("de", "shares", "--year", "2023", "--series", "gso");

        Assert.Contains("Share %", en.TableHeader());
        Assert.Contains("Tỷ trọng %", vi.TableHeader());
        Assert.Matches(@"2nd of \d+ with a figure", en.Output);
        Assert.Matches(@"thứ 2 trong \d+ đơn vị có số liệu", vi.Output);
        Assert.StartsWith("Digital-economy shares of GDP/GRDP as published, year 2023, series GSO:", enYear.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Tỷ trọng kinh tế số trong GDP/GRDP đã công bố, năm 2023, chuỗi GSO:", viYear.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains(vi.OutputLines, l => l.StartsWith("Bài báo gốc: Thái Nguyên 31,4 % năm 2023", StringComparison.Ordinal));
        Assert.Contains("Nguồn:", vi.OutputLines);
    }

    [Fact]
    public void Pii_published_prints_translated_headers_summary_and_legend()
    {
        var (en, vi) = Both("pii", "published", "--edition", "2023");

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Region rank", en.TableHeader());
        Assert.Contains("Hạng trong vùng", vi.TableHeader());
        Assert.Contains("Tỉnh", vi.TableHeader());
        Assert.StartsWith("PII 2023 as published, ranking the 63 provinces before the 2025 merger:", en.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("PII 2023 đã công bố, xếp hạng 63 tỉnh, thành phố trước khi sáp nhập năm 2025:", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("Cờ: conflict = các nguồn mâu thuẫn", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Nguồn:", vi.OutputLines);
    }

    [Fact]
    public void Province_tells_its_story_in_the_chosen_language()
    {
        var (en, vi) = Both("province", "thai-nguyen");

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Ranked among", en.TableHeader());
        Assert.Contains("Xếp hạng trong", vi.TableHeader());
        Assert.Contains("one of the 63 provinces before the 2025 merger", en.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("một trong 63 tỉnh, thành phố trước khi sáp nhập năm 2025", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains(vi.OutputLines, l => l.StartsWith("Sáp nhập 2025: ", StringComparison.Ordinal));
        Assert.Matches(@"thứ 2 trong 13 đơn vị có số liệu", vi.Output);
    }

    [Fact]
    public void Audit_prints_its_summary_in_the_chosen_language()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var en = CliRun.Run("audit", "-f", framework, "-d", data, "--out", folder.PathOf("a-en"), "--lang", "en");
        var vi = CliRun.Run("audit", "-f", framework, "-d", data, "--out", folder.PathOf("a-vi"), "--lang", "vi");

        Assert.Equal(0, vi.ExitCode);
        Assert.StartsWith("Audit of Index: 6 units, 5 indicators", en.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Kiểm định thống kê Index: 6 đơn vị, 5 chỉ số thành phần", vi.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Đã ghi các tệp vào", vi.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Uncertainty_writes_numbers_with_a_decimal_comma_and_audit_files_do_not_change_with_the_language()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", UaSpec);

        var (enUa, viUa) = Both("uncertainty", "-f", framework, "-d", data, "-s", spec);
        var enAudit = CliRun.Run("audit", "-f", framework, "-d", data, "--out", folder.PathOf("audit-en"), "--lang", "en");
        var viAudit = CliRun.Run("audit", "-f", framework, "-d", data, "--out", folder.PathOf("audit-vi"), "--lang", "vi");

        AssertNumbersFollowTheLanguage(enUa, viUa);
        Assert.StartsWith("Uncertainty analysis (UA) of Index: 60 runs", enUa.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Phân tích bất định (UA) của Index: 60 lần chạy", viUa.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("Median [q5, q95]", enUa.Output, StringComparison.Ordinal);
        Assert.Contains("Trung vị [q5; q95]", viUa.Output, StringComparison.Ordinal);
        Assert.Equal(0, enAudit.ExitCode);
        Assert.Equal(0, viAudit.ExitCode);
        AssertSameFiles(folder.PathOf("audit-en"), folder.PathOf("audit-vi"));
    }

    [Theory]
    [InlineData("results.csv")]
    [InlineData("results.json")]
    [InlineData("results.xlsx")]
    public void Result_files_are_byte_identical_in_both_languages(string name)
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var en = folder.PathOf("en-" + name);
        var vi = folder.PathOf("vi-" + name);

        Assert.Equal(0, CliRun.Run("build", "-f", framework, "-d", data, "--out", en, "--lang", "en").ExitCode);
        Assert.Equal(0, CliRun.Run("build", "-f", framework, "-d", data, "--out", vi, "--lang", "vi").ExitCode);

        AssertSameFile(en, vi);
    }

    [Fact]
    public void Pii_build_and_uncertainty_files_are_byte_identical_in_both_languages()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var spec = folder.Write("spec.json", UaSpec);

        foreach (var lang in new[] { "en", "vi" })
        {
            Assert.Equal(0, CliRun.Run("pii", "build", "--out", folder.PathOf($"pii-{lang}.csv"), "--lang", lang).ExitCode);
            Assert.Equal(0, CliRun.Run("pii", "build", "--out", folder.PathOf($"pii-{lang}.xlsx"), "--lang", lang).ExitCode);
            Assert.Equal(0, CliRun.Run("uncertainty", "-f", framework, "-d", data, "-s", spec, "--out", folder.PathOf($"ua-{lang}"), "--lang", lang).ExitCode);
        }

        AssertSameFile(folder.PathOf("pii-en.csv"), folder.PathOf("pii-vi.csv"));
        AssertSameFile(folder.PathOf("pii-en.xlsx"), folder.PathOf("pii-vi.xlsx"));
        AssertSameFiles(folder.PathOf("ua-en"), folder.PathOf("ua-vi"));
    }

    /// <summary>Every file of one folder is the same as the file of that name in the other, and no file is missing.</summary>
    private static void AssertSameFiles(string first, string second)
    {
        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            AssertSameFile(Path.Combine(first, name!), Path.Combine(second, name!));
        }
    }

    /// <summary>
    /// Two files hold the same bytes. A workbook (.xlsx) is a zip whose writer stamps times and draws random
    /// relationship ids (<c>R</c> + 32 hex digits) even for the same content twice in one language, so its entries are
    /// compared byte for byte after those ids are masked.
    /// </summary>
    private static void AssertSameFile(string first, string second)
    {
        if (!first.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            return;
        }

        using var a = ZipFile.OpenRead(first);
        using var b = ZipFile.OpenRead(second);
        Assert.Equal(a.Entries.Select(e => e.FullName), b.Entries.Select(e => e.FullName));
        foreach (var entry in a.Entries)
        {
            Assert.Equal(Masked(entry), Masked(b.GetEntry(entry.FullName)!));
        }
    }

    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex RelationshipId();

    private static string Masked(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return RelationshipId().Replace(reader.ReadToEnd(), "R…");
    }

    [Fact]
    public void A_command_line_error_is_translated_too()
    {
        var (en, vi) = Both("build", "-f", "f.json", "-d", "d.csv", "--top", "0");

        Assert.Equal(2, vi.ExitCode);
        Assert.Contains("error: --top must be a whole number of 1 or more, not \"0\".", en.Error, StringComparison.Ordinal);
        Assert.Contains("lỗi: --top phải là số nguyên từ 1 trở lên, không phải \"0\".", vi.Error, StringComparison.Ordinal);
        Assert.Contains("Chạy 'nq52 --help'", vi.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_chooses_the_language_and_the_option_wins()
    {
        var env = new Dictionary<string, string> { ["NQ52_LANG"] = "vi" };

        Assert.Equal("Kết luận: Xác nhận", CliRun.RunWith(env, "check", "Thái Nguyên 2023 rank 10").OutputLines[1]);
        Assert.Equal("Verdict: Confirmed", CliRun.RunWith(env, "check", "Thái Nguyên 2023 rank 10", "--lang", "en").OutputLines[1]);
        Assert.Equal("Verdict: Confirmed", CliRun.Run("check", "Thái Nguyên 2023 rank 10").OutputLines[1]);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var option = CliRun.Run("check", "Thái Nguyên 2023 rank 10", "--lang", "fr");
        var variable = CliRun.RunWith(new Dictionary<string, string> { ["NQ52_LANG"] = "fr" }, "check", "Thái Nguyên 2023 rank 10");

        Assert.Equal(2, option.ExitCode);
        Assert.Contains("--lang must be en or vi, not \"fr\".", option.Error, StringComparison.Ordinal);
        Assert.Equal("", option.Output);
        Assert.Equal(2, variable.ExitCode);
        Assert.Contains("NQ52_LANG must be en or vi, not \"fr\".", variable.Error, StringComparison.Ordinal);
        variable.AssertNoStackTrace();
    }

    [Fact]
    public void The_culture_of_the_caller_is_restored_after_a_run()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;

        CliRun.Run("check", "Thái Nguyên 2023 rank 10", "--lang", "vi");

        Assert.Same(before, System.Globalization.CultureInfo.CurrentCulture);
    }
}
