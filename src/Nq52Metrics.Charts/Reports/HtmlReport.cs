using System.Text;
using Nq52Metrics.Localization;
using Nq52Metrics.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// The HTML report of a built index: one self-contained UTF-8 file (inline style sheet and script, charts as
/// data-URI PNG images, nothing fetched from the network) holding the sortable ranking table, the charts, a profile
/// of every unit, the methodology as applied and, when they were run, the uncertainty results and the statistical
/// audit; for the PII (<see cref="ReportContents.Pii"/>) also Input, Output, efficiency and the comparison with the
/// published edition; in the language of <see cref="ReportContents.Language"/> (texts, numbers shown, chart labels,
/// problem messages; sort keys stay invariant). Data whose units are all marked as sample data carry the SAMPLE banner. Every text that comes from the
/// data, the framework or the caller is HTML-escaped; Vietnamese and other non-ASCII text is written as it is.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the report as one HTML document.</summary>
    /// <param name="contents">What the report shows.</param>
    /// <returns>The HTML text (UTF-8 when saved; it declares <c>charset=utf-8</c>).</returns>
    /// <exception cref="ArgumentException"><see cref="ReportContents.Pii"/> was built from another result than <see cref="ReportContents.Result"/>.</exception>
    public static string Render(ReportContents contents) => Render(contents, ReportLabels.For(contents?.Language ?? DisplayLanguage.English));

    /// <summary>Renders the report with the given texts (and chart options).</summary>
    internal static string Render(ReportContents contents, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(contents);
        if (contents.Pii is { } report && !ReferenceEquals(report.Result, contents.Result))
        {
            throw new ArgumentException("The PII report must be the one the reported result comes from (its Result).", nameof(contents));
        }

        var result = contents.Result;
        var title = contents.Title ?? result.Framework[result.IndexCode].DisplayName;
        var sample = result.IsSample;
        var sections = new List<ReportSection>
        {
            RankingSection.Create(contents, labels),
        };
        if (contents.Pii is { } pii)
        {
            sections.Add(PiiComparisonSection.Create(pii, labels));
        }

        sections.AddRange(
        [
            ChartSection.Create(contents, labels),
            ProfileSection.Create(result, labels),
            MethodologySection.Create(result, labels),
        ]);
        if (contents.Uncertainty is { } uncertainty)
        {
            sections.Add(UncertaintySection.Create(uncertainty, labels));
        }

        if (contents.Audit is not null || !contents.AuditProblems.IsEmpty)
        {
            sections.Add(AuditSection.Create(contents, labels));
        }

        var html = new HtmlText(labels);
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(labels.Language.Code).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").Raw(ReportAssets.ContentSecurityPolicy).Raw("\">\n")
            .Element("title", sample ? labels.Formatted(labels.SampleTitle, title) : title)
            .Raw("<style>\n").Raw(ReportAssets.Style).Raw("\n</style>\n</head>\n<body>\n<header>\n")
            .Element("h1", title);
        if (sample)
        {
            html.Element("p", labels.SampleBanner, " class=\"sample\" role=\"note\" id=\"sample\"");
        }

        if (!contents.Inputs.IsEmpty)
        {
            html.Raw("<ul class=\"inputs\" aria-label=\"").Text(labels.Inputs).Raw("\">\n");
            foreach (var input in contents.Inputs)
            {
                html.Element("li", input);
            }

            html.Raw("</ul>\n");
        }

        html.Raw("<nav aria-label=\"").Text(labels.Contents).Raw("\"><ul>\n");
        foreach (var section in sections)
        {
            html.Raw("<li><a href=\"#").Raw(section.Id).Raw("\">").Text(section.Heading).Raw("</a></li>\n");
        }

        html.Raw("</ul></nav>\n</header>\n<main>\n");
        foreach (var section in sections)
        {
            html.Raw("<section id=\"").Raw(section.Id).Raw("\">\n").Element("h2", section.Heading).Raw(section.Body).Raw("</section>\n");
        }

        html.Raw("</main>\n<footer>\n");
        if (sample)
        {
            html.Element("p", labels.SampleBanner, " class=\"sample\"");
        }

        html.Element("p", labels.GeneratedBy)
            .Raw("</footer>\n<script>\n").Raw(ReportAssets.Script).Raw("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Renders the report and writes it as a UTF-8 file, all or nothing (a temporary file moved into place).</summary>
    /// <param name="path">The destination, e.g. <c>report.html</c>; its folder must exist.</param>
    /// <param name="contents">What the report shows.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void Write(string path, ReportContents contents)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(contents));
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }
}
