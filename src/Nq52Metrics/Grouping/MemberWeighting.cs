using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Grouping;

/// <summary>
/// How the values of a group's members are combined into the group's value (<see cref="Regrouping"/>): the plain mean
/// of the members or a weighted mean with the caller's weights (e.g. the population of each member).
/// </summary>
public sealed record MemberWeighting
{
    private MemberWeighting(ImmutableDictionary<string, double>? weights)
    {
        Weights = weights;
    }

    /// <summary>The plain mean of the members' values.</summary>
    public static MemberWeighting Mean { get; } = new((ImmutableDictionary<string, double>?)null);

    /// <summary>The weight of each member by code; null for the plain mean.</summary>
    public ImmutableDictionary<string, double>? Weights { get; }

    /// <summary>A weighted mean with one weight per member.</summary>
    /// <param name="weightByMember">Weight by member code (finite, &gt; 0), e.g. population.</param>
    /// <returns>The weighting.</returns>
    /// <exception cref="Nq52ValidationException">A weight that is not a finite number &gt; 0 (all such weights listed).</exception>
    public static MemberWeighting By(IReadOnlyDictionary<string, double> weightByMember)
    {
        ArgumentNullException.ThrowIfNull(weightByMember);
        var problems = new ValidationProblems();
        foreach (var (key, weight) in weightByMember.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!double.IsFinite(weight) || weight <= 0)
            {
                problems.AddMessage($"weight of \"{key}\"", nameof(Messages.GroupWeightInvalid), weight);
            }
        }

        problems.ThrowIfAny();
        return new MemberWeighting(weightByMember.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>The weight of one member: 1 for the plain mean.</summary>
    /// <param name="member">A member's code.</param>
    /// <returns>The weight, or null when a weighted mean has none for it.</returns>
    public double? WeightOf(string member) =>
        Weights is null ? 1.0 : Weights.TryGetValue(member, out var w) ? w : null;
}
