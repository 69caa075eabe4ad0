using System.Collections.Immutable;

namespace Nq52Metrics.Results;

/// <summary>Data availability of one unit and whether screening kept it.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Availability">Share of non-missing indicator values, in [0, 1].</param>
/// <param name="Kept">False when the unit was dropped.</param>
public sealed record UnitAvailability(string Unit, double Availability, bool Kept);

/// <summary>What the screening step did: the availability of every unit and which were dropped.</summary>
/// <param name="Units">Every unit, in input order.</param>
public sealed record ScreeningReport(ImmutableArray<UnitAvailability> Units)
{
    /// <summary>Codes of the dropped units.</summary>
    public ImmutableArray<string> Dropped => Units.Where(u => !u.Kept).Select(u => u.Unit).ToImmutableArray();

    /// <summary>A short summary: units kept of all, and the dropped ones by code.</summary>
    /// <returns>E.g. <c>Screening: 50 of 51 units kept; dropped: BRN</c>.</returns>
    public override string ToString()
    {
        var dropped = Dropped;
        return $"Screening: {Units.Length - dropped.Length} of {Units.Length} units kept; dropped: {(dropped.IsEmpty ? "none" : string.Join(", ", dropped))}";
    }
}
