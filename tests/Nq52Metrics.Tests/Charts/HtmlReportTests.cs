using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Nq52Metrics.Charts.Reports;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Charts;

/// <summary>The HTML report's content, read as text: sections, rows, escaping, labels, the SAMPLE banner and self-containment.</summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void The_pii_sample_report_has_every_section_one_ranking_row_per_unit_and_the_sample_banner()
    {
        var html = HtmlReport.Render(new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty });

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        foreach (var id in new[] { "ranking", "charts", "profiles", "methodology", "uncertainty", "audit" })
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(ChartSamples.Pii.Units.Length, BodyRows(html, "ranking-table"));
        Assert.Equal(ChartSamples.Pii.Units.Length, BodyRows(html, "rank-statistics"));
        Assert.Equal(ChartSamples.Uncertainty.Sensitivity.Length, BodyRows(html, "sensitivity"));
        Assert.Equal(ChartSamples.Pii.Units.Length, Regex.Count(html, "<details id=\"unit-"));
        Assert.Equal(2, Regex.Count(html, "class=\"sample\""));
        Assert.Contains("<title>SAMPLE · Provincial Innovation Index</title>", html, StringComparison.Ordinal);
        // Vietnamese is written as it is (UTF-8), not as character references.
        Assert.Contains(">Thừa Thiên Huế</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Hà Nội</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_are_inlined_and_nothing_is_fetched_from_elsewhere()
    {
        var html = HtmlReport.Render(new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty });

        var sources = Regex.Matches(html, "\\ssrc=\"([^\"]{0,40})").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("data:image/png;base64,", s, StringComparison.Ordinal));
        foreach (var chart in new[] { "chart-ranking", "chart-framework", "chart-input-output", "chart-groups-Region", "chart-rank-intervals", "chart-sensitivity", "chart-correlations-1" })
        {
            Assert.Contains($"<figure id=\"{chart}\">", html, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch("(src|href)=\"(https?:|//)", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_from_the_data_and_the_caller_is_escaped()
    {
        var framework = SampleIndex.Framework();
        var hostile = "<script>alert('x')</script> & \"Đà Nẵng\"";
        var data = CoinrCsv.ParseData(SampleIndex.DataCsvText.Replace("Unit two", hostile.Replace("\"", "\"\"", StringComparison.Ordinal).Insert(0, "\"") + "\"", StringComparison.Ordinal), framework, "data.csv");
        var result = IndexBuilder.Build(framework, data);

        var html = HtmlReport.Render(new ReportContents(result) { Title = "Index <b>2025</b>", Inputs = ["Data: <data>.csv"] });

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>2025</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Đà Nẵng&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Index &lt;b&gt;2025&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Data: &lt;data&gt;.csv</li>", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script>"));
    }

    [Fact]
    public void Data_that_are_not_sample_data_have_no_banner_and_no_uncertainty_or_audit_section_unless_run()
    {
        var html = HtmlReport.Render(new ReportContents(SampleIndex.Build()));

        Assert.DoesNotContain("class=\"sample\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SAMPLE", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"uncertainty\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"audit\">", html, StringComparison.Ordinal);
        Assert.Equal(SampleIndex.UnitCodes.Length, BodyRows(html, "ranking-table"));
        Assert.Contains("<title>Sample index</title>", html, StringComparison.Ordinal);
        // The group column that tells units apart is a column of the ranking.
        Assert.Contains("<button type=\"button\">Zone</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_that_could_not_run_is_shown_as_its_problems()
    {
        var problem = new ValidationProblem(new ProblemLocation { Node = "A1" }, "constant: every unit has the same value.");

        var html = HtmlReport.Render(new ReportContents(SampleIndex.Build()) { AuditProblems = [problem] });

        Assert.Contains("<section id=\"audit\">", html, StringComparison.Ordinal);
        Assert.Contains("The statistical audit could not run on these data:", html, StringComparison.Ordinal);
        Assert.Contains("constant: every unit has the same value.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_methodology_describes_every_step_as_applied()
    {
        var methodology = Methodology.CoinrAsemExample with
        {
            Normalisation = NormalisationMethod.ZScore(10, 2),
            Aggregation = new AggregationSpec(AggregationMethod.Geometric),
            Ranking = Nq52Metrics.Ranking.TieMethod.Dense,
            Imputation = new ImputationSpec(ImputationMethod.GroupMean("Zone")),
        };

        var html = HtmlReport.Render(new ReportContents(SampleIndex.Build(methodology)));

        var methodologyTable = Section(html, "methodology");
        Assert.Equal(Enum.GetValues<PipelineStage>().Length, Regex.Count(methodologyTable, "<th scope=\"row\">"));
        Assert.Contains("Missing values replaced by the indicator&#39;s mean over the unit&#39;s group in Zone", methodologyTable, StringComparison.Ordinal);
        Assert.Contains("Units with less than 90 % of their indicator values available are dropped.", methodologyTable, StringComparison.Ordinal);
        Assert.Contains("Z-score standardisation to mean 10 and standard deviation 2", methodologyTable, StringComparison.Ordinal);
        Assert.Contains("Each aggregate combines its children&#39;s scores: Weighted geometric mean.", methodologyTable, StringComparison.Ordinal);
        Assert.Contains("Dense ranks", methodologyTable, StringComparison.Ordinal);
        Assert.Contains("An indicator fails when |skewness| ≥ 2 and kurtosis ≥ 3.5", methodologyTable, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void The_methodology_shows_each_method_s_own_description_in_the_report_language(string code)
    {
        Assert.True(DisplayLanguage.TryParse(code, out var language));
        var methodology = Methodology.Default with
        {
            Imputation = new ImputationSpec(ImputationMethod.GroupMedian("Zone")),
            Normalisation = NormalisationMethod.MinMax(1, 100),
            Aggregation = new AggregationSpec(AggregationMethod.GeneralisedMean(0.5))
            {
                ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(3, AggregationMethod.Minimum),
            },
        };

        var table = Section(HtmlReport.Render(new ReportContents(SampleIndex.Build(methodology)) { Language = language }), "methodology");

        foreach (var words in new[]
        {
            methodology.Imputation.Method.Describe(language),
            methodology.Normalisation.Describe(language),
            methodology.Aggregation.Method.Describe(language),
            AggregationMethod.Minimum.Describe(language),
        })
        {
            Assert.Contains(HtmlText.Escape(words), table, StringComparison.Ordinal);
        }

        Assert.Contains(code == "vi" ? "Chuẩn hóa min-max về thang 1–100" : "Min-max normalisation to 1–100", table, StringComparison.Ordinal);
        Assert.Contains(code == "vi" ? "số mũ 0,5" : "power 0.5", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_score_is_shown_as_not_available_never_as_NaN()
    {
        var framework = SampleIndex.Framework();
        var data = CoinrCsv.ParseData(SampleIndex.DataCsvText.Replace("U3,Unit three,West,7,4,260,", "U3,Unit three,West,NA,NA,NA,", StringComparison.Ordinal), framework, "data.csv");
        var result = IndexBuilder.Build(framework, data, Methodology.Default with { Aggregation = AggregationSpec.Arithmetic with { MinDataAvailability = 0.75 } });
        Assert.True(double.IsNaN(result.Scores["U3", "P1"]));

        var html = HtmlReport.Render(new ReportContents(result));

        Assert.DoesNotContain("NaN", Regex.Replace(html, "base64,[^\"]*", ""), StringComparison.Ordinal);
        Assert.Contains("<td class=\"num missing\" data-value=\"\" title=\"missing: no value could be computed\">n/a</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0 values imputed; 3 still missing.</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_saves_the_rendered_page_as_utf8_without_a_byte_order_mark_and_locates_an_unwritable_path()
    {
        using var folder = new TempFolder();
        var contents = new ReportContents(SampleIndex.Build());
        var path = folder.PathOf("report.html");

        HtmlReport.Write(path, contents);

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(HtmlReport.Render(contents), System.Text.Encoding.UTF8.GetString(bytes));
        var error = Assert.Throws<Nq52ValidationException>(() => HtmlReport.Write(folder.PathOf("missing/report.html"), contents));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(["report.html"], folder.FileNames());
    }

    [Fact]
    public void Unit_codes_that_differ_only_in_letters_outside_ASCII_or_in_punctuation_get_their_own_profile_anchors()
    {
        string[] codes = ["Hà", "Hạ", "A/B", "A_B", "A_2F_B"];
        var framework = new FrameworkBuilder("Index").Indicator("a", parent: "Index").Indicator("b", parent: "Index").Build();
        var data = Dataset.FromUnitValues(codes.Select((code, i) =>
            (new Unit(code, $"Unit {i}"), (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["a"] = i, ["b"] = 10 - (i * i) })));

        var html = HtmlReport.Render(new ReportContents(IndexBuilder.Build(framework, data)));

        var ids = Regex.Matches(html, "<details id=\"(unit-[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(codes.Length, ids.Count);
        Assert.Equal(codes.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]+$", id));
        Assert.All(ids, id => Assert.Contains($"<a href=\"#{id}\">", html, StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_result_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportContents(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render(null!));
    }

    internal static int BodyRows(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {tableId}");
        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return Regex.Count(body, "<tr[ >]");
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
