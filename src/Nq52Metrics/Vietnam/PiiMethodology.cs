using Nq52Metrics.Construction;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The methodology preset for the PII. The ministry has not published its technical note; the sources say the PII
/// follows the GII method with WIPO support, that indicator scores are 0–100 with the best at 100, and that the PII
/// is the mean of Input and Output. So the preset is the GII method (<see cref="Methodology.Gii"/>): no imputation
/// (aggregates use the available data), GII outlier treatment, min-max 0–100, weighted arithmetic means,
/// competition ranks; published figures are rounded with <see cref="PublicationRounding"/>.
/// </summary>
public static class PiiMethodology
{
    /// <summary>The GII-based preset described above.</summary>
    public static Methodology Default => Methodology.Gii;

    /// <summary>
    /// The preset without outlier treatment: every indicator is min-max normalised as given. Use it when the what-if
    /// analysis must be exact for every indicator (outlier treatment can change with the values).
    /// </summary>
    public static Methodology WithoutOutlierTreatment => Methodology.Gii with { OutlierTreatment = OutlierTreatmentSpec.None };
}
