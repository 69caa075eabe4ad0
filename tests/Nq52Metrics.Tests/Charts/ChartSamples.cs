using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Charts;

/// <summary>The PII sample built once (through its PII report), with a small Sobol analysis and an audit, for the chart tests.</summary>
internal static class ChartSamples
{
    private static readonly Lazy<PiiReport> PiiReportValue = new(() => PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset(), new PiiReportOptions { Methodology = PiiMethodology.Default }));

    private static readonly Lazy<UncertaintyResult> PiiUncertainty = new(() => UncertaintyAnalysis.Run(
        Pii,
        new UncertaintySpec(runs: 64, seed: 3)
        {
            Type = AnalysisType.Sensitivity,
            Normalisation = [NormalisationMethod.MinMax(0, 100), NormalisationMethod.ZScore(10, 2)],
        }.WithWeightNoise(2, 0.25),
        null,
        CancellationToken.None));

    private static readonly Lazy<AuditResult> PiiAudit = new(() => StatisticalAudit.Run(Pii));

    /// <summary>The PII report of the sample (compared with the edition the sample is calibrated on).</summary>
    public static PiiReport PiiReport => PiiReportValue.Value;

    /// <summary>The built PII of the sample (the result of <see cref="PiiReport"/>).</summary>
    public static IndexResult Pii => PiiReport.Result;

    public static UncertaintyResult Uncertainty => PiiUncertainty.Value;

    public static AuditResult Audit => PiiAudit.Value;
}
