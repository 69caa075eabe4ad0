using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// Memory does not grow with the number of runs: rank statistics come from per-unit rank histograms and score moments
/// per block, so a UA of 10⁶ runs allocates what one of 10⁴ runs does (compare the Allocated column).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class UncertaintyMemoryBenchmarks
{
    private IndexResult _nominal = null!;

    /// <summary>Number of runs.</summary>
    [Params(10_000, 1_000_000)]
    public int Runs { get; set; }

    /// <summary>Builds the nominal ASEM-size index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var index = IndexShape.Asem51x49.Generate();
        _nominal = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology);
    }

    /// <summary>A UA of <see cref="Runs"/> runs on every core.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public UncertaintyResult Uncertainty() => UncertaintyAnalysis.Run(_nominal, UncertaintySpecs.Reference(Runs));
}
