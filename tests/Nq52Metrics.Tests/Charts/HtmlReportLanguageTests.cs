using System.Globalization;
using System.Text.RegularExpressions;
using Nq52Metrics.Charts.Reports;
using Nq52Metrics.Construction;
using Nq52Metrics.Localization;
using Nq52Metrics.Tests.Cli;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Charts;

/// <summary>
/// The HTML report in English and in Vietnamese: headings, a number as each language writes it, a problem message,
/// the page's language, chart labels, and sort keys that stay the same in both.
/// </summary>
public sealed partial class HtmlReportLanguageTests
{
    private static string Render(DisplayLanguage language) =>
        HtmlReport.Render(new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty, Language = language });

    [GeneratedRegex("data-value=\"([^\"]*)\"")]
    private static partial Regex SortKey();

    [GeneratedRegex("<figure id=\"chart-ranking\"><img alt=\"[^\"]*\" width=\"\\d+\" height=\"\\d+\" src=\"data:image/png;base64,([^\"]+)\"")]
    private static partial Regex RankingChart();

    [Fact]
    public void The_vietnamese_report_has_vietnamese_headings_and_decimal_commas_and_the_english_one_has_neither()
    {
        var (en, vi) = (Render(DisplayLanguage.English), Render(DisplayLanguage.Vietnamese));
        var top = ChartSamples.Pii.Ranking()[0];
        var key = top.Score.ToString("R", CultureInfo.InvariantCulture);
        var shown = top.Score.ToString("0.00", CultureInfo.InvariantCulture);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", vi, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("<title>MẪU (SAMPLE) · Provincial Innovation Index</title>", vi, StringComparison.Ordinal);
        Assert.Contains("<h2>Bảng xếp hạng</h2>", vi, StringComparison.Ordinal);
        Assert.Contains("<h2>Phương pháp đã áp dụng</h2>", vi, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\">Hạng</button>", vi, StringComparison.Ordinal);
        Assert.Contains("<h2>Ranking</h2>", en, StringComparison.Ordinal);
        Assert.Contains("DỮ LIỆU MẪU (SAMPLE DATA)", vi, StringComparison.Ordinal);
        Assert.Contains($"data-value=\"{key}\">{shown.Replace('.', ',')}</td>", vi, StringComparison.Ordinal);
        Assert.Contains($"data-value=\"{key}\">{shown}</td>", en, StringComparison.Ordinal);
        foreach (var english in new[] { "<h2>Ranking</h2>", "<h2>Unit profiles</h2>", "<h2>Methodology as applied</h2>", "<h2>Statistical audit</h2>", "Built with Nq52Metrics." })
        {
            Assert.DoesNotContain(english, vi, StringComparison.Ordinal);
        }

        // Names from the data are shown as given in both languages.
        Assert.Contains(">Thừa Thiên Huế</a>", vi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sort_keys_are_invariant_and_the_same_in_both_languages()
    {
        var keys = (string html) => SortKey().Matches(html).Select(m => m.Groups[1].Value).ToArray();

        var (en, vi) = (keys(Render(DisplayLanguage.English)), keys(Render(DisplayLanguage.Vietnamese)));

        Assert.NotEmpty(vi);
        Assert.Equal(en, vi);
        Assert.All(vi, k => Assert.DoesNotContain(",", k, StringComparison.Ordinal));
    }

    [Fact]
    public void The_charts_are_drawn_with_labels_in_the_report_language()
    {
        var chart = (string html) => RankingChart().Match(html).Groups[1].Value;

        var (en, vi) = (chart(Render(DisplayLanguage.English)), chart(Render(DisplayLanguage.Vietnamese)));

        Assert.NotEmpty(vi);
        Assert.NotEqual(en, vi);
        Assert.Equal(
            Convert.ToBase64String(Nq52Metrics.Charts.IndexCharts.RankingBars(ChartSamples.Pii, options: new Nq52Metrics.Charts.ChartOptions { Language = DisplayLanguage.Vietnamese }).ToPng()),
            vi);
    }

    [Fact]
    public void A_problem_that_stopped_the_audit_is_shown_in_the_report_language_with_its_literal_location()
    {
        var problem = ProblemMessages.Problem(ProblemLocation.InCsv("iData.csv", 7, "LPI"), "CsvNotANumber", "\"n/a\"");
        var render = (DisplayLanguage language) => HtmlReport.Render(new ReportContents(SampleIndex.Build()) { AuditProblems = [problem], Language = language });

        var (en, vi) = (render(DisplayLanguage.English), render(DisplayLanguage.Vietnamese));

        Assert.Contains($"<li>{HtmlText.Escape(problem.ToString(DisplayLanguage.Vietnamese))}</li>", vi, StringComparison.Ordinal);
        Assert.Contains($"<li>{HtmlText.Escape(problem.ToString(DisplayLanguage.English))}</li>", en, StringComparison.Ordinal);
        Assert.NotEqual(problem.ToString(DisplayLanguage.English), problem.ToString(DisplayLanguage.Vietnamese));
        Assert.Contains("iData.csv", problem.ToString(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("<p>Không chạy được kiểm định thống kê trên dữ liệu này:</p>", vi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vietnamese_methodology_writes_its_settings_with_decimal_commas_and_a_gloss_of_the_method()
    {
        var methodology = Methodology.CoinrAsemExample with { Normalisation = NormalisationMethod.ZScore(10, 2.5) };

        var html = HtmlReport.Render(new ReportContents(SampleIndex.Build(methodology)) { Language = DisplayLanguage.Vietnamese });

        Assert.Contains("Chuẩn hóa z-score về trung bình 10 và độ lệch chuẩn 2,5", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Chuẩn hóa</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_report_label_has_a_vietnamese_text()
    {
        static IEnumerable<(string Name, string English, string Vietnamese)> Texts<T>(T english, T vietnamese) =>
            typeof(T).GetProperties().Where(p => p.PropertyType == typeof(string))
                .Select(p => (p.Name, (string)p.GetValue(english)!, (string)p.GetValue(vietnamese)!));

        var texts = Texts(ReportLabels.English, ReportLabels.Vietnamese).Concat(Texts(ReportLabels.English.Stages, ReportLabels.Vietnamese.Stages)).ToList();

        Assert.True(texts.Count > 100, $"{texts.Count} labels");
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Vietnamese), t.Name));
        // An acronym and two marks read the same in both languages.
        string[] neutral = ["RoundedPii", "DiffersMark", "NotPublished"];
        var same = texts.Where(t => t.English == t.Vietnamese && !neutral.Contains(t.Name)).Select(t => t.Name).ToList();
        Assert.True(same.Count <= 2, "the same in both languages: " + string.Join(", ", same));
    }

    [Fact]
    public void The_report_command_passes_the_chosen_language_to_the_report()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var (en, vi) = (folder.PathOf("en.html"), folder.PathOf("vi.html"));

        var runs = new[] { CliRun.Run("report", "--framework", framework, "--data", data, "--out", en, "--lang", "en"), CliRun.Run("report", "--framework", framework, "--data", data, "--out", vi, "--lang", "vi") };

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Contains("<html lang=\"vi\">", File.ReadAllText(vi), StringComparison.Ordinal);
        Assert.Contains("<h2>Bảng xếp hạng</h2>", File.ReadAllText(vi), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(en), StringComparison.Ordinal);
        Assert.Contains("Khung chỉ số: " + Path.GetFileName(framework), File.ReadAllText(vi), StringComparison.Ordinal);
        Assert.Contains("Phương pháp: mặc định chung", File.ReadAllText(vi), StringComparison.Ordinal);
        Assert.Contains("Framework: " + Path.GetFileName(framework), File.ReadAllText(en), StringComparison.Ordinal);
        Assert.Equal(HtmlReportTests.BodyRows(File.ReadAllText(en), "ranking-table"), HtmlReportTests.BodyRows(File.ReadAllText(vi), "ranking-table"));
    }
}
