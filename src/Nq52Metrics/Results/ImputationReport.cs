using System.Collections.Immutable;

namespace Nq52Metrics.Results;

/// <summary>One value filled in by imputation.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Value">The imputed value (indicator units, after denomination).</param>
public sealed record ImputedValue(string Unit, string Indicator, double Value)
{
    /// <summary>
    /// True when group imputation fell back to the statistic over all units, because the unit's group had no value
    /// for the indicator (e.g. the unit is alone in its group).
    /// </summary>
    public bool FromAllUnits { get; init; }

    /// <summary>
    /// For <see cref="Construction.ImputationMethod.LatestEarlierValue"/>, the period (e.g. the year) the value was taken
    /// from; null for the other methods.
    /// </summary>
    public int? SourcePeriod { get; init; }
}

/// <summary>What the imputation step did.</summary>
/// <param name="Imputed">Every value filled in.</param>
/// <param name="StillMissing">Cells that stayed missing because nothing could be imputed (no unit has a value for the indicator), as (unit, indicator).</param>
public sealed record ImputationReport(ImmutableArray<ImputedValue> Imputed, ImmutableArray<(string Unit, string Indicator)> StillMissing)
{
    /// <summary>A short summary: values imputed and values still missing.</summary>
    /// <returns>E.g. <c>Imputation: 12 values imputed, 0 still missing</c>.</returns>
    public override string ToString() => $"Imputation: {Imputed.Length} values imputed, {StillMissing.Length} still missing";
}
