namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: a method and, for group methods, the unit-group column that defines the groups.
/// A value that cannot be imputed (its group has no data for that indicator) stays missing and is listed in
/// the <see cref="Results.ImputationReport"/>.
/// </summary>
public sealed record ImputationSpec : StageSpec
{
    /// <summary>The step with a method and, for group methods, the group column.</summary>
    /// <param name="method">The imputation method; null means <see cref="ImputationMethod.None"/>.</param>
    /// <param name="groupColumn">The group column for <see cref="ImputationMethod.GroupMean"/> and
    /// <see cref="ImputationMethod.GroupMedian"/>; ignored otherwise.</param>
    public ImputationSpec(ImputationMethod? method = null, string? groupColumn = null)
    {
        Method = method ?? ImputationMethod.None;
        GroupColumn = groupColumn;
    }

    /// <summary>The imputation method (never null).</summary>
    public ImputationMethod Method { get; init; }

    /// <summary>The group column for group methods; ignored otherwise.</summary>
    public string? GroupColumn { get; init; }

    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Impute;

    internal override StageSpec Canonical() =>
        Method == ImputationMethod.None ? None
        : !Method.UsesGroups && Method != ImputationMethod.LatestEarlierValue && GroupColumn is not null ? this with { GroupColumn = null }
        : this;

    /// <summary>No imputation.</summary>
    public static ImputationSpec None { get; } = new();
}
