using Nq52Metrics.Results;

namespace Nq52Metrics.Charts.Reports;

/// <summary>The group columns worth showing: those that tell units apart (at least two different values).</summary>
internal static class ReportGroups
{
    public static IReadOnlyList<string> Distinguishing(IndexResult result) =>
        [.. result.Framework.GroupColumns.Where(g => result.Units.Select(u => u.GroupOf(g)).OfType<string>().Distinct(StringComparer.Ordinal).Skip(1).Any())];
}
