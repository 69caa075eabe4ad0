using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>Distance-to-target normalisation using each indicator's target.</summary>
/// <param name="CapAtOne">Cap values beyond the target at 1.</param>
public sealed record DistanceToTargetNormalisation(bool CapAtOne) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "distanceToTarget";

    internal override IReadOnlyList<string> Settings => ["capAtOne"];

    internal override bool IsInvertible => true;

    internal override bool UsesColumnMinimum => true;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { CapAtOne = document.CapAtOne ?? CapAtOne };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, CapAtOne = CapAtOne, Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        var (min, _, _) = ColumnStatistics.MinMax(adjusted);
        return min + (normalised * (column.Target - min));
    }

    private protected override string Notation() => CapAtOne ? "distanceToTarget(cap)" : "distanceToTarget";

    private protected override string Words(DisplayLanguage language) =>
        CapAtOne ? ProblemMessages.Format(nameof(Messages.DescribeNormaliseDistanceToTargetCapped), language, []) : ProblemMessages.Format(nameof(Messages.DescribeNormaliseDistanceToTarget), language, []);

    internal override MessageText? Problem() => null;

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        if (double.IsNaN(column.Target))
        {
            return MessageText.Of(nameof(Messages.NormaliseTargetMissing));
        }

        var (min, _, count) = ColumnStatistics.MinMax(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(column.Target > min))
        {
            return MessageText.Of(nameof(Messages.NormaliseTargetNotBetter));
        }

        if (!double.IsFinite(column.Target - min))
        {
            return MessageText.Of(nameof(Messages.NormaliseTargetOverflow));
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (x[i] - min) / (column.Target - min);
            destination[i] = CapAtOne && v > 1 ? 1 : v;
        }

        return null;
    }
}
