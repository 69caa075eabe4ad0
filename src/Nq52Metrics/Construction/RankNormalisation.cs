using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>Rank normalisation (ascending, ties "min").</summary>
public sealed record RankNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "rank";

    private protected override string Notation() => "rank";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseRank), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        ColumnStatistics.AscendingMinRanks(x, destination);
        return null;
    }
}
