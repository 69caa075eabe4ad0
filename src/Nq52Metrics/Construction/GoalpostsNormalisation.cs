using Nq52Metrics.Localization;
using static System.FormattableString;
namespace Nq52Metrics.Construction;

/// <summary>Goalpost normalisation using each indicator's goalposts.</summary>
/// <param name="Scale">Multiplier of the result.</param>
/// <param name="Truncate">Clamp values to the goalposts before scaling.</param>
public sealed record GoalpostsNormalisation(double Scale, bool Truncate) : NormalisationMethod
{
    /// <inheritdoc/>
    public override string Name => "goalposts";

    internal override IReadOnlyList<string> Settings => ["scale", "truncate"];

    internal override bool IsInvertible => true;

    internal override NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this with { Scale = document.Scale ?? Scale, Truncate = document.Truncate ?? Truncate };

    internal override Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Scale = Scale, Truncate = Truncate, Pooled = Pooled ? true : null };

    internal override double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised)
    {
        return column.Goalposts is { } g ? g.Lower + (normalised / Scale * (g.Upper - g.Lower)) : double.NaN;
    }

    private protected override string Notation() => Invariant($"goalposts({Scale},{(Truncate ? "truncate" : "no truncate")})");

    private protected override string Words(DisplayLanguage language) =>
        Truncate ? ProblemMessages.Format(nameof(Messages.DescribeNormaliseGoalpostsTruncated), language, [Scale]) : ProblemMessages.Format(nameof(Messages.DescribeNormaliseGoalposts), language, [Scale]);

    internal override MessageText? Problem() => double.IsFinite(Scale) && Scale != 0 ? null : MessageText.Of(nameof(Messages.NormaliseGoalpostScaleInvalid));

    internal override MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column)
    {
        if (column.Goalposts is not { } g)
        {
            return MessageText.Of(nameof(Messages.NormaliseGoalpostsMissing));
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (x[i] - g.Lower) / (g.Upper - g.Lower);
            if (Truncate && !double.IsNaN(v))
            {
                v = Math.Clamp(v, 0, 1);
            }

            destination[i] = v * Scale;
        }

        return null;
    }
}
