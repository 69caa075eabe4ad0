using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The normalisation step: each indicator is multiplied by its direction (so higher is always better), then
/// normalised by the method, column by column. Targets and goalposts come from the framework and are
/// direction-adjusted the same way.
/// </summary>
public static class Normalisation
{
    /// <summary>Normalises every indicator column.</summary>
    /// <param name="table">Indicator values (NaN = missing); columns must be indicators of the framework.</param>
    /// <param name="framework">The framework (directions, targets, goalposts).</param>
    /// <param name="method">The normalisation method (with its per-indicator overrides).</param>
    /// <returns>The normalised table (same units and columns).</returns>
    /// <exception cref="Nq52ValidationException">Invalid parameters, an override for a code that is not an indicator, a
    /// reference unit that is not among the units, or an indicator for which its method is undefined (a constant column,
    /// a missing target or goalposts, a reference of 0); every such indicator is named.</exception>
    public static UnitTable Apply(UnitTable table, IndexFramework framework, NormalisationMethod method)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(method);
        var problems = new ValidationProblems();
        var result = Apply(table, framework, method, TransformSpec.None, problems);
        problems.ThrowIfAny();
        return result!;
    }

    /// <summary>Why a per-indicator override cannot apply to the code (null when the framework has an indicator with it).</summary>
    internal static MessageText? OverrideTargetProblem(IndexFramework framework, string code) =>
        !framework.TryGetNode(code, out var node) ? MessageText.Of(nameof(Messages.OverrideIndicatorUnknown))
        : node.IsIndicator ? null
        : MessageText.Of(nameof(Messages.NormaliseOverrideOnAggregate), ProblemText.Quote(code), node.Level);

    /// <summary>
    /// The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then. Targets and
    /// goalposts, given in raw units, pass through the indicator's transform when <paramref name="transform"/> is on.
    /// </summary>
    internal static UnitTable? Apply(UnitTable table, IndexFramework framework, NormalisationMethod method, TransformSpec transform, ValidationProblems problems)
    {
        var before = problems.Count;
        Validate(method, "normalise", table, problems);
        foreach (var (code, over) in method.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Serialization.JsonPaths.Append("normalise.overrides", code);
            if ((OverrideTargetProblem(framework, code) ?? (table.HasColumn(code) ? null : MessageText.Of(nameof(Messages.OverrideIndicatorUnknown)))) is { } wrongTarget)
            {
                problems.Add(wrongTarget.At(path));
            }

            Validate(over, path, table, problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        foreach (var column in table.Columns)
        {
            if (!framework.TryGetNode(column, out var node) || !node.IsIndicator)
            {
                problems.AddMessage($"column \"{column}\"", nameof(Messages.NormaliseColumnNotIndicator));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var n = table.UnitCount;
        var values = new double[n * table.ColumnCount];
        var adjusted = new double[n];
        for (var j = 0; j < table.ColumnCount; j++)
        {
            var node = framework[table.Columns[j]];
            var problem = NormaliseColumn(node, table.Column(j), values.AsSpan(j * n, n), method.For(node.Code), adjusted, transform, table.Units);
            if (problem is not null)
            {
                var where = ProblemLocation.OfParameter($"indicator \"{node.Code}\"");
                problems.Add(problem.At(where));
            }
        }

        return problems.Count > before ? null : new UnitTable(table.Units, table.Columns, values);
    }

    /// <summary>The method's own settings and its fit to the units (a reference unit must be among them).</summary>
    private static void Validate(NormalisationMethod method, string path, UnitTable table, ValidationProblems problems)
    {
        if ((method.Problem() ?? method.UnitsProblem(table.Units)) is { } invalid)
        {
            problems.Add(invalid.At(path));
        }
    }

    /// <summary>Normalises one column of an indicator with the method given (the indicator's own); returns a problem message or null.</summary>
    internal static MessageText? NormaliseColumn(FrameworkNode node, ReadOnlySpan<double> x, Span<double> destination, NormalisationMethod method, Span<double> scratch, TransformSpec transform, ImmutableArray<Unit> units)
    {
        var direction = (double)(int)node.Direction;
        for (var i = 0; i < x.Length; i++)
        {
            scratch[i] = x[i] * direction;
        }

        var target = node.Target is { } t ? Transformation.OfNodeValue(node, t, transform) * direction : double.NaN;
        (double, double)? goalposts = null;
        if (node.Goalposts is { } g)
        {
            var lower = Transformation.OfNodeValue(node, g.Lower, transform);
            var upper = Transformation.OfNodeValue(node, g.Upper, transform);
            goalposts = node.Direction == Direction.Positive ? (lower, upper) : (-upper, -lower);
        }
        return method.Normalise(scratch[..x.Length], destination, new NormalisationColumn(target, goalposts, node.Direction, units));
    }
}
