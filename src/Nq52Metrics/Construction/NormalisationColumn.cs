using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Construction;

/// <summary>
/// What a normalisation method may know about the column it normalises besides its direction-adjusted values: the
/// indicator's direction-adjusted target and goalposts (NaN / null when it has none), its direction, and the units of
/// the rows (default when unknown; a reference unit cannot be found then).
/// </summary>
/// <param name="Target">The direction-adjusted target, or NaN.</param>
/// <param name="Goalposts">The direction-adjusted goalposts, or null.</param>
/// <param name="Direction">The indicator's direction (the values given with the column are already multiplied by it).</param>
/// <param name="Units">The unit of each row, or default.</param>
internal readonly record struct NormalisationColumn(double Target, (double Lower, double Upper)? Goalposts, Direction Direction, ImmutableArray<Unit> Units)
{
    /// <summary>A positive indicator with no target, goalposts or units.</summary>
    public static NormalisationColumn Plain => new(double.NaN, null, Direction.Positive, default);

    /// <summary>The direction as a factor, +1 or −1.</summary>
    public double Sign => (int)Direction;
}
