using Nq52Metrics.Data;

namespace Nq52Metrics.Construction;

/// <summary>One period's table of a panel (e.g. the year 2023 and its transformed indicator values).</summary>
/// <param name="Period">The period, e.g. the year.</param>
/// <param name="Table">The table of that period.</param>
internal readonly record struct PeriodTable(int Period, UnitTable Table);
