using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;
using static System.FormattableString;

namespace Nq52Metrics.Analysis;

/// <summary>
/// The statistical audit of a built index, the checks the OECD/JRC Handbook (2008, steps 2, 4 and 6) and the JRC audits
/// of the GII run and COINr's <c>get_stats</c>, <c>get_corr</c>, <c>get_cronbach</c>, <c>get_PCA</c>,
/// <c>get_eff_weights</c>, <c>get_opt_weights</c> and <c>get_str_weak</c> compute: indicator statistics at the raw,
/// treated and normalised steps; the correlation matrix of every level (level 1 on the normalised values, higher
/// levels on the aggregated scores); every node's correlation with its parent and the index; Cronbach's alpha and a
/// PCA of each aggregate's children; effective weights; optionally optimised weights at one level; every unit's
/// strengths and weaknesses; and the findings worth a reader's attention.
/// </summary>
public static class StatisticalAudit
{
    /// <summary>Audits a built index.</summary>
    /// <param name="result">The index, as <see cref="Construction.IndexBuilder"/> built it.</param>
    /// <param name="options">What to compute and the thresholds; default <see cref="AuditOptions"/>' defaults.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="Nq52ValidationException">
    /// Every statistic that cannot be computed, each with its location: fewer than 3 units, an entirely missing column,
    /// a constant indicator or aggregate in a correlation, a pair of columns with too few shared units, an optimisation
    /// that cannot run, or invalid options.
    /// </exception>
    public static AuditResult Run(IndexResult result, AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new AuditOptions();
        var problems = new ValidationProblems();
        problems.AddRange(options.Problems());
        problems.ThrowIfAny();
        var framework = result.Framework;
        var scores = result.Scores;
        if (scores.UnitCount < CorrelationMatrix.MinimumObservations)
        {
            problems.AddMessage("audit", nameof(Messages.AuditTooFewUnits), scores.UnitCount, CorrelationMatrix.MinimumObservations);
            problems.ThrowIfAny();
        }

        var statistics = Statistics(result, options.Thresholds, problems);
        var correlations = ImmutableSortedDictionary.CreateBuilder<int, CorrelationMatrix>();
        for (var level = 1; level <= framework.MaxLevel; level++)
        {
            var codes = framework.NodesAtLevel(level).Select(n => n.Code).ToArray();
            if (codes.Length >= 2
                && CorrelationMatrix.Compute(codes, Columns(scores, codes), options.Correlation, Invariant($"correlations, level {level}"), problems) is { } matrix)
            {
                correlations[level] = matrix;
            }
        }

        var parents = ParentCorrelations(result, options.Correlation, problems);
        var alphas = ImmutableArray.CreateBuilder<AggregateAlpha>();
        var components = ImmutableArray.CreateBuilder<KeyValuePair<string, PrincipalComponents>>();
        foreach (var node in framework.Nodes.Where(n => !n.IsIndicator))
        {
            var children = framework.ChildrenOf(node.Code).Select(c => c.Code).ToArray();
            if (children.Length < 2)
            {
                continue;
            }

            var columns = Columns(scores, children);
            var alpha = CronbachAlpha.Compute(children, columns, $"Cronbach's alpha of \"{node.Code}\"", problems);
            if (!double.IsNaN(alpha))
            {
                alphas.Add(new AggregateAlpha(node.Code, alpha, children.Length));
            }

            if (PrincipalComponents.Compute(children, columns, $"PCA of \"{node.Code}\"", problems) is { } pca)
            {
                components.Add(new(node.Code, pca));
            }
        }

        var effective = framework.EffectiveWeights();
        var weights = framework.Nodes.Select(n => new EffectiveWeight(n.Code, n.Level, n.Weight, effective[n.Code])).ToImmutableArray();
        OptimisedWeights? optimised = null;
        if (options.Optimise is { } objective && options.OptimiseLevel is { } optimiseLevel && problems.Count == 0)
        {
            var outcome = WeightOptimisation.TryOptimise(result, optimiseLevel, objective, options.Seed);
            if (outcome.Succeeded)
            {
                optimised = outcome.GetValueOrThrow();
            }
            else
            {
                problems.AddRange(outcome.Problems);
            }
        }

        problems.ThrowIfAny();
        var alphaList = alphas.ToImmutable();
        var componentList = components.ToImmutable();
        var findings = AuditFindings.Of(result, options.Thresholds, statistics, correlations.ToImmutable(), parents, alphaList, componentList);
        return new AuditResult(
            result.IndexCode,
            scores.UnitCount,
            statistics,
            correlations.ToImmutable(),
            parents,
            alphaList,
            componentList,
            weights,
            optimised,
            StrengthWeakness.Of(result, options.StrengthsPerUnit),
            findings,
            result.IsSample);
    }

    private static ImmutableArray<IndicatorStatistics> Statistics(IndexResult result, StatisticsThresholds thresholds, ValidationProblems problems)
    {
        var rows = ImmutableArray.CreateBuilder<IndicatorStatistics>();
        foreach (var (step, table) in new[] { (AuditStep.Raw, result.Raw), (AuditStep.Treated, result.Treated), (AuditStep.Normalised, result.Normalised) })
        {
            foreach (var indicator in result.Framework.Indicators)
            {
                if (IndicatorStatistics.Of(step, indicator.Code, table.Column(indicator.Code), thresholds, problems) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return rows.ToImmutable();
    }

    private static ImmutableArray<ParentCorrelation> ParentCorrelations(IndexResult result, CorrelationMethod method, ValidationProblems problems)
    {
        var rows = ImmutableArray.CreateBuilder<ParentCorrelation>();
        var index = result.IndexCode;
        foreach (var node in result.Framework.Nodes.Where(n => n.Parent is not null))
        {
            foreach (var ancestor in node.Parent == index ? [index] : new[] { node.Parent!, index })
            {
                var r = CorrelationMatrix.Pair(result.Scores.Column(node.Code), result.Scores.Column(ancestor), method, out var count);
                if (double.IsNaN(r))
                {
                    var pair = $"correlation of \"{node.Code}\" with \"{ancestor}\"";
                    if (count < CorrelationMatrix.MinimumObservations)
                    {
                        problems.AddMessage(pair, nameof(Messages.AuditParentPairTooFew), count, CorrelationMatrix.MinimumObservations);
                    }
                    else
                    {
                        problems.AddMessage(pair, nameof(Messages.AuditParentPairConstant));
                    }
                    continue;
                }

                rows.Add(new ParentCorrelation(node.Code, ancestor, r));
            }
        }

        return rows.ToImmutable();
    }

    private static double[][] Columns(UnitTable table, IReadOnlyList<string> codes) =>
        codes.Select(c => table.Column(c).ToArray()).ToArray();
}
