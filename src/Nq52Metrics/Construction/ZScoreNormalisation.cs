using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>Z-score normalisation with mean <paramref name="Mean"/> and standard deviation <paramref name="Sd"/>.</summary>
/// <param name="Mean">Mean of the result.</param>
/// <param name="Sd">Standard deviation of the result.</param>
public sealed record ZScoreNormalisation(double Mean, double Sd) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "zScore";

    internal override IReadOnlyList<string> Settings => ["mean", "sd"];

    internal override bool IsInvertible => true;

    internal override bool UsesColumnStatistics => true;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { Mean = document.Mean ?? Mean, Sd = document.Sd ?? Sd };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Mean = Mean, Sd = Sd, Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        var (mean, sd, _) = ColumnStatistics.MeanSd(adjusted);
        return mean + ((normalised - Mean) / Sd * sd);
    }

    private protected override string Notation() => Invariant($"zScore({Mean},{Sd})");

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseZScore), language, [Mean, Sd]);

    internal override MessageText? Problem() =>
        double.IsFinite(Mean) && double.IsFinite(Sd) && Sd > 0 ? null : MessageText.Of(nameof(Messages.NormaliseZScoreInvalid), Mean, Sd);

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        // The z-score does not change with the scale, so it is computed on the values times a power of two that brings
        // the largest into [1, 2): exact for ordinary values, and no overflow of the squares for values near the
        // largest double (which would otherwise give sd = ∞ and the same score to every unit).
        var scale = ColumnStatistics.UnitScale(x);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] * scale;
        }

        var (mean, sd, count) = ColumnStatistics.MeanSd(destination);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(sd > 0))
        {
            return MessageText.Of(nameof(Messages.NormaliseZScoreConstant));
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ((destination[i] - mean) / sd * Sd) + Mean;
        }

        return null;
    }
}
