using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The transform stage: applies each indicator's <see cref="IndicatorTransform"/> (ln, log10, √) to its raw values.
/// Missing values stay missing. A value outside the transform's domain (≤ 0 for a logarithm, &lt; 0 for a square root)
/// is an error naming the unit and the indicator.
/// </summary>
public static class Transformation
{
    /// <summary>Transforms every indicator column that the framework gives a transform.</summary>
    /// <param name="table">Raw (denominated) indicator values, NaN = missing.</param>
    /// <param name="framework">The framework naming each indicator's transform.</param>
    /// <param name="spec">The stage's spec.</param>
    /// <returns>The transformed table (the input itself when nothing is transformed).</returns>
    /// <exception cref="Nq52ValidationException">A value outside a transform's domain (every one is named).</exception>
    public static UnitTable Apply(UnitTable table, IndexFramework framework, TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var result = Apply(table, framework, spec, problems);
        problems.ThrowIfAny();
        return result!;
    }

    /// <summary>The stage as a function to data: problems are added to <paramref name="problems"/>, null is returned then.</summary>
    internal static UnitTable? Apply(UnitTable table, IndexFramework framework, TransformSpec spec, ValidationProblems problems)
    {
        if (!spec.Enabled || !framework.Indicators.Any(i => i.Transform != IndicatorTransform.None))
        {
            return table;
        }

        var values = table.CopyValues();
        var n = table.UnitCount;
        var before = problems.Count;
        for (var j = 0; j < table.ColumnCount; j++)
        {
            if (!framework.TryGetNode(table.Columns[j], out var node) || node.Transform == IndicatorTransform.None)
            {
                continue;
            }

            var column = values.AsSpan(j * n, n);
            for (var i = 0; i < n; i++)
            {
                var x = column[i];
                if (double.IsNaN(x))
                {
                    continue;
                }

                var y = Of(node.Transform, x);
                if (double.IsNaN(y) || double.IsInfinity(y))
                {
                    problems.AddMessage(
                        $"unit \"{table.Units[i].Code}\", indicator \"{node.Code}\"",
                        node.Transform == IndicatorTransform.Sqrt ? nameof(Messages.TransformOutsideDomainNonNegative) : nameof(Messages.TransformOutsideDomainPositive),
                        x,
                        Name(node.Transform));
                }

                column[i] = y;
            }
        }

        return problems.Count > before ? null : new UnitTable(table.Units, table.Columns, values);
    }

    /// <summary>The transform of one value (NaN or ±∞ outside the domain).</summary>
    /// <param name="transform">The transform.</param>
    /// <param name="x">A raw value.</param>
    /// <returns>The transformed value.</returns>
    public static double Of(IndicatorTransform transform, double x) => transform switch
    {
        IndicatorTransform.Log => Math.Log(x),
        IndicatorTransform.Log10 => Math.Log10(x),
        IndicatorTransform.Sqrt => Math.Sqrt(x),
        _ => x,
    };

    /// <summary>The raw value that a transformed value came from (exp, 10^y, y²).</summary>
    /// <param name="transform">The transform.</param>
    /// <param name="y">A transformed value.</param>
    /// <returns>The raw value.</returns>
    public static double Inverse(IndicatorTransform transform, double y) => transform switch
    {
        IndicatorTransform.Log => Math.Exp(y),
        IndicatorTransform.Log10 => Math.Pow(10, y),
        IndicatorTransform.Sqrt => y < 0 ? double.NaN : y * y,
        _ => y,
    };

    /// <summary>A node's value given in raw units (target, goalpost) in the units the normaliser sees.</summary>
    internal static double OfNodeValue(FrameworkNode node, double raw, TransformSpec spec) =>
        spec.Enabled ? Of(node.Transform, raw) : raw;

    /// <summary>The transform a file names (<c>none</c>, <c>log</c>, <c>log10</c>, <c>sqrt</c>, any case), or null for another word.</summary>
    internal static IndicatorTransform? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "none" => IndicatorTransform.None,
        "log" or "ln" => IndicatorTransform.Log,
        "log10" => IndicatorTransform.Log10,
        "sqrt" => IndicatorTransform.Sqrt,
        _ => null,
    };

    internal static string Name(IndicatorTransform transform) => transform switch
    {
        IndicatorTransform.Log => "log",
        IndicatorTransform.Log10 => "log10",
        IndicatorTransform.Sqrt => "sqrt",
        _ => "none",
    };
}
