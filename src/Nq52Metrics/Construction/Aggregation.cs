using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The aggregation step: computes every aggregate of the framework level by level from the normalised
/// indicators. Missing children are dropped and the remaining weights rescaled; an aggregate with no available
/// child, or fewer than the data-availability threshold, is missing.
/// </summary>
public static class Aggregation
{
    /// <summary>Aggregates normalised indicators up the framework.</summary>
    /// <param name="normalised">Normalised indicator values; must hold every indicator of the framework.</param>
    /// <param name="framework">The framework (tree and weights).</param>
    /// <param name="spec">The step's spec.</param>
    /// <returns>A table with one column per framework node (indicators, then aggregates by level).</returns>
    /// <exception cref="Nq52ValidationException">An invalid threshold or method, or a geometric/harmonic mean that
    /// meets a value ≤ 0 (the unit and node are named).</exception>
    public static UnitTable Apply(UnitTable normalised, IndexFramework framework, AggregationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(spec);
        var plan = AggregationPlan.Compile(framework);
        var problems = new ValidationProblems();
        var result = Apply(normalised, plan, plan.NominalWeights, spec, problems);
        problems.ThrowIfAny();
        return result!;
    }

    /// <summary>The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.</summary>
    internal static UnitTable? Apply(UnitTable normalised, AggregationPlan plan, ReadOnlySpan<double> weights, AggregationSpec spec, ValidationProblems problems)
    {
        var before = problems.Count;
        var inOrder = InIndicatorOrder(normalised, plan.Framework);
        if (!inOrder)
        {
            foreach (var indicator in plan.Framework.Indicators)
            {
                if (!normalised.HasColumn(indicator.Code))
                {
                    problems.AddMessage($"indicator \"{indicator.Code}\"", nameof(Messages.AggregationColumnMissing));
                }
            }
        }

        var methods = MethodsByAggregate(spec, plan.Framework, problems);
        if (problems.Count > before || methods is null)
        {
            return null;
        }

        var n = normalised.UnitCount;
        var values = new double[n * plan.NodeCount];
        for (var j = 0; j < plan.IndicatorCount; j++)
        {
            (inOrder ? normalised.Column(j) : normalised.Column(plan.Framework.Indicators[j].Code)).CopyTo(values.AsSpan(j * n, n));
        }

        var m = plan.IndicatorCount;
        var indicators = values.AsSpan(0, n * m);
        var profile = IndicatorProfile.Of(indicators, n, m, withLogs: false);
        var failure = plan.Aggregate(
            indicators, profile, values.AsSpan(n * m), n, weights, methods, spec.MinDataAvailability ?? 0, new AggregationScratch(plan, n));
        if (failure is { } f)
        {
            var child = $"node \"{plan.Framework.Nodes[f.Child].Code}\"";
            problems.Add(
                f.Unit < 0 ? child : $"unit \"{normalised.Units[f.Unit].Code}\", {child}",
                f.Method.Explain(f, plan.Framework.Nodes[f.Aggregate].Code));
            return null;
        }

        return new UnitTable(normalised.Units, plan.Framework.Nodes.Select(x => x.Code).ToImmutableArray(), values);
    }

    /// <summary>
    /// True when the table's first columns are the framework's indicators in framework order (as the pipeline's tables
    /// are), so columns are read by position without looking codes up.
    /// </summary>
    private static bool InIndicatorOrder(UnitTable table, IndexFramework framework)
    {
        var indicators = framework.Indicators;
        if (table.ColumnCount < indicators.Length)
        {
            return false;
        }

        for (var j = 0; j < indicators.Length; j++)
        {
            if (!string.Equals(table.Columns[j], indicators[j].Code, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Validates the spec and expands it to a method per aggregate (index = node index − indicator count).</summary>
    internal static AggregationMethod[] MethodsByAggregate(AggregationSpec spec, IndexFramework framework)
    {
        var problems = new ValidationProblems();
        var methods = MethodsByAggregate(spec, framework, problems);
        problems.ThrowIfAny();
        return methods!;
    }

    /// <summary>Validates the spec and expands it to a method per aggregate; null (with problems added) when invalid.</summary>
    internal static AggregationMethod[]? MethodsByAggregate(AggregationSpec spec, IndexFramework framework, ValidationProblems problems)
    {
        var before = problems.Count;
        var maxLevel = framework.MaxLevel;
        if (spec.MinDataAvailability is { } t && !(t is > 0 and <= 1))
        {
            problems.AddMessage("aggregate.minDataAvailability", nameof(Messages.AggregationAvailabilityNotShare), t);
        }

        Check(spec.Method, "aggregate.method", problems);
        foreach (var (level, method) in spec.ByLevel)
        {
            if (level < 2 || level > maxLevel)
            {
                problems.AddMessage($"aggregate.byLevel.{level}", nameof(Messages.AggregationLevelUnknown), level, maxLevel);
            }

            Check(method, $"aggregate.byLevel.{level}", problems);
        }

        var byNode = new Dictionary<string, AggregationMethod>(StringComparer.Ordinal);
        foreach (var (code, method) in spec.ByNode)
        {
            var path = Serialization.JsonPaths.Append("aggregate.byNode", code);
            if (!framework.Contains(code))
            {
                problems.AddMessage(path, nameof(Messages.AggregationNodeUnknown), ProblemText.Quote(code));
            }
            else if (framework[code].IsIndicator)
            {
                problems.AddMessage(path, nameof(Messages.AggregationNodeIsIndicator), ProblemText.Quote(code));
            }
            else
            {
                byNode[framework[code].Code] = method;
            }

            Check(method, path, problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        var aggregates = framework.Nodes.Where(x => !x.IsIndicator).ToArray();
        var methods = new AggregationMethod[aggregates.Length];
        for (var a = 0; a < aggregates.Length; a++)
        {
            methods[a] = byNode.TryGetValue(aggregates[a].Code, out var own) ? own : spec.MethodFor(aggregates[a].Level);
        }

        return methods;
    }

    private static void Check(AggregationMethod? method, string path, ValidationProblems problems)
    {
        if (method is null)
        {
            problems.AddMessage(path, nameof(Messages.AggregationMethodMissing));
        }
        else if (method.Problem() is { } problem)
        {
            problems.Add(problem.At(path));
        }
    }
}
