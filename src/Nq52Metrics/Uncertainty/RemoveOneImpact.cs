using System.Collections.Immutable;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Remove-one impact (COINr <c>remove_elements</c>): for each element of a level, set its weight to 0, rebuild on the
/// fast path and compare the analysed node's ranks with the nominal ones.
/// </summary>
public static class RemoveOneImpact
{
    /// <summary>Measures the impact of leaving out each element of a level.</summary>
    /// <param name="nominal">The nominal build.</param>
    /// <param name="level">The level whose elements are removed one at a time (1 = indicators); below the target's level.</param>
    /// <param name="target">The analysed node; null = the index.</param>
    /// <returns>One entry per element of the level, in framework order.</returns>
    /// <exception cref="Nq52ValidationException">The level does not exist or is not below the target, or removing an
    /// element makes the build fail (e.g. a geometric mean meets a zero).</exception>
    public static ImmutableArray<ElementImpact> Run(IndexResult nominal, int level, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        var framework = nominal.Framework;
        var targetCode = target ?? nominal.IndexCode;
        if (!framework.TryGetNode(targetCode, out var targetNode))
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter("target"), nameof(Messages.RemoveOneTargetUnknown), ProblemText.Quote(targetCode))]);
        }

        if (level < 1 || level >= targetNode.Level)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter("level"), nameof(Messages.RemoveOneLevelInvalid), level, ProblemText.Quote(targetCode), targetNode.Level)]);
        }

        var elements = framework.NodesAtLevel(level).Select(n => n.Code).ToImmutableArray();
        var spec = new UncertaintySpec(runs: 2)
        {
            Target = targetCode,
            Exclusions = elements.Select(e => ImmutableArray.Create(e)).ToImmutableArray(),
        };
        var model = UncertaintyModel.Compile(nominal, spec);
        var n = nominal.Units.Length;
        var nominalRanks = nominal.Ranks.Column(targetCode).ToArray();
        var ties = nominal.Methodology.Ranking;
        var result = ImmutableArray.CreateBuilder<ElementImpact>(elements.Length);
        var choice = new int[model.Inputs.Length];
        var scores = new double[n];
        for (var e = 0; e < elements.Length; e++)
        {
            if (choice.Length > 0)
            {
                choice[0] = e;
            }

            if (!model.Replay(choice, scores, out var failure))
            {
                throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter($"element \"{elements[e]}\""), nameof(Messages.RemoveOneBuildFails), failure!)]);
            }

            var ranks = Ranker.Rank(scores, ties);
            var shifts = new double[n];
            double sum = 0;
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                shifts[i] = nominalRanks[i] - ranks[i];
                if (!double.IsNaN(shifts[i]))
                {
                    sum += Math.Abs(shifts[i]);
                    count++;
                }
            }

            result.Add(new ElementImpact(
                elements[e], [.. scores], ranks, [.. shifts], count == 0 ? double.NaN : sum / count));
        }

        return result.MoveToImmutable();
    }
}
