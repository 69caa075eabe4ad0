namespace Nq52Metrics.Construction;

/// <summary>
/// How to denominate (scale) indicators: each indicator whose framework node names a
/// <see cref="Frameworks.FrameworkNode.Denominator"/> is divided by that unit's denominator value and multiplied
/// by <see cref="ScaleFactor"/>. A missing denominator gives a missing value.
/// </summary>
/// <param name="Enabled">False skips the step (data pass through unchanged).</param>
/// <param name="ScaleFactor">Multiplier applied after dividing (e.g. 1000 for "per thousand"); finite and non-zero.</param>
public sealed record DenominationSpec(bool Enabled = true, double ScaleFactor = 1.0) : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Denominate;

    internal override StageSpec Canonical() => Enabled ? this : None;

    /// <summary>Denominate as the framework says, scale factor 1 (COINr's default).</summary>
    public static DenominationSpec ByFramework { get; } = new();

    /// <summary>Skip denomination.</summary>
    public static DenominationSpec None { get; } = new(false);
}
