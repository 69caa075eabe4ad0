using BenchmarkDotNet.Attributes;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The statistical audit of a built index, <see cref="StatisticalAudit.Run"/> with default options (statistics at three
/// steps, correlation matrices of every level, correlations with parent and index, Cronbach's alpha and PCA of every
/// aggregate, effective weights, strengths and weaknesses, findings), and the level-1 correlation matrix alone, at the
/// GII's size and at 10,000 units × 100 indicators. The build is done in setup (not measured); its normalised data
/// have no missing value (group-mean imputation), so correlation matrices take the one-matrix-product path.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class AuditBenchmarks
{
    private IndexResult _result = null!;
    private string[] _indicators = [];

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Gii132x80, IndexShape.Large10000x100)]
    public IndexShape Shape { get; set; }

    /// <summary>Builds the index once and checks that the audit runs on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var index = Shape.Generate();
        _result = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology);
        _indicators = [.. index.Framework.Indicators.Select(i => i.Code)];
        _ = Audit();
    }

    /// <summary>The full audit.</summary>
    /// <returns>The audit (returned so the work cannot be elided).</returns>
    [Benchmark]
    public AuditResult Audit() => StatisticalAudit.Run(_result);

    /// <summary>The Pearson matrix of every indicator's normalised values (one matrix product).</summary>
    /// <returns>The matrix.</returns>
    [Benchmark]
    public CorrelationMatrix IndicatorCorrelations() => CorrelationMatrix.Compute(_result.Normalised, _indicators);
}
