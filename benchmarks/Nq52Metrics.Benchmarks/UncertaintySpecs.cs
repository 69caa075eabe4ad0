using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>The analysis the uncertainty benchmarks measure: the four inputs of the COINr reference run.</summary>
public static class UncertaintySpecs
{
    /// <summary>
    /// Weight noise ±25 % at levels 2 and 3, up to 1–5 winsorised points, min-max [1, 100] or z-score (10, 2), arithmetic or
    /// geometric aggregation — the spec of COINr's ASEM uncertainty example.
    /// </summary>
    /// <param name="runs">Runs (UA) or base sample size (SA).</param>
    /// <param name="threads">Maximum threads; null = all cores.</param>
    /// <param name="type">Uncertainty or sensitivity analysis.</param>
    /// <returns>The spec.</returns>
    public static UncertaintySpec Reference(int runs, int? threads = null, AnalysisType type = AnalysisType.Uncertainty) =>
        new UncertaintySpec(runs, seed: 1)
        {
            Type = type,
            MaxDegreeOfParallelism = threads,
            WeightNoise = ImmutableDictionary<int, double>.Empty.Add(2, 0.25).Add(3, 0.25),
            MaxWinsorised = [1, 2, 3, 4, 5],
            Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)],
            Aggregation = [new AggregationSpec(AggregationMethod.Arithmetic), new AggregationSpec(AggregationMethod.Geometric)],
        };
}
