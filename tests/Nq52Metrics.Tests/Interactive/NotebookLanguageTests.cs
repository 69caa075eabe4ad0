using System.Globalization;
using Nq52Metrics.Interactive;
using Nq52Metrics.Localization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Interactive;

/// <summary>
/// The notebook views in English and Vietnamese: headers, a number as each language writes it, the SAMPLE notice and
/// the rows-shown note; CSV the same in both languages; the formatter the notebook registers in either language.
/// </summary>
public sealed class NotebookLanguageTests
{
    private static NotebookLabels Vi => NotebookLabels.For(DisplayLanguage.Vietnamese);

    [Fact]
    public void A_vietnamese_ranking_has_vietnamese_headers_and_decimal_commas()
    {
        var (en, vi) = (NotebookViews.Result(NotebookSamples.Small), NotebookViews.Result(NotebookSamples.Small, Vi));

        Assert.Equal(["Hạng", "Mã", "Tên", "Điểm"], vi.Tables[0].Headers.Take(4));
        Assert.Equal(["Rank", "Code", "Name", "Score"], en.Tables[0].Headers.Take(4));
        Assert.Equal("Chỉ số \"Idx\"", vi.Title);
        Assert.Equal("100,00", vi.Tables[0].Rows[0][4]);
        Assert.Equal("100.00", en.Tables[0].Rows[0][4]);
        var score = NotebookSamples.Small.Ranking()[1].Score;
        Assert.Equal(score.ToString("F2", CultureInfo.InvariantCulture).Replace('.', ','), vi.Tables[0].Rows[1][3]);
        Assert.Contains("<th>Hạng</th>", vi.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<td>100,00</td>", vi.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("100,00", vi.ToText(), StringComparison.Ordinal);
        // Names from the data are never translated.
        Assert.Equal(en.Tables[0].Rows.Select(r => r[2]), vi.Tables[0].Rows.Select(r => r[2]));
    }

    [Fact]
    public void The_sample_notice_and_the_rows_shown_note_are_in_the_language_and_still_say_sample()
    {
        var (en, vi) = (NotebookViews.Pii(NotebookSamples.Pii), NotebookViews.Pii(NotebookSamples.Pii, Vi));

        Assert.Equal(PiiSample.Notice, en.SampleNotice);
        Assert.StartsWith("DỮ LIỆU MẪU (SAMPLE DATA)", vi.SampleNotice, StringComparison.Ordinal);
        Assert.Contains(PiiSampleGenerator.DefaultSeed.ToString(CultureInfo.InvariantCulture), vi.SampleNotice, StringComparison.Ordinal);
        Assert.Equal("Bảng xếp hạng toàn quốc", vi.Tables[0].Caption);

        var long_ = NotebookView.MaxRows + 5;
        var table = NotebookTable.Create("t", ["x"], Enumerable.Range(0, long_).Select(i => new[] { i.ToString(CultureInfo.InvariantCulture) }));
        var view = new NotebookView("t", null, "", [table], Vi);
        Assert.Contains($"Hiển thị {NotebookView.MaxRows} trên {long_} dòng", view.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_the_same_in_both_languages_with_invariant_numbers()
    {
        object[] values = [NotebookSamples.Small, NotebookSamples.Pii, NotebookSamples.Uncertainty, NotebookSamples.Sensitivity, NotebookSamples.Audit, NotebookSamples.Small.Framework];

        foreach (var value in values)
        {
            var en = NotebookFormatters.Format(value, NotebookFormatters.Csv, NotebookLabels.English);
            var vi = NotebookFormatters.Format(value, NotebookFormatters.Csv, Vi);
            Assert.Equal(en, vi);
            Assert.NotEqual(
                NotebookFormatters.Format(value, NotebookFormatters.PlainText, NotebookLabels.English),
                NotebookFormatters.Format(value, NotebookFormatters.PlainText, Vi));
        }

        Assert.Contains(",100.00,", NotebookViews.Result(NotebookSamples.Small, Vi).ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_registered_formatter_writes_the_view_in_the_labels_language()
    {
        using var writer = new StringWriter();

        NotebookFormatters.Writer(NotebookFormatters.Html, Vi)(NotebookSamples.Small, writer);

        Assert.Equal(NotebookFormatters.Format(NotebookSamples.Small, NotebookFormatters.Html, Vi), writer.ToString());
        Assert.Contains("<th>Hạng</th>", writer.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NotebookFormatters.Writer("text/markdown"));
        Assert.Same(NotebookLabels.English, NotebookLabels.For(DisplayLanguage.English));
        Assert.Equal(NotebookLabels.English, new NotebookLabels());
    }

    [Fact]
    public void Every_notebook_label_has_a_vietnamese_text()
    {
        var texts = typeof(NotebookLabels).GetProperties().Where(p => p.PropertyType == typeof(string))
            .Select(p => (p.Name, English: (string)p.GetValue(NotebookLabels.English)!, Vietnamese: (string)p.GetValue(Vi)!)).ToList();

        Assert.True(texts.Count > 50, $"{texts.Count} labels");
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Vietnamese), t.Name));
        var same = texts.Where(t => t.English == t.Vietnamese).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        // Symbols that read the same in both languages.
        Assert.Equal(["Alpha", "N", "Pii", "Q5", "Q95"], same);
    }
}
