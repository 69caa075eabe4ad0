using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// Distance-to-target normalisation with policy targets: copies each target's value into the matching indicator's
/// <see cref="FrameworkNode.Target"/> so that <see cref="NormalisationMethod.DistanceToTarget"/> scores every unit by how
/// far it has come towards the target ((x − worst) / (target − worst), capped at 1 when <see cref="Method"/> is used).
/// </summary>
public static class TargetNormalisation
{
    /// <summary>Distance to target capped at 1: a unit at or beyond the target scores 1.</summary>
    public static DistanceToTargetNormalisation Method { get; } = NormalisationMethod.DistanceToTarget(capAtOne: true);

    /// <summary>Returns a copy of the framework whose indicators carry the targets' values.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="targetByIndicator">The target for each indicator code (in the indicator's raw unit).</param>
    /// <returns>The framework with targets set.</returns>
    /// <exception cref="Nq52ValidationException">An unknown or non-indicator code, a qualitative target, or a target whose
    /// direction disagrees with the indicator's (a lower-is-better target on a positive indicator or the reverse); all
    /// problems together.</exception>
    public static IndexFramework Apply(IndexFramework framework, IReadOnlyDictionary<string, Target> targetByIndicator)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(targetByIndicator);
        var problems = new ValidationProblems();
        foreach (var (code, target) in targetByIndicator.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var where = $"indicator \"{code}\"";
            if (!framework.TryGetNode(code, out var node) || !node.IsIndicator)
            {
                problems.AddMessage(where, nameof(Messages.TargetIndicatorUnknown));
                continue;
            }

            if (target.IsQualitative)
            {
                problems.AddMessage(where, nameof(Messages.TargetQualitativeNoValue), target.Instrument, target.MetricKey);
            }

            var negative = node.Direction == Direction.Negative;
            if (target.LowerIsBetter != negative)
            {
                problems.AddMessage(
                    where,
                    target.LowerIsBetter ? nameof(Messages.TargetLowerIsBetterButPositive) : nameof(Messages.TargetHigherIsBetterButNegative),
                    target.Instrument,
                    target.MetricKey);
            }
        }

        problems.ThrowIfAny();
        var nodes = framework.Nodes
            .Select(n => targetByIndicator.TryGetValue(n.Code, out var t) ? n with { Target = (double)t.Value!.Value } : n)
            .ToImmutableArray();
        return IndexFramework.Create(nodes, framework.GroupColumns, framework.DenominatorColumns);
    }
}
