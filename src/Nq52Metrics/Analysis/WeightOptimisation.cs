using System.Collections.Immutable;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Nq52Metrics.Construction;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;
using static System.FormattableString;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Optimises the weights of the nodes at one level, as COINr's <c>get_opt_weights</c> does: every evaluation
/// re-aggregates the normalised indicators with the result's aggregation method and the trial weights, then measures the
/// Pearson correlation of each node of the level with the index. <see cref="OptimisationObjective.Balance"/> brings the
/// correlations, normalised to sum to 1, as close as possible to equal shares (minimising ln of the mean squared
/// difference); <see cref="OptimisationObjective.Infomax"/> maximises their sum. The search is MathNet's Nelder–Mead
/// simplex started at the nominal weights, its first simplex spread by a seeded generator so runs repeat exactly.
/// Trial weights are taken in absolute value (weights are positive) and scaled to sum to 1.
/// </summary>
public static class WeightOptimisation
{
    /// <summary>The smallest weight a trial may give a node (weights must stay above 0).</summary>
    private const double Floor = 1e-9;

    /// <summary>Optimises the weights at one level.</summary>
    /// <param name="result">A built index (its normalised data, framework and aggregation method are used).</param>
    /// <param name="level">The level, from 1 to one below the index; it needs at least 2 nodes.</param>
    /// <param name="objective">Balance (default) or infomax.</param>
    /// <param name="seed">Seed of the first simplex's spread.</param>
    /// <param name="maxIterations">Most Nelder–Mead iterations (default 1000).</param>
    /// <param name="tolerance">Convergence tolerance of the objective (default 1e-6).</param>
    /// <returns>The optimised weights and what they achieve.</returns>
    /// <exception cref="Nq52ValidationException">
    /// The level is not below the index or has fewer than 2 nodes, a correlation with the index is undefined, or the
    /// search does not converge within <paramref name="maxIterations"/>.
    /// </exception>
    public static OptimisedWeights Optimise(
        IndexResult result,
        int level,
        OptimisationObjective objective = OptimisationObjective.Balance,
        int seed = 1,
        int maxIterations = 1000,
        double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TryOptimise(result, level, objective, seed, maxIterations, tolerance).GetValueOrThrow();
    }

    /// <summary>As <see cref="Optimise"/>, with the problems returned as data rather than thrown.</summary>
    internal static Outcome<OptimisedWeights> TryOptimise(
        IndexResult result,
        int level,
        OptimisationObjective objective = OptimisationObjective.Balance,
        int seed = 1,
        int maxIterations = 1000,
        double tolerance = 1e-6)
    {
        var framework = result.Framework;
        var location = Invariant($"weight optimisation, level {level}");
        var nodes = framework.NodesAtLevel(level);
        if (level < 1 || level >= framework.MaxLevel)
        {
            return Outcome<OptimisedWeights>.Failure([ProblemMessages.Problem(ProblemLocation.OfParameter(location), nameof(Messages.OptimisationLevelOutOfRange), framework.MaxLevel - 1)]);
        }

        if (nodes.Length < 2)
        {
            return Outcome<OptimisedWeights>.Failure([ProblemMessages.Problem(ProblemLocation.OfParameter(location), nameof(Messages.OptimisationSingleNode))]);
        }

        var codes = nodes.Select(n => n.Code).ToImmutableArray();
        var nominal = Normalise(nodes.Select(n => n.Weight).ToArray());
        var problems = new ValidationProblems();
        var nominalCorrelations = Correlations(result, codes, nominal, location, problems);
        if (nominalCorrelations is null)
        {
            return Outcome<OptimisedWeights>.Failure(problems.ToImmutable());
        }

        var target = 1.0 / codes.Length;
        double Evaluate(Vector<double> v)
        {
            var weights = Normalise(v.Select(x => Math.Max(Math.Abs(x), Floor)).ToArray());
            if (problems.Count > 0 || Correlations(result, codes, weights, location, problems) is not { } r)
            {
                // An undefined correlation ends the search's usefulness: the problem is kept and reported below.
                return double.PositiveInfinity;
            }

            if (objective == OptimisationObjective.Infomax)
            {
                return -r.Sum();
            }

            var sum = r.Sum();
            var mse = r.Select(c => ((c / sum) - target) * ((c / sum) - target)).Average();
            return Math.Log(Math.Max(mse, double.Epsilon));
        }

        var start = Vector<double>.Build.DenseOfArray(nominal);
        var random = new Random(seed);
        var spread = Vector<double>.Build.Dense(codes.Length, i => nominal[i] * (0.1 + (0.1 * random.NextDouble())));
        MinimizationResult found;
        try
        {
            found = new NelderMeadSimplex(tolerance, maxIterations).FindMinimum(ObjectiveFunction.Value(Evaluate), start, spread);
        }
        catch (MaximumIterationsException)
        {
            // MathNet reports a search that does not converge by throwing; it becomes a located problem here.
            return Outcome<OptimisedWeights>.Failure([ProblemMessages.Problem(ProblemLocation.OfParameter(location), nameof(Messages.OptimisationNotConverged), maxIterations)]);
        }

        var optimised = Normalise(found.MinimizingPoint.Select(x => Math.Max(Math.Abs(x), Floor)).ToArray());
        if (problems.Count > 0 || Correlations(result, codes, optimised, location, problems) is not { } correlations)
        {
            return Outcome<OptimisedWeights>.Failure(problems.ToImmutable());
        }

        return Outcome<OptimisedWeights>.Success(new OptimisedWeights(
            level,
            objective,
            codes,
            [.. nominal],
            [.. optimised],
            [.. nominalCorrelations],
            [.. correlations],
            found.FunctionInfoAtMinimum.Value,
            found.Iterations));
    }

    /// <summary>
    /// Each node's correlation with the index after re-aggregating with the given weights at the level; null (with the
    /// problem added) when the aggregation fails or a correlation is undefined.
    /// </summary>
    private static double[]? Correlations(IndexResult result, ImmutableArray<string> codes, double[] weights, string location, ValidationProblems problems)
    {
        var reweighted = result.Framework.WithWeights(codes.Select((c, i) => (c, weights[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal));
        var plan = AggregationPlan.Compile(reweighted);
        if (Aggregation.Apply(result.Normalised, plan, plan.NominalWeights, result.Methodology.Aggregation, problems) is not { } scores)
        {
            return null;
        }

        var index = scores.Column(result.IndexCode);
        var r = new double[codes.Length];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = CorrelationMatrix.Pair(scores.Column(codes[i]), index, CorrelationMethod.Pearson, out _);
            if (double.IsNaN(r[i]))
            {
                problems.AddMessage(ProblemLocation.OfParameter(location) with { Node = codes[i] }, nameof(Messages.OptimisationCorrelationUndefined));
                return null;
            }
        }

        return r;
    }

    private static double[] Normalise(double[] weights)
    {
        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }
}
