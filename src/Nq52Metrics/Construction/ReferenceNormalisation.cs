using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The normalisations that divide by a <see cref="NormalisationReference"/>: <see cref="RatioNormalisation"/> and
/// <see cref="RelativeDifferenceNormalisation"/>, which differ only by a shift (the relative difference is the ratio
/// minus 1). Both use no goalposts or targets; see each for its formula, direction handling and undefined cases.
/// </summary>
public abstract record ReferenceNormalisation : NormalisationMethod
{
    private protected ReferenceNormalisation(NormalisationReference reference)
    {
        Reference = reference;
    }

    /// <summary>The reference the values are divided by (in the indicator's own units).</summary>
    public NormalisationReference Reference { get; init; }

    /// <summary>What is subtracted from the ratio: 0 for the ratio, 1 for the relative difference.</summary>
    private protected abstract double Shift { get; }

    internal override IReadOnlyList<string> Settings => ["reference"];

    internal override bool IsInvertible => true;

    internal override bool UsesColumnStatistics => Reference.Kind != NormalisationReferenceKind.Value;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) =>
        this with { Reference = NormalisationReference.FromElement(document.Reference).Reference ?? Reference };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Reference = Reference.ToElement(), Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised) =>
        Reference.Undivide(adjusted, column, Shift, normalised);

    private protected override string Notation() => $"{Name}({Reference})";

    internal override MessageText? Problem() => Reference is null ? MessageText.Of(nameof(Messages.NormaliseReferenceMissing), Name) : Reference.Problem();

    internal override MessageText? UnitsProblem(ImmutableArray<Unit> units) => Reference.UnitsProblem(units);

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column) =>
        Reference.Divide(x, destination, column, Shift);
}
