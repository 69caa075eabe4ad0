using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Charts;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Interactive;

/// <summary>
/// What the notebook extension registers: for each type in <see cref="FormattedTypes"/>, an HTML formatter with plain
/// text and CSV fallbacks, all produced by <see cref="Format"/>. The package's <c>extension.dib</c> only loops over
/// these; everything else is plain code that can be used (and tested) without a notebook.
/// </summary>
public static class NotebookFormatters
{
    /// <summary>The HTML MIME type.</summary>
    public const string Html = "text/html";

    /// <summary>The plain-text MIME type.</summary>
    public const string PlainText = "text/plain";

    /// <summary>The CSV MIME type.</summary>
    public const string Csv = "text/csv";

    /// <summary>The MIME types a formatter is registered for, preferred first.</summary>
    public static ImmutableArray<string> MimeTypes { get; } = [Html, PlainText, Csv];

    /// <summary>The types given a formatter (framework, results, reports, analyses and charts).</summary>
    public static ImmutableArray<Type> FormattedTypes { get; } =
    [
        typeof(IndexFramework),
        typeof(IndexResult),
        typeof(ImmutableArray<RankedUnit>),
        typeof(PiiReport),
        typeof(UncertaintyResult),
        typeof(ImmutableArray<UnitRankStatistics>),
        typeof(ImmutableArray<SensitivityIndex>),
        typeof(AuditResult),
        typeof(Chart),
    ];

    /// <summary>
    /// The formatter the notebook host registers for one MIME type: it writes <see cref="Format"/> of the value with
    /// <paramref name="labels"/>. Registering these again with <see cref="NotebookLabels.Vietnamese"/> switches a
    /// notebook to Vietnamese (the extension defines <c>Nq52Language("vi")</c> for that).
    /// </summary>
    /// <param name="mimeType">One of the <see cref="MimeTypes"/>.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The formatter: value and writer in, nothing out.</returns>
    /// <exception cref="ArgumentException">A MIME type other than the three.</exception>
    public static Action<object?, TextWriter> Writer(string mimeType, NotebookLabels? labels = null)
    {
        if (!MimeTypes.Contains(mimeType))
        {
            throw new ArgumentException($"Formats are {string.Join(", ", MimeTypes)}; not \"{mimeType}\".", nameof(mimeType));
        }

        return (value, writer) => writer.Write(Format(value, mimeType, labels));
    }

    /// <summary>The view of a value of one of the <see cref="FormattedTypes"/>, or null for any other value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The view, or null.</returns>
    public static NotebookView? ViewOf(object? value, NotebookLabels? labels = null) => value switch
    {
        IndexFramework framework => NotebookViews.Framework(framework, labels),
        IndexResult result => NotebookViews.Result(result, labels),
        ImmutableArray<RankedUnit> ranking => NotebookViews.Ranking(ranking, labels),
        PiiReport report => NotebookViews.Pii(report, labels),
        UncertaintyResult uncertainty => NotebookViews.Uncertainty(uncertainty, labels),
        ImmutableArray<UnitRankStatistics> statistics => NotebookViews.RankStatistics(statistics, labels),
        ImmutableArray<SensitivityIndex> indices => NotebookViews.Sensitivity(indices, labels),
        AuditResult audit => NotebookViews.Audit(audit, labels),
        _ => null,
    };

    /// <summary>
    /// Formats a value for one MIME type: <see cref="Html"/>, <see cref="PlainText"/> or <see cref="Csv"/>. A chart
    /// gives an inline PNG in HTML and its <see cref="Chart.ToString"/> otherwise.
    /// </summary>
    /// <param name="value">A value of one of the <see cref="FormattedTypes"/>.</param>
    /// <param name="mimeType">The MIME type.</param>
    /// <param name="labels">The labels (default English).</param>
    /// <returns>The text; <see cref="object.ToString"/> of the value for a type not in <see cref="FormattedTypes"/>.</returns>
    /// <exception cref="ArgumentException">A MIME type other than the three.</exception>
    public static string Format(object? value, string mimeType, NotebookLabels? labels = null)
    {
        if (!MimeTypes.Contains(mimeType))
        {
            throw new ArgumentException($"Formats are {string.Join(", ", MimeTypes)}; not \"{mimeType}\".", nameof(mimeType));
        }

        if (value is Chart chart)
        {
            return mimeType == Html ? ChartHtml.Of(chart, labels) : chart.ToString();
        }

        var view = ViewOf(value, labels);
        return view is null ? value?.ToString() ?? ""
            : mimeType == Html ? view.ToHtml()
            : mimeType == Csv ? view.ToCsv()
            : view.ToText();
    }
}
