using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Tests.TestData;

/// <summary>Short factories for framework nodes, so tests read like the tree they build.</summary>
internal static class Nodes
{
    /// <summary>Code of the single aggregate of <see cref="Flat"/> frameworks.</summary>
    public const string Top = "Top";

    public static FrameworkNode Indicator(string code, string parent, double weight = 1, Direction direction = Direction.Positive) =>
        new() { Code = code, Level = 1, Parent = parent, Weight = weight, Direction = direction };

    public static FrameworkNode Aggregate(string code, int level, string? parent, double weight = 1) =>
        new() { Code = code, Level = level, Parent = parent, Weight = weight };

    /// <summary>An indicator under <see cref="Top"/>.</summary>
    public static FrameworkNode Indicator(string code, Direction direction = Direction.Positive) => Indicator(code, Top, 1, direction);

    /// <summary>A two-level framework: the given indicators (their parent set to <see cref="Top"/>) under one aggregate.</summary>
    public static IndexFramework Flat(params FrameworkNode[] indicators) =>
        IndexFramework.Create([.. indicators.Select(i => i with { Parent = Top }), Aggregate(Top, 2, null)]);
}
