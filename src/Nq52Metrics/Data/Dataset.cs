using System.Collections.Immutable;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Data;

/// <summary>
/// The input data of an index: units (with their group memberships) × indicator values, plus the
/// denominator columns indicators may be divided by. NaN = missing. Immutable.
/// </summary>
public sealed class Dataset
{
    private Dataset(UnitTable indicators, UnitTable denominators)
    {
        Indicators = indicators;
        Denominators = denominators;
    }

    /// <summary>The units, in row order.</summary>
    public ImmutableArray<Unit> Units => Indicators.Units;

    /// <summary>Indicator values: one column per indicator code.</summary>
    public UnitTable Indicators { get; }

    /// <summary>Denominator values (e.g. population, GDP): one column per denominator; may have no columns.</summary>
    public UnitTable Denominators { get; }

    /// <summary>
    /// Creates a dataset. The two tables must have the same units in the same order; there must be at least
    /// one unit and one indicator.
    /// </summary>
    /// <param name="indicators">Indicator values.</param>
    /// <param name="denominators">Denominator values, or null for none.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="Nq52ValidationException">Empty data or mismatched units.</exception>
    public static Dataset Create(UnitTable indicators, UnitTable? denominators = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var problems = new ValidationProblems();
        if (indicators.UnitCount == 0)
        {
            problems.AddMessage("dataset", nameof(Messages.DatasetNoUnits));
        }

        if (indicators.ColumnCount == 0)
        {
            problems.AddMessage("dataset", nameof(Messages.DatasetNoIndicatorColumns));
        }

        denominators ??= new UnitTable(indicators.Units, [], []);
        if (!denominators.Units.Select(u => u.Code).SequenceEqual(indicators.Units.Select(u => u.Code), StringComparer.Ordinal))
        {
            problems.AddMessage("dataset", nameof(Messages.DatasetDenominatorUnitsDiffer));
        }

        problems.ThrowIfAny();
        return new Dataset(indicators, denominators);
    }

    /// <summary>
    /// Creates a dataset from one dictionary of indicator values per unit, e.g. five units typed in code. The columns are
    /// every indicator code that appears, in the order first seen; a unit without a value for a column gets NaN (missing).
    /// No denominators.
    /// </summary>
    /// <param name="rows">Each unit with its values by indicator code (NaN = missing; infinities are refused).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="Nq52ValidationException">No units, no values, duplicate unit codes or infinite values.</exception>
    public static Dataset FromUnitValues(IEnumerable<(Unit Unit, IReadOnlyDictionary<string, double> Values)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var columns = new List<string>();
        var byUnit = new List<Dictionary<string, double>>(list.Count);
        foreach (var (_, values) in list)
        {
            var normalised = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (code, value) in values ?? new Dictionary<string, double>())
            {
                var column = Codes.Normalize(code) ?? "";
                if (!columns.Contains(column, StringComparer.Ordinal))
                {
                    columns.Add(column);
                }

                normalised[column] = value;
            }

            byUnit.Add(normalised);
        }

        var table = byUnit.Select(v => (IReadOnlyList<double>)columns.Select(c => v.TryGetValue(c, out var x) ? x : double.NaN).ToArray()).ToArray();
        return Create(UnitTable.FromRows(list.Select(r => r.Unit ?? throw new ArgumentException("A unit is null.", nameof(rows))), columns, table));
    }

    /// <summary>
    /// Checks the dataset against a framework and returns every problem: indicators of the framework with
    /// no column, columns that are not indicators of the framework, denominators named by an indicator but
    /// absent. An empty list means the pair is consistent.
    /// </summary>
    /// <param name="framework">The framework the data are meant for.</param>
    /// <returns>The problems found (empty when none).</returns>
    public ImmutableArray<ValidationProblem> Check(IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        foreach (var indicator in framework.Indicators.Where(i => !Indicators.HasColumn(i.Code)))
        {
            problems.Add(ProblemMessages.Problem(IndicatorAt(indicator.Code), nameof(Messages.DatasetIndicatorColumnMissing)));
        }

        foreach (var column in Indicators.Columns)
        {
            if (!framework.TryGetNode(column, out var node))
            {
                problems.Add(ProblemMessages.Problem(ColumnAt(column), nameof(Messages.DatasetColumnNotInFramework)));
            }
            else if (!node.IsIndicator)
            {
                problems.Add(ProblemMessages.Problem(ColumnAt(column), nameof(Messages.DatasetColumnIsAggregate), node.Level));
            }
        }

        foreach (var indicator in framework.Indicators.Where(i => i.Denominator is not null && !Denominators.HasColumn(i.Denominator)))
        {
            problems.Add(ProblemMessages.Problem(IndicatorAt(indicator.Code), nameof(Messages.DatasetDenominatorColumnMissing), indicator.Denominator!));
        }

        return problems.ToImmutable();
    }

    private static ProblemLocation IndicatorAt(string code) => ProblemLocation.OfParameter($"indicator \"{code}\"");

    private static ProblemLocation ColumnAt(string column) => ProblemLocation.OfParameter($"column \"{column}\"");

    /// <summary>Throws when <see cref="Check"/> finds problems.</summary>
    /// <param name="framework">The framework the data are meant for.</param>
    /// <exception cref="Nq52ValidationException">The dataset does not fit the framework.</exception>
    public void EnsureFits(IndexFramework framework)
    {
        var problems = Check(framework);
        if (!problems.IsEmpty)
        {
            throw new Nq52ValidationException([.. problems]);
        }
    }
}
