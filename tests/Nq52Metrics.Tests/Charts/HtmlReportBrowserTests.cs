using System.Net;
using System.Text.Json;
using Nq52Metrics.Charts.Reports;
using Nq52Metrics.Tests.Serialization;
using SkiaSharp;

namespace Nq52Metrics.Tests.Charts;

/// <summary>
/// The HTML report in a real browser (headless Chromium): it logs no error, its ranking table (and the PII comparison
/// table) has one row per unit, clicking a column heading sorts the table, and it draws a page that is not blank. A check script is added to a
/// copy of the report here only; the report itself is unchanged.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    /// <summary>Collects errors (script errors, console.error, failed loads, blocked content) from the top of the page.</summary>
    private const string ErrorCollector = """
        <script>
        window.reportErrors = [];
        window.addEventListener("error", function (e) { window.reportErrors.push("error: " + (e.message || (e.target && (e.target.src || e.target.href)) || "?")); }, true);
        document.addEventListener("securitypolicyviolation", function (e) { window.reportErrors.push("blocked: " + e.blockedURI + " by " + e.violatedDirective); });
        (function () { var original = console.error; console.error = function () { window.reportErrors.push("console: " + Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); }; })();
        </script>
        """;

    /// <summary>Once the page has loaded: reads the ranking, clicks headings, and writes what it saw as JSON into a pre element.</summary>
    private const string SelfCheck = """
        <script>
        window.addEventListener("load", function () { setTimeout(function () {
          var table = document.getElementById("ranking-table");
          var headings = table.tHead.rows[0].cells;
          function column(i) { return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[i].textContent.trim(); }); }
          function values(i) { return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[i].getAttribute("data-value"); }); }
          function click(i) { headings[i].querySelector("button").click(); }
          var check = { rows: table.tBodies[0].rows.length, initialRanks: column(0) };
          click(3); check.scoreAscending = values(3); check.scoreSort = headings[3].getAttribute("aria-sort");
          click(3); check.scoreDescending = values(3); check.scoreSortAgain = headings[3].getAttribute("aria-sort");
          click(1); check.namesAscending = column(1);
          click(1); check.namesDescending = column(1);
          click(0); check.ranksAscending = column(0);
          var published = document.getElementById("published-table");
          if (published) {
            check.publishedRows = published.tBodies[0].rows.length;
            published.tHead.rows[0].cells[6].querySelector("button").click();
            check.efficiencyAscending = Array.prototype.map.call(published.tBodies[0].rows, function (r) { return r.cells[6].getAttribute("data-value"); });
          }
          check.lang = document.documentElement.lang;
          check.headings = Array.prototype.map.call(document.querySelectorAll("h2"), function (h) { return h.textContent; });
          check.errors = window.reportErrors;
          var pre = document.createElement("pre");
          pre.id = "self-check";
          pre.textContent = JSON.stringify(check);
          document.body.appendChild(pre);
        }, 0); });
        </script>
        """;

    [Fact]
    public void The_report_opens_in_chromium_without_errors_and_its_ranking_sorts_by_a_clicked_column()
    {
        var html = HtmlReport.Render(new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty, Pii = ChartSamples.PiiReport });

        var check = CheckInBrowser(html);

        Assert.Empty(check.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        var units = ChartSamples.Pii.Units.Length;
        Assert.Equal(units, check.GetProperty("rows").GetInt32());
        Assert.Equal(ChartSamples.Pii.Ranking().Select(r => r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), Strings(check, "initialRanks"));
        var ascending = Numbers(check, "scoreAscending");
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal("ascending", check.GetProperty("scoreSort").GetString());
        var descending = Numbers(check, "scoreDescending");
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal("descending", check.GetProperty("scoreSortAgain").GetString());
        var names = Strings(check, "namesAscending");
        Assert.Equal(ChartSamples.Pii.Units.Select(u => u.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.NotEqual(ChartSamples.Pii.Ranking().Select(r => r.Unit.Name), names);
        Assert.Equal(names.AsEnumerable().Reverse(), Strings(check, "namesDescending"));
        Assert.Equal(ChartSamples.Pii.Ranking().Select(r => r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), Strings(check, "ranksAscending"));
        Assert.Equal(units, check.GetProperty("publishedRows").GetInt32());
        var efficiency = Numbers(check, "efficiencyAscending");
        Assert.Equal(ChartSamples.PiiReport.Rows.Select(r => r.Efficiency).Order(), efficiency);
    }

    [Fact]
    public void The_vietnamese_report_opens_in_chromium_with_its_diacritics_intact_and_sorts_by_the_invariant_keys()
    {
        var html = HtmlReport.Render(new ReportContents(ChartSamples.Pii) { Audit = ChartSamples.Audit, Uncertainty = ChartSamples.Uncertainty, Language = Nq52Metrics.Localization.DisplayLanguage.Vietnamese });

        var check = CheckInBrowser(html);

        Assert.Empty(check.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("vi", check.GetProperty("lang").GetString());
        Assert.Equal(["Bảng xếp hạng", "Biểu đồ", "Hồ sơ đơn vị", "Phương pháp đã áp dụng", "Độ bất định và độ nhạy", "Kiểm định thống kê"], Strings(check, "headings"));
        var names = Strings(check, "namesAscending");
        Assert.Contains("Thừa Thiên Huế", names);
        Assert.Contains("Đắk Lắk", names);
        Assert.Equal(ChartSamples.Pii.Units.Length, check.GetProperty("rows").GetInt32());
        var ascending = Numbers(check, "scoreAscending");
        Assert.Equal(ascending.Order(), ascending);
        var descending = Numbers(check, "scoreDescending");
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal(names.AsEnumerable().Reverse(), Strings(check, "namesDescending"));
    }

    [Fact]
    public void The_check_sees_an_error_the_page_logs_and_content_it_tries_to_fetch()
    {
        var html = HtmlReport.Render(new ReportContents(SampleIndex.Build()))
            .Replace("</body>", "<script>console.error(\"deliberate\");</script><img alt=\"\" src=\"https://example.invalid/x.png\"></body>", StringComparison.Ordinal);

        var errors = Strings(CheckInBrowser(html), "errors");

        Assert.Contains("console: deliberate", errors);
        Assert.Contains(errors, e => e.StartsWith("blocked: https://example.invalid/x.png", StringComparison.Ordinal));
    }

    [Fact]
    public void A_screenshot_of_the_report_in_chromium_is_not_blank()
    {
        var browser = HeadlessChromium.Locate();
        using var folder = new TempFolder();
        var page = folder.PathOf("report.html");
        HtmlReport.Write(page, new ReportContents(ChartSamples.Pii));
        var png = folder.PathOf("report.png");

        HeadlessChromium.Screenshot(browser, page, png, 1400);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1280, bitmap.Width);
        var (inked, colours) = (0, new HashSet<uint>());
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add((uint)pixel);
                inked += pixel.Red + pixel.Green + pixel.Blue < 600 ? 1 : 0;
            }
        }

        var share = inked / (bitmap.Width * bitmap.Height / 4.0);
        Assert.True(share > 0.02, $"only {share:P1} of the screenshot is drawn");
        Assert.True(colours.Count > 50, $"only {colours.Count} colours in the screenshot");
    }

    /// <summary>Opens a copy of the page with the error collector and the check added, and returns what the check saw.</summary>
    private static JsonElement CheckInBrowser(string html)
    {
        var browser = HeadlessChromium.Locate();
        using var folder = new TempFolder();
        var page = folder.Write("report-check.html", html.Replace("<head>\n", "<head>\n" + ErrorCollector, StringComparison.Ordinal).Replace("</body>", SelfCheck + "</body>", StringComparison.Ordinal));
        return SelfCheckResult(HeadlessChromium.DumpDom(browser, page));
    }

    private static JsonElement SelfCheckResult(string dom)
    {
        const string Open = "<pre id=\"self-check\">";
        var start = dom.IndexOf(Open, StringComparison.Ordinal);
        Assert.True(start >= 0, "The page's check did not run (a script failed before it). The DOM ends with:\n" + dom[Math.Max(0, dom.Length - 2000)..]);
        start += Open.Length;
        var json = WebUtility.HtmlDecode(dom[start..dom.IndexOf("</pre>", start, StringComparison.Ordinal)]);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static string[] Strings(JsonElement check, string name) => [.. check.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];

    private static double[] Numbers(JsonElement check, string name) =>
        [.. check.GetProperty(name).EnumerateArray().Select(e => e.GetString() is { Length: > 0 } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : double.NaN)];
}
