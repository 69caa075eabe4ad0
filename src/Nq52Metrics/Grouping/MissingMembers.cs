namespace Nq52Metrics.Grouping;

/// <summary>What to do when some members of a group have no value (see <see cref="Regrouping"/>).</summary>
public enum MissingMembers
{
    /// <summary>The group's value is missing (NaN) unless every member has a value.</summary>
    RequireAll,

    /// <summary>Aggregate the members that have a value (weights rescaled over them); missing only when none has.</summary>
    UseAvailable,
}
