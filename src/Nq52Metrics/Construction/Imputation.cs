using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// The imputation step: runs the spec's <see cref="ImputationMethod"/> on a copy of the table (see each method type
/// for how it fills values). A table without missing values comes back unchanged with an empty report.
/// </summary>
public static class Imputation
{
    /// <summary>Imputes missing values.</summary>
    /// <param name="table">Indicator values (NaN = missing).</param>
    /// <param name="spec">The step's spec.</param>
    /// <returns>The imputed table and a report of every filled value.</returns>
    /// <exception cref="Nq52ValidationException">A group method whose group column no unit has a value in, or a unit
    /// with a missing value and no value in the group column.</exception>
    public static (UnitTable Table, ImputationReport Report) Apply(UnitTable table, ImputationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var result = Apply(table, spec, problems);
        problems.ThrowIfAny();
        return result!.Value;
    }

    /// <summary>
    /// The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.
    /// <paramref name="earlier"/> holds the same stage's input in the earlier periods of a panel, oldest first (empty for
    /// a single period); only <see cref="ImputationMethod.LatestEarlierValue"/> reads it.
    /// </summary>
    internal static (UnitTable Table, ImputationReport Report)? Apply(UnitTable table, ImputationSpec spec, ValidationProblems problems, IReadOnlyList<PeriodTable>? earlier = null)
    {
        var values = table.CopyValues();
        return !values.Any(double.IsNaN)
            ? ImputationMethod.None.Impute(table, values, problems, [])
            : spec.Method.Impute(table, values, problems, earlier ?? []);
    }
}
