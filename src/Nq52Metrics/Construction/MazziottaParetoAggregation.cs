using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>
/// Mazziotta–Pareto index (De Muro, Mazziotta &amp; Pareto 2011, "Composite indices of development and poverty: an
/// application to MDGs", Social Indicators Research 104). Each child is first standardised across units,
/// z = 100 + 10·(x − μ)/σ, with the mean μ and the population standard deviation σ of the child's available values.
/// For each unit, over its available children: M = Σw·z/Σw, S = √(Σw·(z − M)²/Σw) (population form), cv = S/M, and
/// MPI∓ = M ∓ S·cv. With equal weights this is the canonical unweighted index.
/// </summary>
/// <remarks>
/// <see cref="MazziottaParetoPenalty.Negative"/> (MPI−) penalises units whose children are unbalanced; use it when
/// higher is better. Children are normalised indicators (direction already applied) or aggregates (directions
/// ignored). A child whose available values are all equal (or that has a single available value) cannot be
/// standardised: the build fails naming it. A unit with M ≤ 0 (only possible for values more than 10 standard
/// deviations below the mean) fails naming the unit. The result depends on the other units (it is not computed one
/// unit at a time).
/// </remarks>
public sealed record MazziottaParetoAggregation : AggregationMethod
{
    internal MazziottaParetoAggregation(MazziottaParetoPenalty penalty)
    {
        Penalty = penalty;
    }

    /// <summary>Whether unbalance lowers (MPI−) or raises (MPI+) the score.</summary>
    public MazziottaParetoPenalty Penalty { get; }

    /// <inheritdoc/>
    public override string Name => "mazziottaPareto";

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Penalty == MazziottaParetoPenalty.Positive
            ? ProblemMessages.Format(nameof(Messages.DescribeAggregateMazziottaParetoPositive), language, [])
            : ProblemMessages.Format(nameof(Messages.DescribeAggregateMazziottaParetoNegative), language, []);
    }

    internal override IReadOnlyList<string> Settings => ["penalty"];

    internal override bool DependsOnOtherUnits => true;

    internal override Localization.MessageText Subject => Localization.MessageText.Of(nameof(Localization.Messages.AggregationSubjectMazziottaPareto));

    /// <summary>The method-file names of the penalties, in enum order.</summary>
    internal static string[] PenaltyNames { get; } = ["negative", "positive"];

    internal override AggregationMethod WithSettings(Serialization.AggregationMethodDocument document)
    {
        if (document.Penalty is not { } name)
        {
            return this;
        }

        var index = Array.IndexOf(PenaltyNames, name);
        return new MazziottaParetoAggregation(index < 0 ? (MazziottaParetoPenalty)(-1) : (MazziottaParetoPenalty)index);
    }

    internal override Serialization.AggregationMethodDocument ToDocument() => new() { Method = Name, Penalty = PenaltyName };

    internal override MessageText? Problem() =>
        Enum.IsDefined(Penalty) ? null : MessageText.Of(nameof(Messages.AggregationPenaltyInvalid));

    private protected override string Notation() => $"mazziottaPareto({PenaltyName})";

    private string PenaltyName => Enum.IsDefined(Penalty) ? PenaltyNames[(int)Penalty] : "?";

    internal override MessageText Explain(AggregationFailure failure, string aggregate) =>
        failure.Reason == AggregationFailureReason.ConstantChild
            ? MessageText.Of(nameof(Messages.AggregationMazziottaParetoConstantChild), aggregate, failure.Value)
            : MessageText.Of(nameof(Messages.AggregationMazziottaParetoMeanNotPositive), aggregate, failure.Value);

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        var n = input.UnitCount;
        var means = scratch.ChildMeans;
        var deviations = scratch.ChildDeviations;
        for (var j = 0; j < input.Children.Length; j++)
        {
            var c = input.Children[j];
            if (input.Weights[c] == 0)
            {
                continue;
            }

            var column = input.Column(c);
            double sum = 0;
            var count = 0;
            double first = double.NaN;
            foreach (var v in column)
            {
                if (!double.IsNaN(v))
                {
                    first = count == 0 ? v : first;
                    sum += v;
                    count++;
                }
            }

            var mean = sum / count;
            double squares = 0;
            foreach (var v in column)
            {
                if (!double.IsNaN(v))
                {
                    squares += (v - mean) * (v - mean);
                }
            }

            var sd = Math.Sqrt(squares / count);
            if (count > 0 && !(sd > 0))
            {
                return new AggregationFailure(-1, c, 0, first, this, AggregationFailureReason.ConstantChild);
            }

            means[j] = mean;
            deviations[j] = sd;
        }

        var (values, weights, positions) = (scratch.ChildValues, scratch.ChildWeights, scratch.ChildPositions);
        var sign = Penalty == MazziottaParetoPenalty.Negative ? -1.0 : 1.0;
        for (var i = 0; i < n; i++)
        {
            var count = input.Gather(i, scratch);
            if (!input.Enough(count))
            {
                destination[i] = double.NaN;
                continue;
            }

            double total = 0, weighted = 0;
            for (var j = 0; j < count; j++)
            {
                var p = positions[j];
                values[j] = 100 + (10 * (values[j] - means[p]) / deviations[p]);
                weighted += weights[j] * values[j];
                total += weights[j];
            }

            var m = weighted / total;
            double spread = 0;
            for (var j = 0; j < count; j++)
            {
                spread += weights[j] * (values[j] - m) * (values[j] - m);
            }

            if (!(m > 0))
            {
                return new AggregationFailure(i, input.Children[positions[0]], 0, m, this);
            }

            var variance = spread / total;
            destination[i] = m + (sign * variance / m);
        }

        return null;
    }
}
