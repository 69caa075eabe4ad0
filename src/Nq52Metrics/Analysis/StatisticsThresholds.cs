using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>
/// The thresholds of the indicator flags and of the audit's findings. Defaults are COINr's <c>get_stats</c>
/// (availability 0.65, skew 2, kurtosis 3.5, zeros 0.5, unique 0.5), the Handbook's alpha rule of thumb (0.7) and
/// COINr's <c>get_corr_flags</c> collinearity level (0.9).
/// </summary>
public sealed record StatisticsThresholds
{
    /// <summary>Flag an indicator whose share of available values is below this (in [0, 1]).</summary>
    public double Availability { get; init; } = 0.65;

    /// <summary>Flag an outlier candidate when |skew| is above this (with kurtosis above <see cref="Kurtosis"/>).</summary>
    public double Skew { get; init; } = 2.0;

    /// <summary>Flag an outlier candidate when the excess kurtosis is above this (with |skew| above <see cref="Skew"/>).</summary>
    public double Kurtosis { get; init; } = 3.5;

    /// <summary>Flag an indicator whose share of zeros (among available values) is above this (in [0, 1]).</summary>
    public double Zeros { get; init; } = 0.5;

    /// <summary>Flag an indicator whose share of distinct values (among available values) is below this (in [0, 1]).</summary>
    public double Unique { get; init; } = 0.5;

    /// <summary>Report an aggregate whose children's Cronbach's alpha is below this.</summary>
    public double Alpha { get; init; } = 0.7;

    /// <summary>Report two children of one parent whose |correlation| is above this (in (0, 1]).</summary>
    public double HighCorrelation { get; init; } = 0.9;

    /// <summary>The thresholds' problems (shares outside [0, 1], non-finite values), located by name.</summary>
    internal IEnumerable<ValidationProblem> Problems()
    {
        foreach (var (name, value) in new[] { ("availability", Availability), ("zeros", Zeros), ("unique", Unique), ("high correlation", HighCorrelation) })
        {
            if (!(value is >= 0 and <= 1))
            {
                yield return ProblemMessages.Problem(ProblemLocation.OfParameter($"threshold \"{name}\""), nameof(Messages.AuditThresholdNotAShare), value);
            }
        }

        foreach (var (name, value) in new[] { ("skew", Skew), ("kurtosis", Kurtosis), ("alpha", Alpha) })
        {
            if (!double.IsFinite(value))
            {
                yield return ProblemMessages.Problem(ProblemLocation.OfParameter($"threshold \"{name}\""), nameof(Messages.AuditThresholdNotFinite));
            }
        }
    }
}
