using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>Min-max normalisation to [<paramref name="Lower"/>, <paramref name="Upper"/>].</summary>
/// <param name="Lower">Value given to the worst unit.</param>
/// <param name="Upper">Value given to the best unit.</param>
public sealed record MinMaxNormalisation(double Lower, double Upper) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "minMax";

    internal override IReadOnlyList<string> Settings => ["lower", "upper"];

    internal override bool IsInvertible => true;

    internal override bool UsesColumnMinimum => true;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { Lower = document.Lower ?? Lower, Upper = document.Upper ?? Upper };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Lower = Lower, Upper = Upper, Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        var (min, max, _) = ColumnStatistics.MinMax(adjusted);
        return min + ((normalised - Lower) / (Upper - Lower) * (max - min));
    }

    private protected override string Notation() => Invariant($"minMax({Lower},{Upper})");

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseMinMax), language, [Lower, Upper]);

    internal override MessageText? Problem() =>
        !(double.IsFinite(Lower) && double.IsFinite(Upper) && Upper > Lower)
            ? MessageText.Of(nameof(Messages.NormaliseMinMaxBoundsInvalid), Lower, Upper)
            : !double.IsFinite(Upper - Lower)
                ? MessageText.Of(nameof(Messages.NormaliseMinMaxBoundsOverflow), Lower, Upper)
                : null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        var (min, max, count) = ColumnStatistics.MinMax(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(max > min))
        {
            return MessageText.Of(nameof(Messages.NormaliseMinMaxConstant));
        }

        var range = max - min;
        if (!double.IsFinite(range))
        {
            return MessageText.Of(nameof(Messages.NormaliseMinMaxOverflow));
        }

        var span = Upper - Lower;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ((x[i] - min) / range * span) + Lower;
        }

        return null;
    }
}
