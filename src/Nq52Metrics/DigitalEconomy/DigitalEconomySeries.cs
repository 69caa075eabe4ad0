namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// Who produced a digital-economy share. The series differ systematically and must be kept apart (provincial sources
/// themselves call for a single data source).
/// </summary>
public enum DigitalEconomySeries
{
    /// <summary>The official GSO statistic: digital-economy value added ÷ GDP (GRDP) × 100, core plus digitalised parts.</summary>
    Gso,

    /// <summary>The Ministry of Information and Communications estimate (Annual Report on Vietnam's Digital Economy 2022).</summary>
    Mic,

    /// <summary>The producer is not named.</summary>
    Unspecified,
}
