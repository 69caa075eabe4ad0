namespace Nq52Metrics.DigitalEconomy;

/// <summary>Where a target stands in a <see cref="TargetOutlook"/>.</summary>
public enum TargetStatus
{
    /// <summary>The current value meets the target.</summary>
    Met,

    /// <summary>The current value does not meet the target yet.</summary>
    NotMet,

    /// <summary>A target without a number: listed, never scored.</summary>
    Qualitative,

    /// <summary>No current value is known for the target's metric.</summary>
    NoValue,

    /// <summary>Progress and growth are undefined (a current or target value of 0 or less, or no target year).</summary>
    Undefined,
}
