namespace Nq52Metrics.Construction;

/// <summary>
/// The transform stage: whether each indicator's <see cref="Frameworks.FrameworkNode.Transform"/> is applied to its
/// raw (denominated) values before imputation.
/// </summary>
/// <param name="Enabled">Apply the framework's transforms (default); false passes the values through.</param>
public sealed record TransformSpec(bool Enabled = true) : StageSpec
{
    /// <summary>Apply the transforms the framework names (a framework without transforms is unchanged).</summary>
    public static TransformSpec ByFramework { get; } = new();

    /// <summary>Apply no transform.</summary>
    public static TransformSpec None { get; } = new(false);

    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Transform;
}
