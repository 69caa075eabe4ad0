using Nq52Metrics.Construction;

namespace Nq52Metrics.Vietnam;

/// <summary>Options of <see cref="PiiReport.Build"/>.</summary>
public sealed record PiiReportOptions
{
    /// <summary>The methodology; default <see cref="PiiMethodology.Default"/> (GII method).</summary>
    public Methodology Methodology { get; init; } = PiiMethodology.Default;

    /// <summary>
    /// The published edition to compare with; default: <see cref="PiiSample.CalibrationEdition"/> for the sample on the 63 provinces,
    /// else the latest published edition that ranks the data's unit list.
    /// </summary>
    public int? CompareWithEdition { get; init; }

    /// <summary>The seeds; default <see cref="VietnamSeeds.Embedded"/>.</summary>
    public VietnamSeeds? Seeds { get; init; }
}
