namespace Nq52Metrics.Frameworks;

/// <summary>
/// Fixed bounds of an indicator for goalpost normalisation, in the indicator's raw units:
/// <see cref="Lower"/> maps to 0 and <see cref="Upper"/> to the scale for a positive indicator; for a negative
/// indicator the roles are swapped.
/// </summary>
/// <param name="Lower">The lower goalpost (raw units).</param>
/// <param name="Upper">The upper goalpost (raw units); must differ from <paramref name="Lower"/>.</param>
public sealed record Goalposts(double Lower, double Upper);
