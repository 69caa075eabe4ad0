namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: a method and, for group methods, the unit-group column that defines the groups.
/// A value that cannot be imputed (its group has no data for that indicator) stays missing and is listed in
/// the <see cref="Results.ImputationReport"/>.
/// </summary>
/// <param name="Method">The imputation method.</param>
/// <param name="GroupColumn">The group column for <see cref="ImputationMethod.GroupMean"/> and
/// <see cref="ImputationMethod.GroupMedian"/>; ignored otherwise.</param>
public sealed record ImputationSpec(ImputationMethod Method = ImputationMethod.None, string? GroupColumn = null) : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Impute;

    internal override StageSpec Canonical() =>
        Method == ImputationMethod.None ? None
        : Method is ImputationMethod.Mean or ImputationMethod.Median && GroupColumn is not null ? this with { GroupColumn = null }
        : this;

    /// <summary>No imputation.</summary>
    public static ImputationSpec None { get; } = new();
}
