using System.Collections.Immutable;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// One uncertain input given as whole specs of one pipeline stage: each run uses one of <see cref="Specs"/> in place
/// of the nominal methodology's spec for that stage. Any stage can vary this way, including screening, denomination
/// and the rank stage's tie rule.
/// </summary>
public sealed record StageAlternatives
{
    /// <summary>Creates the input.</summary>
    /// <param name="name">Its name (non-empty), as reported in results and sensitivity indices.</param>
    /// <param name="specs">The alternatives: at least one, all configuring the same stage.</param>
    /// <exception cref="ArgumentException">An empty name, no spec, a null spec, or specs of different stages.</exception>
    public StageAlternatives(string name, IEnumerable<StageSpec> specs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Uncertain input \"{name}\" needs at least one alternative.", nameof(specs));
        }

        if (list.Any(s => s is null))
        {
            throw new ArgumentException($"Uncertain input \"{name}\" has a null alternative.", nameof(specs));
        }

        if (list.Any(s => s.Stage != list[0].Stage))
        {
            throw new ArgumentException($"The alternatives of \"{name}\" configure different stages ({string.Join(", ", list.Select(s => s.Stage).Distinct())}); one input varies one stage.", nameof(specs));
        }

        Name = name;
        Specs = list;
    }

    /// <summary>The input's name.</summary>
    public string Name { get; }

    /// <summary>The alternatives, all of <see cref="Stage"/>.</summary>
    public ImmutableArray<StageSpec> Specs { get; }

    /// <summary>The stage the alternatives configure.</summary>
    public PipelineStage Stage => Specs[0].Stage;

    /// <inheritdoc/>
    public bool Equals(StageAlternatives? other) =>
        other is not null && Name == other.Name && Specs.SequenceEqual(other.Specs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Specs.Length);
}
