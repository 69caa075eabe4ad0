namespace Nq52Metrics.Vietnam;

/// <summary>How messages name a <see cref="UnitList"/>.</summary>
internal static class UnitListText
{
    public static string Describe(this UnitList list) =>
        list == UnitList.Provinces63 ? "63 provinces before the 2025 merger" : "34 units formed in 2025";
}
