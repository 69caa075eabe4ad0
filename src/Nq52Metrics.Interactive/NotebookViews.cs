using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Data;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Interactive;

/// <summary>
/// Turns library values into <see cref="NotebookView"/>s: compact tables instead of the deep trees of nested records a
/// notebook shows by default. Every method takes optional <see cref="NotebookLabels"/> (default English). Numbers are
/// formatted in the invariant culture; a missing value (NaN) shows as <c>-</c>.
/// </summary>
public static partial class NotebookViews
{
    private static NotebookLabels Or(NotebookLabels? labels) => labels ?? NotebookLabels.English;

    private static string Format(NotebookLabels labels, string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A number with two decimals, or <c>-</c> when missing.</summary>
    private static string F2(double value) => double.IsNaN(value) ? "-" : value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A number with three decimals, or <c>-</c> when missing.</summary>
    private static string F3(double value) => double.IsNaN(value) ? "-" : value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>A rank (an integer unless averaged ties), or <c>-</c> when missing.</summary>
    private static string R(double rank) => double.IsNaN(rank) ? "-" : rank.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The sample notice when every unit is marked as sample data, else null.</summary>
    private static string? SampleNoticeOf(IReadOnlyCollection<Unit> units) => SampleNotice(PiiSample.IsSample(units));

    /// <summary>The sample notice when the value was built from sample data, else null.</summary>
    private static string? SampleNotice(bool isSample) => isSample ? PiiSample.Notice : null;

    private static NotebookView View(NotebookLabels labels, string title, string? sample, string summary, params NotebookTable[] tables) =>
        new(title, sample, summary, [.. tables], labels);

    private static string[] Row(params string[] cells) => cells;
}
