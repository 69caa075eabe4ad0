namespace Nq52Metrics.Construction;

/// <summary>
/// Unit screening by data availability: a unit whose share of non-missing indicator values is below
/// <see cref="MinDataAvailability"/> is dropped from the index (COINr <c>Screen</c>, <c>byNA</c>).
/// </summary>
/// <param name="MinDataAvailability">Minimum share of available indicator values, in [0, 1]; 0 keeps every unit.</param>
public sealed record ScreeningSpec(double MinDataAvailability = 0.0) : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Screen;

    /// <summary>Keep every unit.</summary>
    public static ScreeningSpec None { get; } = new();
}
