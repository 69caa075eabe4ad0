using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>Percentile-rank normalisation (rank − 1)/(n − 1).</summary>
public sealed record PercentileRankNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "percentileRank";

    private protected override string Notation() => "percentileRank";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormalisePercentileRank), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        var count = ColumnStatistics.AscendingMinRanks(x, destination);
        if (count == 1)
        {
            return MessageText.Of(nameof(Messages.NormalisePercentileRankSingleValue));
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (destination[i] - 1) / (count - 1);
        }

        return null;
    }
}
