using System.Collections.Immutable;
using System.Globalization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// How the values of the old provinces are combined into a 2025 unit: the plain mean of the members (what the ministry
/// did for DTI 2024) or a weighted mean with the caller's weights (e.g. population or GRDP of each old province).
/// </summary>
public sealed record MergerWeighting
{
    private MergerWeighting(ImmutableDictionary<string, double>? weights)
    {
        Weights = weights;
    }

    /// <summary>The plain mean of the members' values.</summary>
    public static MergerWeighting Mean { get; } = new((ImmutableDictionary<string, double>?)null);

    /// <summary>The weight of each old province by key; null for the plain mean.</summary>
    public ImmutableDictionary<string, double>? Weights { get; }

    /// <summary>A weighted mean with one weight per old province.</summary>
    /// <param name="weightByProvince">Weight by old-province key (finite, &gt; 0), e.g. population.</param>
    /// <returns>The weighting.</returns>
    /// <exception cref="Nq52ValidationException">A weight that is not a finite number &gt; 0 (all such weights listed).</exception>
    public static MergerWeighting By(IReadOnlyDictionary<string, double> weightByProvince)
    {
        ArgumentNullException.ThrowIfNull(weightByProvince);
        var problems = new ValidationProblems();
        foreach (var (key, weight) in weightByProvince.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!double.IsFinite(weight) || weight <= 0)
            {
                problems.Add($"weight of \"{key}\"", string.Create(CultureInfo.InvariantCulture, $"{weight} is not a finite number greater than 0."));
            }
        }

        problems.ThrowIfAny();
        return new MergerWeighting(weightByProvince.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>The weight of one old province: 1 for the plain mean.</summary>
    /// <param name="provinceKey">An old province's key.</param>
    /// <returns>The weight, or null when a weighted mean has none for it.</returns>
    public double? WeightOf(string provinceKey) =>
        Weights is null ? 1.0 : Weights.TryGetValue(provinceKey, out var w) ? w : null;
}
