using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Charts.Reports;

/// <summary>
/// What an HTML report shows: a built index and, when they were run, its statistical audit and its uncertainty or
/// sensitivity analysis. The SAMPLE banner is not chosen here: the report shows it whenever every unit of the data
/// is marked as sample data (<see cref="IndexResult.IsSample"/>).
/// </summary>
/// <param name="Result">The built index (its framework, data and methodology come with it).</param>
public sealed record ReportContents(IndexResult Result)
{
    /// <summary>The index being reported.</summary>
    public IndexResult Result { get; init; } = Result ?? throw new ArgumentNullException(nameof(Result));

    /// <summary>The page title; null = the index's name.</summary>
    public string? Title { get; init; }

    /// <summary>Lines naming where the inputs came from (e.g. file names), shown under the title; empty = none.</summary>
    public ImmutableArray<string> Inputs { get; init; } = [];

    /// <summary>The statistical audit of <see cref="Result"/>, or null when it was not run.</summary>
    public AuditResult? Audit { get; init; }

    /// <summary>
    /// Why the audit could not run (e.g. a constant indicator), shown instead of its results; empty when it ran or was
    /// not asked for.
    /// </summary>
    public ImmutableArray<ValidationProblem> AuditProblems { get; init; } = [];

    /// <summary>
    /// The language of the report: its fixed texts, the numbers it shows (<c>47.75</c> or <c>47,75</c>), its chart
    /// labels and the problems it lists; default English. Names from the data and the framework are shown as given.
    /// </summary>
    public DisplayLanguage Language { get; init; } = DisplayLanguage.English;

    /// <summary>An uncertainty or sensitivity analysis of <see cref="Result"/>, or null when none was run.</summary>
    public UncertaintyResult? Uncertainty { get; init; }

    /// <summary>
    /// The PII report whose <see cref="PiiReport.Result"/> is <see cref="Result"/>, or null for any other index: adds a
    /// section with Input, Output, the efficiency ratio (Output / Input), the region rank and the comparison with the
    /// published edition (<see cref="PiiReport.ComparedEdition"/>), as <c>nq52 pii build</c> prints them.
    /// </summary>
    public PiiReport? Pii { get; init; }
}
