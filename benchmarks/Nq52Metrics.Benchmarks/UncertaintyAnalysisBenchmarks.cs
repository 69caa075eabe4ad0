using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// Whole analyses, wall time, as a user runs them: compile (every pre-aggregation alternative computed once) plus all
/// runs and the statistics. UA with 10 000 runs (100 for the 10 000-unit case) and SA with N = 10 000 (N(d + 2) = 60 000
/// runs) on the COINr reference spec, single-threaded and on every core.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class UncertaintyAnalysisBenchmarks
{
    private IndexResult _nominal = null!;

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Asem51x49, IndexShape.Pii63x52, IndexShape.Gii132x80, IndexShape.Large10000x49)]
    public IndexShape Shape { get; set; }

    /// <summary>Threads: 1, or 0 for every core.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    /// <summary>Runs of the UA: 10 000, or 100 for the 10 000-unit case.</summary>
    public int Runs => Shape == IndexShape.Large10000x49 ? 100 : 10_000;

    /// <summary>Builds the nominal index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var index = Shape.Generate();
        _nominal = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology);
    }

    /// <summary>Uncertainty analysis: compile + <see cref="Runs"/> runs + rank statistics.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public UncertaintyResult Uncertainty() =>
        UncertaintyAnalysis.Run(_nominal, UncertaintySpecs.Reference(Runs, Threads == 0 ? null : Threads));

    /// <summary>Sensitivity analysis with N = 10 000 (60 000 runs) and 1000 bootstrap resamples; ASEM shape only.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public UncertaintyResult? Sensitivity() =>
        Shape == IndexShape.Asem51x49
            ? UncertaintyAnalysis.Run(_nominal, UncertaintySpecs.Reference(10_000, Threads == 0 ? null : Threads, AnalysisType.Sensitivity))
            : null;
}
