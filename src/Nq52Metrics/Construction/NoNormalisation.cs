using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>No normalisation: values pass through, multiplied by the direction.</summary>
public sealed record NoNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "none";

    internal override bool IsInvertible => true;

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        return normalised;
    }

    private protected override string Notation() => "none";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseNone), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        x.CopyTo(destination);
        return null;
    }
}
