using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Borda score: rank − 1, ranking the direction-adjusted values ascending (the worst unit scores 0, the best n − 1 with
/// n the available values), ties taking the smallest rank as <see cref="RankNormalisation"/> does (COINr
/// <c>n_borda</c>). Summed over indicators it is the Borda count.
/// </summary>
/// <remarks>
/// Uses no goalposts or targets; a negative indicator is ranked on x·direction, so its lowest value scores highest.
/// Missing values stay missing and are not ranked; a constant column gives 0 everywhere. There is no inverse.
/// </remarks>
public sealed record BordaNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "borda";

    private protected override string Notation() => "borda";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseBorda), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        ColumnStatistics.AscendingMinRanks(x, destination);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] -= 1;
        }

        return null;
    }
}
