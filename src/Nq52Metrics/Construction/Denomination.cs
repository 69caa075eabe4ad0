using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The denomination step: divides each indicator that names a denominator by that unit's denominator value,
/// times the scale factor. Output columns follow the framework's indicator order.
/// </summary>
public static class Denomination
{
    /// <summary>Denominates a dataset.</summary>
    /// <param name="framework">The framework (indicator order, denominators).</param>
    /// <param name="data">The dataset; must fit the framework.</param>
    /// <param name="spec">The step's spec.</param>
    /// <returns>Indicator values after denomination (NaN where the value or its denominator is missing).</returns>
    /// <exception cref="Nq52ValidationException">A zero denominator, an invalid scale factor, or data not fitting the framework.</exception>
    public static UnitTable Apply(IndexFramework framework, Dataset data, DenominationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        data.EnsureFits(framework);
        return ApplyToFittingData(framework, data, spec);
    }

    /// <summary>
    /// Denominates data already checked against the framework (<see cref="Dataset.EnsureFits"/>), so a pipeline that
    /// checked once does not check again; with <see cref="DenominationSpec.None"/> it only puts the columns in framework order.
    /// </summary>
    internal static UnitTable ApplyToFittingData(IndexFramework framework, Dataset data, DenominationSpec spec)
    {
        var problems = new ValidationProblems();
        var result = ApplyToFittingData(framework, data, spec, problems);
        problems.ThrowIfAny();
        return result!;
    }

    /// <summary>The stage as a function to data: problems go to <paramref name="problems"/> and null is returned then.</summary>
    internal static UnitTable? ApplyToFittingData(IndexFramework framework, Dataset data, DenominationSpec spec, ValidationProblems problems)
    {
        var before = problems.Count;
        if (!double.IsFinite(spec.ScaleFactor) || spec.ScaleFactor == 0)
        {
            problems.AddMessage("denominate.scaleFactor", nameof(Messages.DenominationScaleFactorInvalid));
            return null;
        }

        var n = data.Units.Length;
        var indicators = framework.Indicators;
        var values = new double[n * indicators.Length];
        for (var j = 0; j < indicators.Length; j++)
        {
            var node = indicators[j];
            var source = data.Indicators.Column(node.Code);
            var destination = values.AsSpan(j * n, n);
            if (!spec.Enabled || node.Denominator is null)
            {
                source.CopyTo(destination);
                continue;
            }

            var denominator = data.Denominators.Column(node.Denominator);
            for (var i = 0; i < n; i++)
            {
                var d = denominator[i];
                if (d == 0 && !double.IsNaN(source[i]))
                {
                    problems.AddMessage($"unit \"{data.Units[i].Code}\", denominator \"{node.Denominator}\"", nameof(Messages.DenominationDenominatorZero), node.Code);
                }

                destination[i] = source[i] / d * spec.ScaleFactor;
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new UnitTable(data.Units, indicators.Select(i => i.Code).ToImmutableArray(), values);
    }
}
