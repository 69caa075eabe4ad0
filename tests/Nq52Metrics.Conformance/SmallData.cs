using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Conformance;

/// <summary>Tiny frameworks and tables built in the tests, for golden values computed with COINr's functions.</summary>
public static class SmallData
{
    /// <summary>Units <c>u1</c>…<c>un</c>.</summary>
    /// <param name="count">How many units.</param>
    /// <returns>The units.</returns>
    public static Unit[] Units(int count) => Enumerable.Range(1, count).Select(i => new Unit($"u{i}", $"Unit {i}")).ToArray();

    /// <summary>A one-column table named <paramref name="column"/> holding <paramref name="values"/> (NaN = missing).</summary>
    /// <param name="column">The column code.</param>
    /// <param name="values">One value per unit.</param>
    /// <returns>The table.</returns>
    public static UnitTable Column(string column, params double[] values) =>
        UnitTable.FromRows(Units(values.Length), [column], values.Select(v => (IReadOnlyList<double>)[v]).ToList());

    /// <summary>A one-unit table with one column per indicator.</summary>
    /// <param name="columns">Indicator codes.</param>
    /// <param name="values">The unit's value of each indicator (NaN = missing).</param>
    /// <returns>The table.</returns>
    public static UnitTable Row(IReadOnlyList<string> columns, params double[] values) =>
        UnitTable.FromRows(Units(1), columns, [values]);

    /// <summary>A two-level framework: the given indicators under one index <c>Index</c>.</summary>
    /// <param name="indicators">The indicator nodes (level and parent are set here).</param>
    /// <returns>The framework.</returns>
    public static IndexFramework UnderOneIndex(params FrameworkNode[] indicators) =>
        IndexFramework.Create(
            [.. indicators.Select(n => n with { Level = 1, Parent = "Index" }), new FrameworkNode { Code = "Index", Level = 2 }]);

    /// <summary>An indicator node (attach it with <see cref="UnderOneIndex"/>).</summary>
    /// <param name="code">Its code.</param>
    /// <param name="weight">Its weight.</param>
    /// <returns>The node.</returns>
    public static FrameworkNode Indicator(string code, double weight = 1) => new() { Code = code, Level = 1, Weight = weight };
}
