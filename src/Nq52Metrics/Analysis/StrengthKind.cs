namespace Nq52Metrics.Analysis;

/// <summary>Whether an indicator is one of a unit's best or worst ranks.</summary>
public enum StrengthKind
{
    /// <summary>Among the unit's best indicator ranks (file label <c>strength</c>).</summary>
    Strength,

    /// <summary>Among the unit's worst indicator ranks (file label <c>weakness</c>).</summary>
    Weakness,
}
