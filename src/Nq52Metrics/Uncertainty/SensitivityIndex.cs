namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Sobol sensitivity indices of one input for the mean absolute rank shift: first order S_i (Saltelli 2010) and total
/// order ST_i (Jansen), each with a bootstrap 90 % interval (5th and 95th percentiles).
/// </summary>
/// <param name="Input">The input's name.</param>
/// <param name="FirstOrder">S_i = mean(y_B·(y_ABi − y_A)) / V.</param>
/// <param name="Total">ST_i = Σ(y_A − y_ABi)² / (2N·V).</param>
/// <param name="FirstOrderQ5">5th percentile of S_i over the bootstrap.</param>
/// <param name="FirstOrderQ95">95th percentile of S_i.</param>
/// <param name="TotalQ5">5th percentile of ST_i.</param>
/// <param name="TotalQ95">95th percentile of ST_i.</param>
public sealed record SensitivityIndex(
    string Input,
    double FirstOrder,
    double Total,
    double FirstOrderQ5,
    double FirstOrderQ95,
    double TotalQ5,
    double TotalQ95)
{
    /// <summary>
    /// True when the analysis ran on sample data (every unit marked <c>DataStatus = SAMPLE</c>), so that the indices
    /// carry the SAMPLE label even when shown apart from their <see cref="UncertaintyResult"/>; false by default.
    /// </summary>
    public bool IsSample { get; init; }

    /// <summary>The indices as text with their intervals (three decimals); starts with <c>SAMPLE</c> on sample data.</summary>
    /// <returns>E.g. <c>weights level 2: S 0.120 [0.080, 0.160], ST 0.310 [0.270, 0.350]</c>.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{(IsSample ? "SAMPLE " : "")}{Input}: S {FirstOrder:F3} [{FirstOrderQ5:F3}, {FirstOrderQ95:F3}], ST {Total:F3} [{TotalQ5:F3}, {TotalQ95:F3}]");
}
