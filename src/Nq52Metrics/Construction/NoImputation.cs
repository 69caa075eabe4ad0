using Nq52Metrics.Data;
using Nq52Metrics.Localization;
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

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ProblemMessages.Format(nameof(Messages.DescribeImputeNone), language, []);
    }

    internal override (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier) =>
        (new UnitTable(table.Units, table.Columns, values), new ImputationReport([], []));
}
