using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>
/// Scaled: (x − <see cref="Centre"/>) / <see cref="Scale"/>, with the centre and scale in the indicator's own units
/// (for example a reference level and a step); for a negative indicator (<see cref="Centre"/> − x) / <see cref="Scale"/>,
/// so a higher result is better in both directions. Per-indicator settings come through
/// <see cref="NormalisationMethod.Overrides"/>.
/// </summary>
/// <remarks>
/// Uses no goalposts, targets or column statistics, so a constant column is fine and a unit's score does not depend
/// on the other units. Missing values stay missing. Centre must be finite, scale finite and above 0. Inverse:
/// x = centre + v·scale (negative: centre − v·scale).
/// </remarks>
/// <param name="Centre">The value that maps to 0.</param>
/// <param name="Scale">The size of one unit of the result, in the indicator's units.</param>
public sealed record ScaledNormalisation(double Centre, double Scale) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "scaled";

    internal override IReadOnlyList<string> Settings => ["centre", "scale"];

    internal override bool IsInvertible => true;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { Centre = document.Centre ?? Centre, Scale = document.Scale ?? Scale };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Centre = Centre, Scale = Scale, Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised) =>
        (column.Sign * Centre) + (normalised * Scale);

    private protected override string Notation() => Invariant($"scaled({Centre},{Scale})");

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseScaled), language, [Centre, Scale]);

    internal override MessageText? Problem() =>
        double.IsFinite(Centre) && double.IsFinite(Scale) && Scale > 0 ? null : MessageText.Of(nameof(Messages.NormaliseScaledInvalid), Centre, Scale);

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        var centre = column.Sign * Centre;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = (x[i] - centre) / Scale;
        }

        return null;
    }
}
