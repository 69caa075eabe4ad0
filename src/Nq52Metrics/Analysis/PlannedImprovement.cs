namespace Nq52Metrics.Analysis;

/// <summary>One indicator of an improvement plan: how far to raise it, in normalised points and in raw units.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Name">Its display name.</param>
/// <param name="EffectiveWeight">Index points gained per normalised point (the indicator's effective weight for this unit and node).</param>
/// <param name="NormalisedBefore">The unit's normalised value now.</param>
/// <param name="NormalisedAfter">The normalised value after the change (from the rebuild).</param>
/// <param name="RawBefore">The raw value now (as in the data).</param>
/// <param name="RawAfter">The raw value to reach (as it would be entered in the data).</param>
/// <param name="ReachesBest">True when the indicator is raised to the best value among the units (its cap).</param>
public sealed record PlannedImprovement(
    string Indicator,
    string Name,
    double EffectiveWeight,
    double NormalisedBefore,
    double NormalisedAfter,
    double RawBefore,
    double RawAfter,
    bool ReachesBest)
{
    /// <summary>Normalised points added.</summary>
    public double Points => NormalisedAfter - NormalisedBefore;
}
