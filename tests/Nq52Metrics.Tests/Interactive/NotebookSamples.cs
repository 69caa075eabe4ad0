using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Interactive;

/// <summary>Values the notebook-view tests display: the PII sample, and a small index whose names need escaping.</summary>
internal static class NotebookSamples
{
    private static readonly Lazy<PiiReport> LazyPii = new(() => PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset()));

    private static readonly Lazy<IndexResult> LazySmall = new(() =>
    {
        var framework = new FrameworkBuilder("Idx", "Index <main>")
            .Aggregate("In", parent: "Idx", name: "Input & \"effort\"")
            .Aggregate("Out", parent: "Idx", name: "Output")
            .Indicator("a", parent: "In")
            .Indicator("b", parent: "In")
            .Indicator("c", parent: "Out")
            .Indicator("d", parent: "Out");
        var rows = new (string Code, string Name, double[] Values)[]
        {
            ("hue", "Thừa Thiên Huế", [3, 5, 1, 7]),
            ("x", "<script>alert('x')</script>", [1, 2, 6, 2]),
            ("hn", "Hà Nội, \"capital\"", [9, 8, 9, 9]),
            ("dl", "Đắk Lắk", [2, 1, 2, 3]),
            ("ct", "Cần Thơ", [5, 6, 4, 5]),
        };
        var data = Dataset.FromUnitValues(rows.Select(r => (
            new Unit(r.Code, r.Name),
            (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["a"] = r.Values[0], ["b"] = r.Values[1], ["c"] = r.Values[2], ["d"] = r.Values[3] })));
        return IndexBuilder.Build(framework.Build(), data);
    });

    private static readonly Lazy<UncertaintyResult> LazyUncertainty = new(() => UncertaintyAnalysis.Run(
        Small, new UncertaintySpec(runs: 200, seed: 3).WithWeightNoise(level: 2, factor: 0.5)));

    private static readonly Lazy<UncertaintyResult> LazySensitivity = new(() => UncertaintyAnalysis.Run(
        Pii.Result, new UncertaintySpec(runs: 600, seed: 3) { Type = AnalysisType.Sensitivity }
            .WithWeightNoise(level: 2, factor: 0.5)
            .WithNormalisations(NormalisationMethod.MinMax(0, 100), NormalisationMethod.ZScore(10, 2))));

    private static readonly Lazy<AuditResult> LazyAudit = new(() => StatisticalAudit.Run(Small));

    private static readonly Lazy<AuditResult> LazyPiiAudit = new(() => StatisticalAudit.Run(Pii.Result));

    public static PiiReport Pii => LazyPii.Value;

    public static IndexResult Small => LazySmall.Value;

    public static UncertaintyResult Uncertainty => LazyUncertainty.Value;

    public static UncertaintyResult Sensitivity => LazySensitivity.Value;

    public static AuditResult Audit => LazyAudit.Value;

    public static AuditResult PiiAudit => LazyPiiAudit.Value;
}
