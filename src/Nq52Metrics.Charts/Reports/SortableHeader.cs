namespace Nq52Metrics.Charts.Reports;

/// <summary>A column heading of a sortable table: a button that the page's script sorts by; numeric columns sort by their cells' <c>data-value</c>.</summary>
internal static class SortableHeader
{
    public static void Append(HtmlText html, string text, bool numeric) =>
        html.Raw(numeric ? "<th class=\"num\" data-type=\"number\" scope=\"col\"><button type=\"button\">" : "<th scope=\"col\"><button type=\"button\">")
            .Text(text).Raw("</button></th>");
}
