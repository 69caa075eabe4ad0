namespace Nq52Metrics.Frameworks;

/// <summary>
/// The polarity of an indicator: whether a higher raw value is better (<see cref="Positive"/>) or worse
/// (<see cref="Negative"/>). Applied at normalisation by multiplying values by the direction; directions of
/// aggregates are not used (as in COINr).
/// </summary>
public enum Direction
{
    /// <summary>Lower raw values are better (e.g. tariffs, poverty). Value −1.</summary>
    Negative = -1,

    /// <summary>Higher raw values are better. Value +1.</summary>
    Positive = 1,
}
