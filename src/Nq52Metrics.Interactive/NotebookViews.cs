using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Interactive;

/// <summary>
/// Turns library values into <see cref="NotebookView"/>s: compact tables instead of the deep trees of nested records a
/// notebook shows by default. Every method takes optional <see cref="NotebookLabels"/> (default English). Numbers in
/// HTML and text are written as the labels' language writes them (<c>47.75</c> or <c>47,75</c>); the CSV form of a
/// view is the same in every language (English headers, invariant numbers), so it reads back anywhere. A missing
/// value (NaN) shows as <c>-</c>.
/// </summary>
public static partial class NotebookViews
{
    private static NotebookLabels Or(NotebookLabels? labels) => labels ?? NotebookLabels.English;

    private static string Format(NotebookLabels labels, string template, params object[] values) =>
        string.Format(labels.Language.Culture, template, values);

    /// <summary>A number with two decimals in the labels' language, or <c>-</c> when missing.</summary>
    private static string F2(NotebookLabels labels, double value) => double.IsNaN(value) ? "-" : value.ToString("F2", labels.Language.Culture);

    /// <summary>A number with three decimals in the labels' language, or <c>-</c> when missing.</summary>
    private static string F3(NotebookLabels labels, double value) => double.IsNaN(value) ? "-" : value.ToString("F3", labels.Language.Culture);

    /// <summary>A rank (an integer unless averaged ties) in the labels' language, or <c>-</c> when missing.</summary>
    private static string R(NotebookLabels labels, double rank) => double.IsNaN(rank) ? "-" : rank.ToString("0.##", labels.Language.Culture);

    /// <summary>The sample notice in the labels' language (it always says SAMPLE).</summary>
    private static string SampleNotice(NotebookLabels labels) => Format(labels, labels.SampleNotice, PiiSampleGenerator.DefaultSeed);

    /// <summary>The sample notice when every unit is marked as sample data, else null.</summary>
    private static string? SampleNoticeOf(NotebookLabels labels, IReadOnlyList<Unit> units) =>
        SampleData.IsSample(units) ? SampleNotice(labels) : null;

    /// <summary>
    /// A view; in a language other than English its CSV tables come from <paramref name="invariant"/> (the same view
    /// built with the English labels), so CSV never depends on the language.
    /// </summary>
    private static NotebookView View(Func<NotebookView> invariant, NotebookLabels labels, string title, string? sample, string summary, params NotebookTable[] tables)
    {
        var view = new NotebookView(title, sample, summary, [.. tables], labels);
        return labels.Language == DisplayLanguage.English ? view : view with { CsvTables = invariant().Tables };
    }

    private static string[] Row(params string[] cells) => cells;
}
