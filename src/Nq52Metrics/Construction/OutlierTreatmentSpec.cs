using System.Collections.Immutable;

namespace Nq52Metrics.Construction;

/// <summary>
/// The outlier-treatment step. An indicator is an outlier case when |skew| and kurtosis both reach their
/// thresholds (skew and excess kurtosis as Excel <c>SKEW</c>/<c>KURT</c>); with <see cref="Strict"/> both must
/// exceed them (GII wording, &gt;), otherwise reaching them is enough (COINr, ≥). Such an indicator is winsorised
/// one extreme at a time (tied extremes together) until it passes or <see cref="MaxWinsorised"/> points are
/// reached; if it still fails, the winsorisation is discarded and <see cref="Log"/> is applied to the original
/// values.
/// </summary>
public sealed record OutlierTreatmentSpec : StageSpec
{
    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.TreatOutliers;

    internal override StageSpec Canonical() =>
        Method == OutlierMethod.None && Overrides.Values.All(o => o.Method == OutlierMethod.None) ? None : this;

    /// <summary>Whether to treat outliers at all.</summary>
    public OutlierMethod Method { get; init; } = OutlierMethod.SkewKurtosis;

    /// <summary>Absolute skewness threshold (COINr 2, GII 2.25); finite and &gt; 0.</summary>
    public double SkewThreshold { get; init; } = 2.0;

    /// <summary>Excess kurtosis threshold (3.5 in both COINr and the GII); finite.</summary>
    public double KurtosisThreshold { get; init; } = 3.5;

    /// <summary>True: treat when |skew| &gt; and kurtosis &gt; the thresholds; false: when ≥ (COINr).</summary>
    public bool Strict { get; init; }

    /// <summary>Maximum number of winsorised points (ties can push the count past it, as in COINr); ≥ 0.</summary>
    public int MaxWinsorised { get; init; } = 5;

    /// <summary>The second-stage transform when winsorisation is not enough.</summary>
    public LogTransform Log { get; init; } = LogTransform.CoinToolModified;

    /// <summary>Per-indicator specs that replace this one for the named indicators (their own overrides are ignored).</summary>
    public ImmutableDictionary<string, OutlierTreatmentSpec> Overrides { get; init; } =
        ImmutableDictionary<string, OutlierTreatmentSpec>.Empty;

    /// <summary>No outlier treatment.</summary>
    public static OutlierTreatmentSpec None { get; } = new() { Method = OutlierMethod.None };

    /// <summary>COINr's defaults: skew 2, kurtosis 3.5 (non-strict), up to 5 points, then <c>log_CT</c>.</summary>
    public static OutlierTreatmentSpec Coinr { get; } = new();

    /// <summary>The GII rule: |skew| &gt; 2.25 and kurtosis &gt; 3.5, up to 5 points, then the GII log.</summary>
    public static OutlierTreatmentSpec Gii { get; } = new() { SkewThreshold = 2.25, Strict = true, Log = LogTransform.Gii };

    /// <summary>Value equality, overrides compared by content (indicator code and spec), not by reference.</summary>
    /// <param name="other">The spec to compare with.</param>
    /// <returns>True when every setting and every override are equal.</returns>
    public bool Equals(OutlierTreatmentSpec? other) =>
        other is not null
        && Method == other.Method
        && SkewThreshold.Equals(other.SkewThreshold)
        && KurtosisThreshold.Equals(other.KurtosisThreshold)
        && Strict == other.Strict
        && MaxWinsorised == other.MaxWinsorised
        && Log == other.Log
        && Overrides.Count == other.Overrides.Count
        && Overrides.All(p => other.Overrides.TryGetValue(p.Key, out var o) && p.Value.Equals(o));

    /// <summary>A hash consistent with <see cref="Equals(OutlierTreatmentSpec)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Method, SkewThreshold, KurtosisThreshold, Strict, MaxWinsorised, Log, Overrides.Count);

    /// <summary>The spec that applies to one indicator (its override, or this spec).</summary>
    /// <param name="indicatorCode">An indicator code.</param>
    /// <returns>The applicable spec.</returns>
    public OutlierTreatmentSpec For(string indicatorCode) =>
        Overrides.TryGetValue(indicatorCode, out var spec) ? spec : this;
}
