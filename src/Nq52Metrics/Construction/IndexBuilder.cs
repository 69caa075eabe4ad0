using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Builds an index: runs the pipeline's stages (denominate → transform → impute → screen → treat outliers → normalise →
/// aggregate → rank) and returns every intermediate table and report. Pure: the same inputs always give the same result.
/// </summary>
public static class IndexBuilder
{
    /// <summary>Builds the index.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="data">The dataset; must fit the framework.</param>
    /// <param name="methodology">The recipe; default <see cref="Methodology.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Nq52ValidationException">The inputs do not fit together, a parameter is invalid, or a step is
    /// undefined for the data; every problem carries its location.</exception>
    public static IndexResult Build(IndexFramework framework, Dataset data, Methodology? methodology = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        var problems = new ValidationProblems();
        var result = TryBuild(framework, data, methodology ?? Methodology.Default, problems);
        problems.ThrowIfAny();
        return result!;
    }

    /// <summary>Builds the index, returning every problem rather than throwing them.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="data">The dataset.</param>
    /// <param name="methodology">The recipe; default <see cref="Methodology.Default"/>.</param>
    /// <param name="result">The result, when the build succeeds.</param>
    /// <param name="problems">Every problem, each with its location (empty when the build succeeds).</param>
    /// <returns>True when the build succeeds.</returns>
    public static bool TryBuild(
        IndexFramework framework,
        Dataset data,
        Methodology? methodology,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndexResult? result,
        out System.Collections.Immutable.ImmutableArray<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        var found = new ValidationProblems();
        result = TryBuild(framework, data, methodology ?? Methodology.Default, found);
        problems = found.ToImmutable();
        return result is not null;
    }

    /// <summary>Builds the index, or returns null with every problem added to <paramref name="problems"/>.</summary>
    internal static IndexResult? TryBuild(IndexFramework framework, Dataset data, Methodology methodology, ValidationProblems problems)
    {
        if (PipelineInput.Of(framework, data, problems) is not { } input)
        {
            return null;
        }

        var outcomes = Pipeline.RunFrom(PipelineStage.Denominate, input, [], methodology, problems);
        return outcomes is null ? null : FromOutcomes(input, methodology, outcomes);
    }

    /// <summary>
    /// Rebuilds a result with changed data of the same shape (the same units and columns, e.g. one unit's values
    /// changed), reusing the baseline's checked inputs and compiled aggregation plan.
    /// </summary>
    internal static IndexResult? Rebuild(IndexResult baseline, Dataset data, ValidationProblems problems)
    {
        var input = baseline.Input.WithData(data);
        var outcomes = Pipeline.RunFrom(PipelineStage.Denominate, input, [], baseline.Methodology, problems);
        return outcomes is null ? null : FromOutcomes(input, baseline.Methodology, outcomes);
    }

    /// <summary>The result of a pipeline run whose every stage succeeded.</summary>
    internal static IndexResult FromOutcomes(PipelineInput input, Methodology methodology, StageOutcome[] outcomes) =>
        new(input, methodology, outcomes);
}
