namespace Nq52Metrics.Vietnam;

/// <summary>
/// Which list of provincial units a fact refers to. Several keys exist in both lists (e.g. <c>ha-noi</c>) and name
/// different territories; the edition or year decides the list.
/// </summary>
public enum UnitList
{
    /// <summary>The 63 provinces before 1 July 2025 (PII 2023–2024, DTI 2020–2023, GSO before 2025).</summary>
    Provinces63,

    /// <summary>The 34 units formed on 1 July 2025 (PII 2025, DTI 2024, GSO 2025).</summary>
    Units34,
}
