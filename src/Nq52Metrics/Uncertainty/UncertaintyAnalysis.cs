using Nq52Metrics.Results;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Entry point of uncertainty and sensitivity analysis: compiles the spec against a nominal build and runs it.
/// </summary>
public static class UncertaintyAnalysis
{
    /// <summary>Runs an uncertainty (UA) or sensitivity (SA) analysis of a nominal build.</summary>
    /// <param name="nominal">The nominal build.</param>
    /// <param name="spec">What to vary, how many runs, the seed.</param>
    /// <param name="progress">Receives the share of runs done, in [0, 1] (from worker threads).</param>
    /// <param name="cancellationToken">Stops the analysis (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="Nq52ValidationException">
    /// The spec is invalid, or a run overflowed (a value too large to represent): the problem names the lowest such run
    /// (0-based, as <c>runs.csv</c> numbers runs), the alternatives drawn in it and the unit and node (or the stage's
    /// indicator and unit) where the value that is not finite appeared; no partial result is returned.
    /// </exception>
    public static UncertaintyResult Run(
        IndexResult nominal,
        UncertaintySpec spec,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var model = UncertaintyModel.Compile(nominal, spec);
        var problems = new ValidationProblems();
        var result = UncertaintyRunner.Run(model, progress, problems, cancellationToken);
        problems.ThrowIfAny();
        return result!;
    }
}
