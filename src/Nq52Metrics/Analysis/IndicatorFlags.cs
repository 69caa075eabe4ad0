namespace Nq52Metrics.Analysis;

/// <summary>What an indicator's statistics flag, as COINr's <c>get_stats</c> does; file labels in brackets.</summary>
[Flags]
#pragma warning disable CA1711 // "Flags" is the domain's word for these markers.
public enum IndicatorFlags
#pragma warning restore CA1711
{
    /// <summary>Nothing flagged.</summary>
    None = 0,

    /// <summary>The share of available values is below the availability threshold (<c>low_availability</c>).</summary>
    LowAvailability = 1,

    /// <summary>|skew| and kurtosis are both above their thresholds: an outlier candidate (<c>skew_kurtosis</c>).</summary>
    SkewKurtosis = 2,

    /// <summary>The share of zeros among the available values is above the zeros threshold (<c>many_zeros</c>).</summary>
    ManyZeros = 4,

    /// <summary>The share of distinct values among the available values is below the unique threshold (<c>few_unique</c>).</summary>
    FewUnique = 8,
}
