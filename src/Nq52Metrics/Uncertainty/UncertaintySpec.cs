using System.Collections.Immutable;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// What an uncertainty or sensitivity analysis varies and how many runs it makes. Every assumption is optional; an
/// assumption with a single alternative is fixed (not uncertain). Immutable: use the <c>With…</c> methods or
/// <c>with</c> expressions. Validated when the analysis is compiled.
/// </summary>
public sealed record UncertaintySpec
{
    /// <summary>Creates a spec.</summary>
    /// <param name="runs">Number of runs (UA) or base sample size N (SA: N(d + 2) runs); ≥ 2.</param>
    /// <param name="seed">Seed of every random draw; the same seed gives identical results.</param>
    public UncertaintySpec(int runs = 1000, ulong seed = 1)
    {
        Runs = runs;
        Seed = seed;
    }

    /// <summary>Number of runs (UA) or base sample size N (SA).</summary>
    public int Runs { get; init; }

    /// <summary>Seed of every random draw.</summary>
    public ulong Seed { get; init; }

    /// <summary>Uncertainty (default) or sensitivity analysis.</summary>
    public AnalysisType Type { get; init; } = AnalysisType.Uncertainty;

    /// <summary>The node whose ranks are analysed; null = the index (top node).</summary>
    public string? Target { get; init; }

    /// <summary>
    /// Weight noise factor φ by aggregate or indicator level: each weight w at that level becomes w·(1 + φ·(2u − 1)),
    /// u ~ U(0, 1), independently per weight and per weight set (COINr <c>get_noisy_weights</c>).
    /// </summary>
    public ImmutableDictionary<int, double> WeightNoise { get; init; } = ImmutableDictionary<int, double>.Empty;

    /// <summary>Number of noisy weight sets drawn up front (a run picks one); null = min(runs, 10 000).</summary>
    public int? WeightSetCount { get; init; }

    /// <summary>Explicit weight sets (weight by node code; unlisted nodes keep their weight). Exclusive with noise.</summary>
    public ImmutableArray<ImmutableDictionary<string, double>> WeightSets { get; init; } = [];

    /// <summary>Alternatives for the maximum number of winsorised points.</summary>
    public ImmutableArray<int> MaxWinsorised { get; init; } = [];

    /// <summary>Alternatives for switching outlier treatment on (true) or off (false).</summary>
    public ImmutableArray<bool> OutlierTreatment { get; init; } = [];

    /// <summary>Alternatives for the imputation step.</summary>
    public ImmutableArray<ImputationSpec> Imputation { get; init; } = [];

    /// <summary>Alternatives for the normalisation method.</summary>
    public ImmutableArray<NormalisationMethod> Normalisation { get; init; } = [];

    /// <summary>Alternatives for the aggregation step (method, per-level methods, threshold).</summary>
    public ImmutableArray<AggregationSpec> Aggregation { get; init; } = [];

    /// <summary>Alternatives of node sets to leave out (weight 0); an empty set = keep everything.</summary>
    public ImmutableArray<ImmutableArray<string>> Exclusions { get; init; } = [];

    /// <summary>
    /// Uncertain inputs given as whole stage specs: each entry is one input whose alternatives replace one stage's spec
    /// (any stage: denomination, transform, imputation, screening, outlier treatment, normalisation, aggregation,
    /// ranking). They follow the built-in inputs above, in this order.
    /// </summary>
    public ImmutableArray<StageAlternatives> Alternatives { get; init; } = [];

    /// <summary>Bootstrap resamples for the confidence intervals of sensitivity indices.</summary>
    public int BootstrapSamples { get; init; } = 1000;

    /// <summary>
    /// Draw the design from a Sobol' low-discrepancy sequence with a random digital shift instead of pseudo-random
    /// numbers (UA: d dimensions; SA: 2d, the first d for A and the next d for B).
    /// </summary>
    public bool QuasiRandom { get; init; }

    /// <summary>Maximum threads; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Adds weight noise at one level.</summary>
    /// <param name="level">The level whose weights get noise (1 = indicators, 2 = first aggregate level…).</param>
    /// <param name="factor">φ in [0, 1): weights vary uniformly within ±φ of their value.</param>
    /// <returns>The new spec.</returns>
    public UncertaintySpec WithWeightNoise(int level, double factor) => this with { WeightNoise = WeightNoise.SetItem(level, factor) };

    /// <summary>Sets the alternatives of the maximum number of winsorised points.</summary>
    /// <param name="alternatives">The values, e.g. 1, 2, 3, 4, 5.</param>
    /// <returns>The new spec.</returns>
    public UncertaintySpec WithMaxWinsorised(params int[] alternatives) => this with { MaxWinsorised = [.. alternatives] };

    /// <summary>Sets the normalisation alternatives.</summary>
    /// <param name="alternatives">The methods.</param>
    /// <returns>The new spec.</returns>
    public UncertaintySpec WithNormalisations(params NormalisationMethod[] alternatives) => this with { Normalisation = [.. alternatives] };

    /// <summary>Sets the aggregation alternatives.</summary>
    /// <param name="alternatives">The aggregation specs.</param>
    /// <returns>The new spec.</returns>
    public UncertaintySpec WithAggregations(params AggregationSpec[] alternatives) => this with { Aggregation = [.. alternatives] };

    /// <summary>Sets the imputation alternatives.</summary>
    /// <param name="alternatives">The imputation specs.</param>
    /// <returns>The new spec.</returns>
    public UncertaintySpec WithImputations(params ImputationSpec[] alternatives) => this with { Imputation = [.. alternatives] };

    /// <summary>Adds an uncertain input whose alternatives are whole specs of one stage (e.g. screening thresholds or tie rules).</summary>
    /// <param name="name">The input's name, unique in the spec (e.g. <c>"screen"</c>).</param>
    /// <param name="specs">The alternatives, all of the same stage.</param>
    /// <returns>The changed spec.</returns>
    public UncertaintySpec WithAlternatives(string name, params StageSpec[] specs) =>
        this with { Alternatives = (Alternatives.IsDefault ? [] : Alternatives).Add(new StageAlternatives(name, specs)) };
}
