namespace Nq52Metrics.Construction;

/// <summary>No normalisation: values pass through, multiplied by the direction.</summary>
public sealed record NoNormalisation : NormalisationMethod
{
    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        x.CopyTo(destination);
        return null;
    }
}
