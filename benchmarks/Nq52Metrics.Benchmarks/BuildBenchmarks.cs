using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The whole build, <see cref="IndexBuilder.Build"/> with COINr's default methodology and group-mean imputation,
/// at the sizes of COINr's ASEM example, the PII, the GII and a large synthetic case.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class BuildBenchmarks
{
    private SyntheticIndex _index = null!;

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Asem51x49, IndexShape.Pii63x52, IndexShape.Gii132x80, IndexShape.Large10000x49)]
    public IndexShape Shape { get; set; }

    /// <summary>Generates the data and checks that a build exercises imputation, winsorisation and the log transform.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _index = Shape.Generate();
        SyntheticIndex.EnsureEveryStepWorked(Build());
    }

    /// <summary>Denominate → impute → screen → treat outliers → normalise → aggregate → rank.</summary>
    /// <returns>The result (returned so the work cannot be elided).</returns>
    [Benchmark]
    public IndexResult Build() => IndexBuilder.Build(_index.Framework, _index.Data, SyntheticIndex.Methodology);
}
