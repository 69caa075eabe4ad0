using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>The names the uncertainty spec file uses for its choices (see docs/formats.md).</summary>
internal static class UncertaintyNames
{
    /// <summary><c>type</c>: <c>UA</c> (uncertainty analysis) or <c>SA</c> (sensitivity analysis).</summary>
    public static NameTable<AnalysisType> Type { get; } = new(
        ("UA", AnalysisType.Uncertainty),
        ("SA", AnalysisType.Sensitivity));

    /// <summary>The string form of the items of <c>alternatives.outliers</c> (booleans are accepted too).</summary>
    public static NameTable<bool> OutlierSwitch { get; } = new(
        ("on", true),
        ("off", false));
}
