namespace Nq52Metrics.Construction;

/// <summary>
/// The spec of one pipeline stage: what <see cref="Methodology"/> holds per stage and what an uncertainty analysis
/// varies. Every stage's spec type derives from this record and names its <see cref="Stage"/>.
/// </summary>
public abstract record StageSpec
{
    private protected StageSpec()
    {
    }

    /// <summary>The stage this spec configures.</summary>
    public abstract PipelineStage Stage { get; }

    /// <summary>
    /// The spec that computes the same thing in its simplest form (e.g. switched-off outlier treatment ignores its
    /// thresholds), so that equal work is recognised and done once. Default: the spec itself.
    /// </summary>
    /// <returns>An equivalent spec.</returns>
    internal virtual StageSpec Canonical() => this;
}
