using Nq52Metrics.Analysis;

namespace Nq52Metrics.Construction;

/// <summary>Rank normalisation (ascending, ties "min").</summary>
public sealed record RankNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "rank";

    private protected override string Describe() => "rank";

    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        ColumnStatistics.AscendingMinRanks(x, destination);
        return null;
    }
}
