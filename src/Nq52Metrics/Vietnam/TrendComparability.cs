namespace Nq52Metrics.Vietnam;

/// <summary>Whether a change between two PII editions compares like with like.</summary>
public enum TrendComparability
{
    /// <summary>The same unit in two editions that rank the same list.</summary>
    SameUnit,

    /// <summary>
    /// A province the 2025 merger left whole (alone in its unit), against that unit: the same territory, but ranked among
    /// 63 provinces before and 34 units after.
    /// </summary>
    SameTerritoryNewList,

    /// <summary>A pre-merger province against the merged unit it joined: not comparable one-to-one.</summary>
    NotOneToOne,
}
