using System.Collections.Immutable;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Weights of the nodes at one level found by <see cref="WeightOptimisation"/>, with the children's correlations with
/// the index before and after, the objective reached and the Nelder–Mead iterations used.
/// </summary>
/// <param name="Level">The level whose weights were optimised.</param>
/// <param name="Objective">What was optimised.</param>
/// <param name="Codes">The level's nodes, in framework order.</param>
/// <param name="NominalWeights">The framework's weights, scaled to sum to 1.</param>
/// <param name="Weights">The optimised weights, scaled to sum to 1 (all &gt; 0).</param>
/// <param name="NominalCorrelations">Each node's Pearson correlation with the index under the nominal weights.</param>
/// <param name="Correlations">Each node's Pearson correlation with the index under the optimised weights.</param>
/// <param name="ObjectiveValue">The objective at the optimum: ln(mean squared difference) for balance (ln ε, about −744, when the balance is exact), −Σr for infomax.</param>
/// <param name="Iterations">Nelder–Mead iterations used.</param>
public sealed record OptimisedWeights(
    int Level,
    OptimisationObjective Objective,
    ImmutableArray<string> Codes,
    ImmutableArray<double> NominalWeights,
    ImmutableArray<double> Weights,
    ImmutableArray<double> NominalCorrelations,
    ImmutableArray<double> Correlations,
    double ObjectiveValue,
    int Iterations);
