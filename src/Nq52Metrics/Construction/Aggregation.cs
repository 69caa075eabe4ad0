using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using static System.FormattableString;

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
                    problems.Add($"indicator \"{indicator.Code}\"", "the table to aggregate has no column for it.");
                }
            }
        }

        var methods = MethodsByLevel(spec, plan.Framework.MaxLevel, problems);
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
            problems.Add(
                $"unit \"{normalised.Units[f.Unit].Code}\", node \"{plan.Framework.Nodes[f.Child].Code}\"",
                $"the {f.Method.ToString().ToLowerInvariant()} mean for \"{plan.Framework.Nodes[f.Aggregate].Code}\" needs values greater than 0, and this value is {f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} (normalise to a range above 0, e.g. min-max 1-100).");
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

    /// <summary>Validates the spec and expands it to a method per level (index = level).</summary>
    internal static AggregationMethod[] MethodsByLevel(AggregationSpec spec, int maxLevel)
    {
        var problems = new ValidationProblems();
        var methods = MethodsByLevel(spec, maxLevel, problems);
        problems.ThrowIfAny();
        return methods!;
    }

    /// <summary>Validates the spec and expands it to a method per level; null (with problems added) when invalid.</summary>
    internal static AggregationMethod[]? MethodsByLevel(AggregationSpec spec, int maxLevel, ValidationProblems problems)
    {
        var before = problems.Count;
        if (spec.MinDataAvailability is { } t && !(t is > 0 and <= 1))
        {
            problems.Add("aggregate.minDataAvailability", Invariant($"{t} is not a share in (0, 1]."));
        }

        foreach (var (level, method) in spec.ByLevel)
        {
            if (level < 2 || level > maxLevel)
            {
                problems.Add($"aggregate.byLevel.{level}", $"the framework has no aggregate level {level} (levels 2 to {maxLevel}).");
            }

            if (!Enum.IsDefined(method))
            {
                problems.Add($"aggregate.byLevel.{level}", $"unknown aggregation method {method}.");
            }
        }

        if (!Enum.IsDefined(spec.Method))
        {
            problems.Add("aggregate.method", $"unknown aggregation method {spec.Method}.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        var methods = new AggregationMethod[maxLevel + 1];
        for (var level = 0; level <= maxLevel; level++)
        {
            methods[level] = spec.MethodFor(level);
        }

        return methods;
    }
}
