namespace Nq52Metrics.DigitalEconomy;

/// <summary>Which end of a share band includes its bound (the sources do not say; the choice is the caller's).</summary>
public enum BandBoundary
{
    /// <summary>Bands are [min, max): a share of exactly 10 % counts in 10–20 %, not in 5–10 %.</summary>
    LowerInclusive,

    /// <summary>Bands are (min, max]: a share of exactly 10 % counts in 5–10 %.</summary>
    UpperInclusive,
}
