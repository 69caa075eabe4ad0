using System.Collections.Immutable;
using Nq52Metrics.Charts;
using Nq52Metrics.Interactive;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Interactive;

public sealed class NotebookViewTests
{
    [Fact]
    public void An_index_result_is_a_ranking_table_with_one_column_per_sub_index()
    {
        var view = NotebookViews.Result(NotebookSamples.Small);
        var table = Assert.Single(view.Tables);
        Assert.Equal(["Rank", "Code", "Name", "Score", "Input & \"effort\"", "Output"], table.Headers);
        Assert.Equal(5, table.Rows.Length);
        Assert.Equal(["1", "hn", "Hà Nội, \"capital\""], table.Rows[0].Take(3));
        Assert.Equal("100.00", table.Rows[0][4]);
        Assert.False(view.IsSample);
        Assert.Equal("Index \"Idx\"", view.Title);
    }

    [Fact]
    public void User_text_is_escaped_in_HTML_and_Vietnamese_letters_are_kept_as_they_are()
    {
        var html = NotebookViews.Result(NotebookSamples.Small).ToHtml();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Input &amp; &quot;effort&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<td>Thừa Thiên Huế</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Đắk Lắk</td>", html, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"nq52\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_of_a_whole_PII_report_is_a_table_not_a_tree_of_records()
    {
        var html = NotebookFormatters.Format(NotebookSamples.Pii, NotebookFormatters.Html);
        Assert.InRange(html.Length, 1_000, 40_000);
        Assert.Equal(63 + 1, html.Split("<tr>").Length - 1);
    }

    [Fact]
    public void A_PII_report_on_sample_data_carries_the_SAMPLE_notice_in_every_form()
    {
        var view = NotebookViews.Pii(NotebookSamples.Pii);
        Assert.True(view.IsSample);
        Assert.Contains("class=\"nq52-sample\"", view.ToHtml(), StringComparison.Ordinal);
        Assert.Contains(PiiSample.Notice, view.ToText(), StringComparison.Ordinal);
        var csv = view.ToCsv().Split('\n');
        Assert.StartsWith("DataStatus,Rank,Code,Name,PII,", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Skip(1).Where(l => l.Length > 0), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        Assert.Equal(63, view.Tables[0].Rows.Length);
        var first = NotebookSamples.Pii.Rows[0];
        Assert.Equal(first.RoundedScore!.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), view.Tables[0].Rows[0][4]);
    }

    [Fact]
    public void Results_and_analyses_of_sample_data_are_labelled_and_others_are_not()
    {
        Assert.True(NotebookViews.Result(NotebookSamples.Pii.Result).IsSample);
        Assert.True(NotebookViews.Ranking(NotebookSamples.Pii.Result.Ranking()).IsSample);
        Assert.False(NotebookViews.Ranking(NotebookSamples.Small.Ranking()).IsSample);
        Assert.False(NotebookViews.Uncertainty(NotebookSamples.Uncertainty).IsSample);
        Assert.StartsWith("SAMPLE ", NotebookSamples.Pii.Result.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("SAMPLE PII report: 63 units", NotebookSamples.Pii.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_framework_is_shown_top_down_with_children_indented_under_their_parent()
    {
        var view = NotebookViews.Framework(NotebookSamples.Small.Framework);
        var rows = view.Tables[0].Rows;
        Assert.Equal(["Idx", "In", "a", "b", "Out", "c", "d"], rows.Select(r => r[1]));
        Assert.Equal("Index <main>", rows[0][2]);
        Assert.Equal("    a", rows[2][2]);
        Assert.Equal("0.25", rows[2][4]);
        Assert.Equal("4 indicators on 3 levels", view.Summary);
    }

    [Fact]
    public void An_uncertainty_result_shows_rank_statistics_by_nominal_rank_and_no_sensitivity_table_when_none_was_computed()
    {
        var view = NotebookViews.Uncertainty(NotebookSamples.Uncertainty);
        var table = Assert.Single(view.Tables);
        Assert.Equal(["1", "2", "3", "4", "5"], table.Rows.Select(r => r[0]));
        Assert.Equal(NotebookSamples.Uncertainty["hn"].Q95.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), table.Rows[0][5]);
        Assert.Equal("200 runs (0 failed), 1 inputs varied", view.Summary);
        Assert.StartsWith("Uncertainty of \"Idx\": 200 runs (0 failed), 1 inputs, 5 units; widest interval: ", NotebookSamples.Uncertainty.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sensitivity_analysis_adds_the_Sobol_table()
    {
        var view = NotebookViews.Uncertainty(NotebookSamples.Sensitivity);
        Assert.False(NotebookSamples.Sensitivity.Sensitivity.IsEmpty, string.Join("; ", NotebookSamples.Sensitivity.FailureMessages));
        Assert.Equal(2, view.Tables.Length);
        Assert.Equal(NotebookSamples.Sensitivity.Sensitivity.Length, view.Tables[1].Rows.Length);
        Assert.Equal(NotebookSamples.Sensitivity.Sensitivity.Select(s => s.Input), view.Tables[1].Rows.Select(r => r[0]));
        Assert.Matches(@"^.+: S -?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\], ST -?\d\.\d{3} \[", NotebookSamples.Sensitivity.Sensitivity[0].ToString());
        Assert.Equal(view.Tables[1].Rows.Length, NotebookViews.Sensitivity(NotebookSamples.Sensitivity.Sensitivity).Tables[0].Rows.Length);
        Assert.Equal(63, NotebookViews.RankStatistics(NotebookSamples.Sensitivity.RankStatistics).Tables[0].Rows.Length);
        Assert.True(view.IsSample);
    }

    [Fact]
    public void Analyses_of_sample_data_carry_the_SAMPLE_label_in_HTML_text_and_CSV()
    {
        var sensitivity = NotebookSamples.Sensitivity;
        var views = new[]
        {
            NotebookViews.Audit(NotebookSamples.PiiAudit),
            NotebookViews.Uncertainty(sensitivity),
            NotebookViews.RankStatistics(sensitivity.RankStatistics),
            NotebookViews.Sensitivity(sensitivity.Sensitivity),
        };
        Assert.All(views, view =>
        {
            Assert.True(view.IsSample, view.Title);
            Assert.Contains("class=\"nq52-sample\"", view.ToHtml(), StringComparison.Ordinal);
            Assert.Contains(PiiSample.Notice, view.ToText(), StringComparison.Ordinal);
            var lines = view.ToCsv().Split('\n').Where(l => l.Length > 0).ToList();
            Assert.All(lines.Where(l => l.StartsWith(PiiSample.DataStatusColumn + ",", StringComparison.Ordinal) is false), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
            Assert.StartsWith(PiiSample.DataStatusColumn + ",", lines[0], StringComparison.Ordinal);
        });
        Assert.True(NotebookSamples.PiiAudit.IsSample);
        Assert.True(sensitivity.IsSample);
        Assert.All(sensitivity.Sensitivity, s => Assert.True(s.IsSample));
        Assert.StartsWith("SAMPLE Audit of \"PII\"", NotebookSamples.PiiAudit.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("SAMPLE Uncertainty of ", sensitivity.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("SAMPLE ", sensitivity.Sensitivity[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyses_of_real_data_carry_no_SAMPLE_label()
    {
        Assert.False(NotebookSamples.Audit.IsSample);
        Assert.False(NotebookSamples.Uncertainty.IsSample);
        var views = new[]
        {
            NotebookViews.Audit(NotebookSamples.Audit),
            NotebookViews.Uncertainty(NotebookSamples.Uncertainty),
            NotebookViews.RankStatistics(NotebookSamples.Uncertainty.RankStatistics),
            NotebookViews.Sensitivity([new SensitivityIndex("weights", 0.1, 0.2, 0, 0.2, 0.1, 0.3)]),
            NotebookViews.Sensitivity([]),
        };
        Assert.All(views, view =>
        {
            Assert.False(view.IsSample, view.Title);
            Assert.DoesNotContain("SAMPLE", view.ToHtml(), StringComparison.Ordinal);
            Assert.DoesNotContain(PiiSample.DataStatusColumn, view.ToCsv(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_audit_shows_findings_raw_statistics_and_alphas()
    {
        var audit = NotebookSamples.Audit;
        var view = NotebookViews.Audit(audit);
        Assert.Equal(3, view.Tables.Length);
        Assert.Equal(audit.Findings.Length, view.Tables[0].Rows.Length);
        Assert.Equal(["a", "b", "c", "d"], view.Tables[1].Rows.Select(r => r[0]));
        Assert.Equal(audit.Alphas.Select(a => a.Node), view.Tables[2].Rows.Select(r => r[0]));
        Assert.StartsWith("Audit of \"Idx\": 5 units, 4 indicators, ", audit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_aligns_columns_and_CSV_quotes_commas_and_quotes()
    {
        var view = NotebookViews.Result(NotebookSamples.Small);
        var lines = view.ToText().Split('\n');
        var header = lines.Single(l => l.StartsWith("Rank  ", StringComparison.Ordinal));
        var first = lines[Array.IndexOf(lines, header) + 1];
        Assert.Equal(header.IndexOf("Code", StringComparison.Ordinal), first.IndexOf("hn", StringComparison.Ordinal));
        Assert.Contains("\"Hà Nội, \"\"capital\"\"\"", view.ToCsv(), StringComparison.Ordinal);
        Assert.Equal(view.ToText(), view.ToString());
    }

    [Fact]
    public void A_line_break_or_tab_in_a_name_keeps_the_text_table_one_line_per_row_and_stays_in_the_CSV()
    {
        var framework = new Nq52Metrics.Frameworks.FrameworkBuilder("Idx").Indicator("a", parent: "Idx").Indicator("b", parent: "Idx").Build();
        var data = Nq52Metrics.Data.Dataset.FromUnitValues(
        [
            (new Nq52Metrics.Data.Unit("u1", "Two\nlines"), new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 }),
            (new Nq52Metrics.Data.Unit("u2", "Tab\there"), new Dictionary<string, double> { ["a"] = 2, ["b"] = 1 }),
            (new Nq52Metrics.Data.Unit("u3", "Plain"), new Dictionary<string, double> { ["a"] = 3, ["b"] = 3 }),
        ]);
        var view = NotebookViews.Result(Nq52Metrics.Construction.IndexBuilder.Build(framework, data));

        var lines = view.ToText().Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("Rank  ", StringComparison.Ordinal));

        Assert.Equal(["u3", "u1", "u2"], lines.Skip(header + 1).Take(3).Select(l => l.Split(" ", StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Contains("Two<U+000A>lines", view.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain(view.ToText(), c => char.IsControl(c) && c != '\n');
        Assert.Contains("\"Two\nlines\"", view.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_tables_are_cut_in_HTML_and_text_but_not_in_CSV()
    {
        var rows = Enumerable.Range(1, NotebookView.MaxRows + 5).Select(i => new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var view = new NotebookView("t", null, "", [NotebookTable.Create("c", ["n"], rows)], NotebookLabels.English);
        Assert.Contains("100 of 105 rows shown", view.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("100 of 105 rows shown", view.ToText(), StringComparison.Ordinal);
        Assert.Equal(106, view.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Labels_can_be_replaced_as_a_whole()
    {
        var labels = NotebookLabels.English with { Rank = "Hạng", Name = "Tên", RankingCaption = "Xếp hạng" };
        var view = NotebookViews.Result(NotebookSamples.Small, labels);
        Assert.Equal(["Hạng", "Code", "Tên"], view.Tables[0].Headers.Take(3));
        Assert.Contains("<caption>Xếp hạng</caption>", view.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ragged_or_headerless_table_is_refused()
    {
        Assert.Throws<ArgumentException>(() => NotebookTable.Create("c", ["a", "b"], [["1"]]));
        Assert.Throws<ArgumentException>(() => NotebookTable.Create("c", [], []));
    }

    [Fact]
    public void Every_registered_type_formats_in_every_MIME_type()
    {
        object[] values =
        [
            NotebookSamples.Small.Framework, NotebookSamples.Small, NotebookSamples.Small.Ranking(), NotebookSamples.Pii,
            NotebookSamples.Sensitivity, NotebookSamples.Sensitivity.RankStatistics, NotebookSamples.Sensitivity.Sensitivity,
            NotebookSamples.Audit,
        ];
        Assert.Equal(NotebookFormatters.FormattedTypes.Length - 1, values.Length);
        foreach (var value in values)
        {
            Assert.Contains(value.GetType(), NotebookFormatters.FormattedTypes);
            Assert.NotNull(NotebookFormatters.ViewOf(value));
            Assert.StartsWith("<div class=\"nq52\">", NotebookFormatters.Format(value, NotebookFormatters.Html), StringComparison.Ordinal);
            Assert.Equal(NotebookFormatters.ViewOf(value)!.ToText(), NotebookFormatters.Format(value, NotebookFormatters.PlainText));
            Assert.Equal(NotebookFormatters.ViewOf(value)!.ToCsv(), NotebookFormatters.Format(value, NotebookFormatters.Csv));
        }
    }

    [Fact]
    public void A_chart_is_an_inline_PNG_in_HTML_and_its_name_otherwise()
    {
        var chart = IndexCharts.RankingBars(NotebookSamples.Small);
        var html = NotebookFormatters.Format(chart, NotebookFormatters.Html);
        Assert.StartsWith("<img src=\"data:image/png;base64,iVBOR", html, StringComparison.Ordinal);
        Assert.Contains($"width=\"{chart.Width}\"", html, StringComparison.Ordinal);
        Assert.Equal(chart.ToString(), NotebookFormatters.Format(chart, NotebookFormatters.PlainText));
    }

    [Fact]
    public void Other_values_and_unknown_MIME_types()
    {
        Assert.Null(NotebookFormatters.ViewOf("text"));
        Assert.Equal("42", NotebookFormatters.Format(42, NotebookFormatters.Html));
        Assert.Equal("", NotebookFormatters.Format(null, NotebookFormatters.PlainText));
        Assert.Throws<ArgumentException>(() => NotebookFormatters.Format(NotebookSamples.Small, "application/json"));
        Assert.Equal(typeof(ImmutableArray<Nq52Metrics.Results.RankedUnit>), NotebookSamples.Small.Ranking().GetType());
    }

    [Fact]
    public void The_extension_script_registers_every_type_for_every_MIME_type_through_the_formatters_class()
    {
        var script = File.ReadAllText(Path.Combine(Vietnam.SeedFolder.RepositoryRoot(), "src", "Nq52Metrics.Interactive", "extension.dib"));
        Assert.Contains("NotebookFormatters.FormattedTypes", script, StringComparison.Ordinal);
        Assert.Contains("NotebookFormatters.MimeTypes", script, StringComparison.Ordinal);
        Assert.Contains("NotebookFormatters.Writer(nq52Mime, labels)", script, StringComparison.Ordinal);
        Assert.Contains("NQ52_LANG", script, StringComparison.Ordinal);
    }
}
