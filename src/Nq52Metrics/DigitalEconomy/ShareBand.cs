using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>A band of digital-economy shares, in percent; a null bound leaves the band open on that side.</summary>
public sealed record ShareBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="minPercent">The lower bound, or null for open below.</param>
    /// <param name="maxPercent">The upper bound, or null for open above.</param>
    /// <exception cref="Nq52ValidationException">Both bounds null, or min ≥ max.</exception>
    public ShareBand(decimal? minPercent, decimal? maxPercent)
    {
        if (Problem(minPercent, maxPercent) is { } problem)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter("share band"), problem)]);
        }

        MinPercent = minPercent;
        MaxPercent = maxPercent;
    }

    /// <summary>What is wrong with a band of these bounds, or null when they make one.</summary>
    internal static MessageText? Problem(decimal? minPercent, decimal? maxPercent) =>
        minPercent is null && maxPercent is null ? MessageText.Of(nameof(Messages.ShareBandNoBound))
        : minPercent is { } lo && maxPercent is { } hi && lo >= hi ? MessageText.Of(nameof(Messages.ShareBandBoundsReversed), lo, hi)
        : null;

    /// <summary>The lower bound in percent, or null.</summary>
    public decimal? MinPercent { get; }

    /// <summary>The upper bound in percent, or null.</summary>
    public decimal? MaxPercent { get; }

    /// <summary>A label such as <c>&gt; 20 %</c>, <c>10–20 %</c> or <c>&lt; 5 %</c>.</summary>
    public string Label => (MinPercent, MaxPercent) switch
    {
        ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"> {lo} %"),
        (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"< {hi} %"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{MinPercent}–{MaxPercent} %"),
    };

    /// <summary>Whether a share lies in the band.</summary>
    /// <param name="sharePercent">The share, in percent.</param>
    /// <param name="boundary">Which end includes its bound.</param>
    /// <returns>True when the share is in the band.</returns>
    public bool Contains(decimal sharePercent, BandBoundary boundary = BandBoundary.LowerInclusive)
    {
        var aboveMin = MinPercent is not { } lo || (boundary == BandBoundary.LowerInclusive ? sharePercent >= lo : sharePercent > lo);
        var belowMax = MaxPercent is not { } hi || (boundary == BandBoundary.LowerInclusive ? sharePercent < hi : sharePercent <= hi);
        return aboveMin && belowMax;
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
