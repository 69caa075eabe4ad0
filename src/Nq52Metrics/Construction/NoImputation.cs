using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>No imputation: missing values stay missing and aggregation re-weights the available children. The report
/// is empty (missing values are not listed as still missing).</summary>
public sealed record NoImputation : ImputationMethod
{
    internal NoImputation()
    {
    }

    /// <inheritdoc/>
    public override string Name => "none";

    internal override (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, string? groupColumn, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier) =>
        (new UnitTable(table.Units, table.Columns, values), new ImputationReport([], []));
}
