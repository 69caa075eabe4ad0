namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: its method, which carries its own parameters (the group methods their group column, e.g.
/// <c>ImputationMethod.GroupMean("Region")</c>). A value that cannot be imputed (no unit has that indicator) stays
/// missing and is listed in the <see cref="Results.ImputationReport"/>.
/// </summary>
public sealed record ImputationSpec : StageSpec
{
    /// <summary>The step with a method.</summary>
    /// <param name="method">The imputation method; null means <see cref="ImputationMethod.None"/>.</param>
    public ImputationSpec(ImputationMethod? method = null)
    {
        Method = method ?? ImputationMethod.None;
    }

    /// <summary>The imputation method (never null).</summary>
    public ImputationMethod Method { get; init; }

    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Impute;

    internal override StageSpec Canonical() => Method == ImputationMethod.None ? None : this;

    /// <summary>No imputation.</summary>
    public static ImputationSpec None { get; } = new();
}
