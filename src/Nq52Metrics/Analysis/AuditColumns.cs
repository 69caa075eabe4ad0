using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>Copies columns of a table for the audit's computations, listing the codes the table lacks (internal helper).</summary>
internal static class AuditColumns
{
    /// <summary>
    /// The public boundary of a computation over some columns of a table: reads the columns, computes, and throws every
    /// problem found (unknown columns first) as one <see cref="Nq52ValidationException"/>.
    /// </summary>
    public static T Compute<T>(UnitTable table, IReadOnlyList<string> codes, string location, Func<double[][], ValidationProblems, T> compute)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(codes);
        var problems = new ValidationProblems();
        var columns = Read(table, codes, location, problems);
        problems.ThrowIfAny();
        var result = compute(columns, problems);
        problems.ThrowIfAny();
        return result;
    }

    /// <summary>The columns, in the order of <paramref name="codes"/>; an unknown code adds a problem and an empty column.</summary>
    public static double[][] Read(UnitTable table, IReadOnlyList<string> codes, string location, ValidationProblems problems)
    {
        var columns = new double[codes.Count][];
        for (var j = 0; j < codes.Count; j++)
        {
            if (table.HasColumn(codes[j]))
            {
                columns[j] = table.Column(codes[j]).ToArray();
            }
            else
            {
                problems.AddMessage($"{location}, column \"{codes[j]}\"", nameof(Messages.AuditColumnUnknown));
                columns[j] = [];
            }
        }

        return columns;
    }
}
