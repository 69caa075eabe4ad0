using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Data;

/// <summary>
/// Panel data: the same units and indicator columns observed in several periods (COINr's <c>Time</c> column), one
/// <see cref="Dataset"/> per period, periods in ascending order. A value may be missing (NaN) in any period, but every
/// period lists every unit. Immutable.
/// </summary>
public sealed class PanelDataset
{
    private PanelDataset(ImmutableArray<int> periods, ImmutableArray<Dataset> datasets)
    {
        Periods = periods;
        Datasets = datasets;
    }

    /// <summary>The periods (e.g. years), ascending.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>One dataset per period, in <see cref="Periods"/> order.</summary>
    public ImmutableArray<Dataset> Datasets { get; }

    /// <summary>The latest period's dataset.</summary>
    public Dataset Latest => Datasets[^1];

    /// <summary>The dataset of one period.</summary>
    /// <param name="period">A period of the panel.</param>
    /// <returns>Its dataset.</returns>
    /// <exception cref="KeyNotFoundException">The panel has no such period.</exception>
    public Dataset this[int period] =>
        Periods.IndexOf(period) is var i and >= 0 ? Datasets[i] : throw new KeyNotFoundException($"No period {period}.");

    /// <summary>
    /// Creates a panel. Periods are sorted ascending; each must appear once, and every period must hold the same units
    /// (by code), the same indicator columns and the same denominator columns as the earliest one.
    /// </summary>
    /// <param name="periods">The dataset of each period.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="Nq52ValidationException">No period, a repeated period, or a period whose units or columns differ
    /// from the earliest period's; every problem names its period.</exception>
    public static PanelDataset Create(IEnumerable<KeyValuePair<int, Dataset>> periods) => TryCreate(periods).GetValueOrThrow();

    /// <summary>As <see cref="Create"/>, with the problems as data.</summary>
    internal static Outcome<PanelDataset> TryCreate(IEnumerable<KeyValuePair<int, Dataset>> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var problems = new ValidationProblems();
        var list = periods.ToList();
        if (list.Count == 0)
        {
            problems.AddMessage("panel", nameof(Messages.PanelNoPeriods));
        }

        foreach (var repeated in list.GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            problems.AddMessage(Where(repeated.Key), nameof(Messages.PanelPeriodRepeated));
        }

        if (!problems.IsEmpty)
        {
            return Outcome<PanelDataset>.Failure(problems.Items);
        }

        var sorted = list.OrderBy(p => p.Key).ToList();
        var first = sorted[0].Value;
        var codes = first.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (period, data) in sorted.Skip(1))
        {
            ArgumentNullException.ThrowIfNull(data);
            var here = data.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in first.Units.Where(u => !here.Contains(u.Code)))
            {
                problems.AddMessage($"{Where(period)}, unit \"{missing.Code}\"", nameof(Messages.PanelUnitMissingInPeriod), Show(sorted[0].Key));
            }

            foreach (var extra in data.Units.Where(u => !codes.Contains(u.Code)))
            {
                problems.AddMessage($"{Where(period)}, unit \"{extra.Code}\"", nameof(Messages.PanelUnitOnlyInPeriod), Show(sorted[0].Key));
            }

            if (!data.Indicators.Columns.SequenceEqual(first.Indicators.Columns, StringComparer.Ordinal)
                || !data.Denominators.Columns.SequenceEqual(first.Denominators.Columns, StringComparer.Ordinal))
            {
                problems.AddMessage(Where(period), nameof(Messages.PanelColumnsDiffer), Show(sorted[0].Key));
            }
        }

        return problems.IsEmpty
            ? Outcome<PanelDataset>.Success(new PanelDataset([.. sorted.Select(p => p.Key)], [.. sorted.Select(p => p.Value)]))
            : Outcome<PanelDataset>.Failure(problems.Items);
    }

    private static string Where(int period) => $"period {Show(period)}";

    private static string Show(int period) => period.ToString(CultureInfo.InvariantCulture);
}
