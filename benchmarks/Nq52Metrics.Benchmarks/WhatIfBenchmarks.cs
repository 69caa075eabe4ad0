using BenchmarkDotNet.Attributes;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// What-if on the PII SAMPLE (63 provinces × 52 indicators, the GII method): the smallest improvement plan that lifts
/// Thái Nguyên to rank 5, from a built result (verification rebuild included), as <c>nq52 pii whatif --target-rank 5</c>
/// computes it; and the rank after setting one raw value.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private IndexResult _baseline = null!;
    private string _indicator = "";

    /// <summary>Builds the sample index once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _baseline = IndexBuilder.Build(PiiSample.Framework(), PiiSample.Dataset(), PiiMethodology.Default);
        _indicator = _baseline.Framework.Indicators[0].Code;
    }

    /// <summary>The improvement plan to rank 5.</summary>
    /// <returns>The plan (returned so the work cannot be elided).</returns>
    [Benchmark]
    public ImprovementPlan PlanToRank5() => new WhatIfAnalysis(_baseline).PlanToReach("thai-nguyen", 5);

    /// <summary>The rank after one new raw value.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public WhatIfOutcome RankAfterOneValue() =>
        new WhatIfAnalysis(_baseline).RankAfter("thai-nguyen", new Dictionary<string, double> { [_indicator] = 1e6 });
}
