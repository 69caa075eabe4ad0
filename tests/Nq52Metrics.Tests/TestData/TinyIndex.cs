using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Tests.TestData;

/// <summary>
/// A small hand-made index used across the tests:
/// <code>
/// Index (level 3)
/// ├── P1 (level 2, weight 1): I1 (weight 1), I2 (weight 2)
/// └── P2 (level 2, weight 1): I3 (weight 1, direction −1), I4 (weight 1, divided by "Pop")
/// </code>
/// with a "Region" group column and a "Pop" denominator column, and five units U1…U5.
/// </summary>
internal static class TinyIndex
{
    public const string GroupColumn = "Region";
    public const string DenominatorColumn = "Pop";

    public static readonly string[] IndicatorCodes = ["I1", "I2", "I3", "I4"];

    public static IndexFramework Framework() => IndexFramework.Create(
        [
            Nodes.Indicator("I1", "P1", 1),
            Nodes.Indicator("I2", "P1", 2),
            Nodes.Indicator("I3", "P2", 1, Direction.Negative),
            Nodes.Indicator("I4", "P2", 1) with { Denominator = DenominatorColumn },
            Nodes.Aggregate("P1", 2, "Index"),
            Nodes.Aggregate("P2", 2, "Index"),
            Nodes.Aggregate("Index", 3, null),
        ],
        [GroupColumn],
        [DenominatorColumn]);

    /// <summary>Units U1…U5; U1–U3 in region "North", U4–U5 in "South".</summary>
    public static ImmutableArray<Unit> Units() =>
    [
        Build.Unit("U1", (GroupColumn, "North")),
        Build.Unit("U2", (GroupColumn, "North")),
        Build.Unit("U3", (GroupColumn, "North")),
        Build.Unit("U4", (GroupColumn, "South")),
        Build.Unit("U5", (GroupColumn, "South")),
    ];

    /// <summary>Indicator values, one row per unit (columns I1…I4); no missing values.</summary>
    public static double[][] Values() =>
    [
        [10, 1, 5, 100],
        [20, 2, 4, 300],
        [30, 4, 3, 200],
        [40, 3, 2, 500],
        [50, 5, 1, 400],
    ];

    /// <summary>Population of U1…U5 (all positive).</summary>
    public static double[] Population() => [10, 20, 10, 50, 40];

    public static Dataset Dataset(double[][]? values = null, double[]? population = null)
    {
        var units = Units();
        var pop = population ?? Population();
        return Nq52Metrics.Data.Dataset.Create(
            UnitTable.FromRows(units, IndicatorCodes, values ?? Values()),
            UnitTable.FromRows(units, [DenominatorColumn], pop.Select(p => (IReadOnlyList<double>)[p]).ToArray()));
    }
}
