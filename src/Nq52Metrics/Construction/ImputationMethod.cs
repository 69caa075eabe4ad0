using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// How missing indicator values are filled in before aggregation. Use the members (<see cref="None"/>,
/// <see cref="Mean"/>, <see cref="Median"/>, <see cref="GroupMean"/>, <see cref="GroupMedian"/>,
/// <see cref="LatestEarlierValue"/>); each method owns its name in files and its step.
/// </summary>
public abstract record ImputationMethod
{
    private protected ImputationMethod()
    {
    }

    /// <summary>The method's name in files and on the command line (e.g. <c>mean</c>, <c>groupMedian</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The method's name, e.g. <c>groupMean</c>.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => Name;

    /// <summary>The method's label in uncertainty outputs (its name unless it was labelled otherwise before).</summary>
    internal virtual string Label => Name;

    /// <summary>Whether the method fills values from the unit's group, so it needs a group column.</summary>
    internal virtual bool UsesGroups => false;

    /// <summary>
    /// Fills the missing values (NaN) of <paramref name="values"/> (the table's values, column by column), which has at
    /// least one. Problems go to <paramref name="problems"/>; returns null then.
    /// </summary>
    internal abstract (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, string? groupColumn, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier);

    /// <summary>No imputation: missing values stay missing and aggregation re-weights the available children.</summary>
    public static NoImputation None { get; } = new();

    /// <summary>The mean of the indicator's non-missing values over all units (COINr <c>i_mean</c>).</summary>
    public static StatisticImputation Mean { get; } = new("mean", median: false, byGroup: false);

    /// <summary>The median of the indicator's non-missing values (COINr <c>i_median</c>).</summary>
    public static StatisticImputation Median { get; } = new("median", median: true, byGroup: false);

    /// <summary>The mean over the units of the same group (COINr <c>i_mean_grp</c>).</summary>
    public static StatisticImputation GroupMean { get; } = new("groupMean", median: false, byGroup: true);

    /// <summary>The median over the units of the same group (COINr <c>i_median_grp</c>).</summary>
    public static StatisticImputation GroupMedian { get; } = new("groupMedian", median: true, byGroup: true);

    /// <summary>
    /// In panel data, the unit's latest earlier value of the indicator (COINr <c>impute_panel</c>, "constant" with the
    /// latest available year). The report names the period each value came from. Without earlier periods, or when the
    /// unit has no earlier value, the value stays missing.
    /// </summary>
    public static LatestEarlierValueImputation LatestEarlierValue { get; } = new();

    /// <summary>Every method, in the documented order: the one list files look names up in. Declared last, so the
    /// members it lists exist.</summary>
    internal static IReadOnlyList<ImputationMethod> Families { get; } = [None, Mean, Median, GroupMean, GroupMedian, LatestEarlierValue];
}
