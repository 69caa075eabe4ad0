namespace Nq52Metrics.DigitalEconomy;

/// <summary>How many units fall in one share band.</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">The number of units whose share lies in it.</param>
public sealed record BandTally(ShareBand Band, int Count);
