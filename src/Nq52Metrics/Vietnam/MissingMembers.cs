namespace Nq52Metrics.Vietnam;

/// <summary>What to do when some old provinces of a 2025 unit have no value.</summary>
public enum MissingMembers
{
    /// <summary>The unit's value is missing (NaN) unless every member has a value.</summary>
    RequireAll,

    /// <summary>Aggregate the members that have a value (weights rescaled over them); missing only when none has.</summary>
    UseAvailable,
}
