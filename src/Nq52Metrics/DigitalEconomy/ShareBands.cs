using System.Collections.Immutable;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// Counts provinces by digital-economy share band, the way the GSO and the MIC report them (&gt; 20 %, 10–20 %,
/// 5–10 %, &lt; 5 %).
/// </summary>
public static class ShareBands
{
    /// <summary>The four bands the sources use: &gt; 20 %, 10–20 %, 5–10 %, &lt; 5 % (highest first).</summary>
    public static ImmutableArray<ShareBand> Standard { get; } =
    [
        new ShareBand(20m, null),
        new ShareBand(10m, 20m),
        new ShareBand(5m, 10m),
        new ShareBand(null, 5m),
    ];

    /// <summary>
    /// Counts shares by band. With the standard bands every share falls in exactly one band; with the caller's bands a
    /// share may fall in several (overlap) or none.
    /// </summary>
    /// <param name="sharesPercent">The shares, in percent (e.g. one per province).</param>
    /// <param name="bands">The bands; default <see cref="Standard"/>.</param>
    /// <param name="boundary">Which end of a band includes its bound; default [min, max).</param>
    /// <returns>One tally per band, in the bands' order (an empty input gives zero counts).</returns>
    public static ImmutableArray<BandTally> Count(
        IEnumerable<decimal> sharesPercent,
        IEnumerable<ShareBand>? bands = null,
        BandBoundary boundary = BandBoundary.LowerInclusive)
    {
        ArgumentNullException.ThrowIfNull(sharesPercent);
        var shares = sharesPercent.ToList();
        return (bands ?? Standard)
            .Select(band => new BandTally(band, shares.Count(s => band.Contains(s, boundary))))
            .ToImmutableArray();
    }
}
