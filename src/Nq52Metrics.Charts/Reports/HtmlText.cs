using System.Globalization;
using System.Text;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// Builds HTML text: every user text goes through <see cref="Text"/>, which escapes the five characters HTML gives a
/// meaning to (<c>&amp; &lt; &gt; " '</c>) and leaves every other character as it is, so Vietnamese stays readable
/// UTF-8 in the file. Numbers shown are written as the report's language writes them, while the <c>data-value</c>
/// sort keys stay invariant; a missing value (NaN) is written as the report's "n/a" with an explanation, never as "NaN".
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _html = new();

    public HtmlText(ReportLabels labels) => Labels = labels;

    /// <summary>The texts of the report.</summary>
    public ReportLabels Labels { get; }

    /// <summary>Appends markup as it is (only for markup the report itself writes).</summary>
    public HtmlText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends user or data text, escaped.</summary>
    public HtmlText Text(string? text)
    {
        _html.Append(Escape(text));
        return this;
    }

    /// <summary>Appends <c>&lt;tag attributes&gt;escaped text&lt;/tag&gt;</c>.</summary>
    public HtmlText Element(string tag, string? text, string attributes = "")
    {
        _html.Append('<').Append(tag).Append(attributes).Append('>').Append(Escape(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>Appends a formatted label (see <see cref="ReportLabels"/>) with every argument escaped.</summary>
    public HtmlText Format(string format, params object?[] arguments) => Text(Labels.Formatted(format, arguments));

    /// <summary>
    /// A table cell holding a number: the shown text rounded to <paramref name="format"/>, the exact value in
    /// <c>data-value</c> for sorting; a missing value is shown as n/a and sorts last.
    /// </summary>
    public HtmlText NumberCell(double value, string format = "0.00")
    {
        if (double.IsNaN(value))
        {
            _html.Append("<td class=\"num missing\" data-value=\"\" title=\"").Append(Escape(Labels.MissingTitle)).Append("\">").Append(Escape(Labels.Missing)).Append("</td>");
        }
        else
        {
            _html.Append("<td class=\"num\" data-value=\"").Append(Invariant(value)).Append("\">")
                .Append(Number(value, format)).Append("</td>");
        }

        return this;
    }

    /// <summary>A number as the report's language writes it (<c>47.75</c> or <c>47,75</c>), or n/a when missing.</summary>
    public string Number(double value, string format = "0.00") =>
        double.IsNaN(value) ? Escape(Labels.Missing) : value.ToString(format, Labels.Language.Culture);

    /// <summary>
    /// A number in the invariant round-trip form, for markup that a program reads (sort keys, style sheet lengths),
    /// never shown; empty when missing.
    /// </summary>
    public static string Invariant(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The HTML built so far.</summary>
    public override string ToString() => _html.ToString();

    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>; every other character is kept.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>An HTML id made of a prefix and a code, one-to-one: ASCII letters, digits and '-' kept, every other character as '_', its hex code point, '_'.</summary>
    public static string Id(string prefix, string code)
    {
        var id = new StringBuilder(prefix.Length + code.Length + 1).Append(prefix).Append('-');
        foreach (var c in code)
        {
            // One-to-one: '_' never stands for itself, so "A/B", "A_B", "Hà" and "Hạ" get different ids.
            _ = char.IsAsciiLetterOrDigit(c) || c == '-' ? id.Append(c) : id.Append(CultureInfo.InvariantCulture, $"_{(int)c:X}_");
        }

        return id.ToString();
    }
}
