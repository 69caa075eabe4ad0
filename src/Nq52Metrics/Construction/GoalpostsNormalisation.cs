namespace Nq52Metrics.Construction;

/// <summary>Goalpost normalisation using each indicator's goalposts.</summary>
/// <param name="Scale">Multiplier of the result.</param>
/// <param name="Truncate">Clamp values to the goalposts before scaling.</param>
public sealed record GoalpostsNormalisation(double Scale, bool Truncate) : NormalisationMethod
{
    internal override string? Problem() => double.IsFinite(Scale) && Scale != 0 ? null : "the goalpost scale must be finite and non-zero.";

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        if (goalposts is not { } g)
        {
            return "goalpost normalisation needs goalposts for this indicator, and it has none.";
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (x[i] - g.Lower) / (g.Upper - g.Lower);
            if (Truncate && !double.IsNaN(v))
            {
                v = Math.Clamp(v, 0, 1);
            }

            destination[i] = v * Scale;
        }

        return null;
    }
}
