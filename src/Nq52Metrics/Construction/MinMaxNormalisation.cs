using Nq52Metrics.Analysis;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>Min-max normalisation to [<paramref name="Lower"/>, <paramref name="Upper"/>].</summary>
/// <param name="Lower">Value given to the worst unit.</param>
/// <param name="Upper">Value given to the best unit.</param>
public sealed record MinMaxNormalisation(double Lower, double Upper) : NormalisationMethod
{
    internal override string? Problem() =>
        !(double.IsFinite(Lower) && double.IsFinite(Upper) && Upper > Lower)
            ? Invariant($"min-max bounds [{Lower}, {Upper}] must be finite with lower < upper.")
            : !double.IsFinite(Upper - Lower)
                ? Invariant($"min-max bounds [{Lower}, {Upper}] are too far apart: upper − lower overflows a double.")
                : null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        var (min, max, count) = ColumnStatistics.MinMax(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(max > min))
        {
            return "every available value is the same, so min-max normalisation is undefined.";
        }

        var range = max - min;
        if (!double.IsFinite(range))
        {
            return "the range of the values is too large to represent (max − min overflows), so min-max normalisation is undefined.";
        }

        var span = Upper - Lower;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ((x[i] - min) / range * span) + Lower;
        }

        return null;
    }
}
