using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>
/// Above or below the mean (OECD/JRC Handbook): with w = x / mean, +1 when w &gt; 1 + p, −1 when w &lt; 1 − p, and 0
/// in between (p = <see cref="Threshold"/>). It is computed as x − mean against ±p·|mean|, which is the same for a
/// positive mean and keeps "above" meaning "larger" for a negative one. For a negative indicator the signs swap
/// (well below the mean scores +1), as the method works on direction-adjusted values.
/// </summary>
/// <remarks>
/// Uses no goalposts or targets. Missing values stay missing; a constant column gives 0 everywhere. Undefined, and
/// the build names the indicator: a mean of 0 (x / mean has no value). The threshold must be finite and ≥ 0. There is
/// no inverse (many values give the same score).
/// </remarks>
/// <param name="Threshold">The half-width p of the neutral band around the mean, as a share of the mean (e.g. 0.2).</param>
public sealed record AboveBelowMeanNormalisation(double Threshold) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "aboveBelowMean";

    internal override IReadOnlyList<string> Settings => ["threshold"];

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { Threshold = document.Threshold ?? Threshold };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Threshold = Threshold, Pooled = Pooled ? true : null };

    private protected override string Notation() => Invariant($"aboveBelowMean({Threshold})");

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseAboveBelowMean), language, [Threshold]);

    internal override MessageText? Problem() =>
        double.IsFinite(Threshold) && Threshold >= 0 ? null : MessageText.Of(nameof(Messages.NormaliseAboveBelowMeanThresholdInvalid), Threshold);

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        var mean = ColumnStatistics.Mean(x);
        if (double.IsNaN(mean))
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (mean == 0)
        {
            return MessageText.Of(nameof(Messages.NormaliseAboveBelowMeanZeroMean));
        }

        var band = Threshold * Math.Abs(mean);
        for (var i = 0; i < x.Length; i++)
        {
            var d = x[i] - mean;
            destination[i] = double.IsNaN(d) ? double.NaN : d > band ? 1 : d < -band ? -1 : 0;
        }

        return null;
    }
}
