using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Proportion of the total: x / Σx over the available values, so the available results sum to 1. For a negative
/// indicator each unit's share is of the reciprocals, (1/x) / Σ(1/x), so a higher result is better in both directions.
/// </summary>
/// <remarks>
/// Uses no goalposts or targets. Missing values stay missing and do not count in the total; a constant column gives
/// 1/n everywhere. Undefined, and the build names the indicator: a total of 0 or below (a negative total would reverse
/// the order of the units), and for a negative indicator any value of 0 or below. Inverse (approximate, the total
/// moves with the unit's value): x = v·Σx of the current column (negative: x = 1 / (v·Σ(1/x))).
/// </remarks>
public sealed record ProportionNormalisation : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "proportion";

    internal override bool IsInvertible => true;

    internal override bool UsesColumnStatistics => true;

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        var (total, problem) = Total(adjusted, column);
        return problem is not null ? double.NaN : column.Sign < 0 ? -(1 / (normalised * total)) : normalised * total;
    }

    private protected override string Notation() => "proportion";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseProportion), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        var (total, problem) = Total(x, column);
        if (problem is not null)
        {
            return problem;
        }

        if (double.IsNaN(total))
        {
            destination.Fill(double.NaN);
            return null;
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = (column.Sign < 0 ? 1 / -x[i] : x[i]) / total;
        }

        return null;
    }

    /// <summary>Σx (negative indicator: Σ1/x) over the available values; NaN when there are none; a message when undefined.</summary>
    private static (double Total, MessageText? Problem) Total(ReadOnlySpan<double> adjusted, NormalisationColumn column)
    {
        double total = 0;
        var count = 0;
        for (var i = 0; i < adjusted.Length; i++)
        {
            var v = adjusted[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            if (column.Sign < 0 && -v <= 0)
            {
                return (double.NaN, column.Units.IsDefault
                    ? MessageText.Of(nameof(Messages.NormaliseProportionRowNotPositive), i + 1, -v)
                    : MessageText.Of(nameof(Messages.NormaliseProportionUnitNotPositive), ProblemText.Quote(column.Units[i].Code), -v));
            }

            total += column.Sign < 0 ? 1 / -v : v;
            count++;
        }

        return count == 0 ? (double.NaN, null)
            : total > 0 && double.IsFinite(total) ? (total, null)
            : (double.NaN, MessageText.Of(nameof(Messages.NormaliseProportionTotalNotPositive), total));
    }
}
