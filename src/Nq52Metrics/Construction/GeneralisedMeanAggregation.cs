using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>
/// Weighted generalised (power) mean M_r = (Σw·x^r / Σw)^(1/r) over the available children, with the exact limits
/// r = 0 (geometric, exp(Σw ln x/Σw)); r = 1 is the arithmetic mean and r = −1 the harmonic mean (Handbook on
/// Constructing Composite Indicators, OECD/JRC 2008, §6; COINr <c>a_genmean</c>). Lower powers compensate less.
/// </summary>
/// <remarks>
/// Domain: r = 1 takes any value; r &gt; 0 (other than 1) needs every available value ≥ 0; r ≤ 0 needs every
/// available value &gt; 0; a value outside it fails the build with the unit and child named. The values are divided
/// by the unit's largest (r &gt; 0) or smallest (r &lt; 0) value before the powers are taken, so no intermediate
/// overflows; the result lies between the smallest and the largest value.
/// </remarks>
public sealed record GeneralisedMeanAggregation : AggregationMethod
{
    internal GeneralisedMeanAggregation(double power)
    {
        Power = power == 0 ? 0 : power;
    }

    /// <summary>The power r (1 arithmetic, 0 geometric, −1 harmonic).</summary>
    public double Power { get; }

    /// <inheritdoc/>
    public override string Name => Power switch
    {
        1 => "arithmetic",
        0 => "geometric",
        -1 => "harmonic",
        _ => "generalisedMean",
    };

    /// <inheritdoc/>
    public override string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Power switch
        {
            1 => ProblemMessages.Format(nameof(Messages.DescribeAggregateArithmetic), language, []),
            0 => ProblemMessages.Format(nameof(Messages.DescribeAggregateGeometric), language, []),
            -1 => ProblemMessages.Format(nameof(Messages.DescribeAggregateHarmonic), language, []),
            _ => ProblemMessages.Format(nameof(Messages.DescribeAggregateGeneralisedMean), language, [Power]),
        };
    }

    internal override PowerMeanKernel? Kernel => Power switch
    {
        1 => PowerMeanKernel.Arithmetic,
        0 => PowerMeanKernel.Geometric,
        -1 => PowerMeanKernel.Harmonic,
        _ => null,
    };

    internal override bool IsLinear => Power == 1;

    internal override IReadOnlyList<string> Settings => Kernel is null ? ["power"] : [];

    internal override MessageText Subject => Kernel switch
    {
        PowerMeanKernel.Arithmetic => MessageText.Of(nameof(Messages.AggregationSubjectArithmetic)),
        PowerMeanKernel.Geometric => MessageText.Of(nameof(Messages.AggregationSubjectGeometric)),
        PowerMeanKernel.Harmonic => MessageText.Of(nameof(Messages.AggregationSubjectHarmonic)),
        _ => MessageText.Of(nameof(Messages.AggregationSubjectGeneralisedMean), Power),
    };

    /// <summary>The method with power <paramref name="power"/>, the named instances for 1, 0 and −1; not checked.</summary>
    internal static GeneralisedMeanAggregation Create(double power) =>
        power == 1 ? Arithmetic : power == 0 ? Geometric : power == -1 ? Harmonic : new GeneralisedMeanAggregation(power);

    internal override AggregationMethod WithSettings(Serialization.AggregationMethodDocument document) =>
        Kernel is null ? Create(document.Power ?? Power) : this;

    internal override Serialization.AggregationMethodDocument ToDocument() =>
        new() { Method = Name, Power = Kernel is null ? Power : null };

    internal override MessageText? Problem() =>
        double.IsFinite(Power) ? null
        : double.IsNaN(Power) ? MessageText.Of(nameof(Messages.AggregationPowerMissing))
        : MessageText.Of(nameof(Messages.AggregationPowerNotFinite), Power);

    private protected override string Notation() => Kernel is null ? Invariant($"generalisedMean({Power})") : Name;

    internal override MessageText Explain(AggregationFailure failure, string aggregate) => Kernel switch
    {
        PowerMeanKernel.Geometric => MessageText.Of(nameof(Messages.AggregationGeometricNeedsPositive), aggregate, failure.Value),
        PowerMeanKernel.Harmonic => MessageText.Of(nameof(Messages.AggregationHarmonicNeedsPositive), aggregate, failure.Value),
        null when Power > 0 => MessageText.Of(nameof(Messages.AggregationPowerMeanNeedsNonNegative), Power, aggregate, failure.Value),
        null => MessageText.Of(nameof(Messages.AggregationPowerMeanNeedsPositive), Power, aggregate, failure.Value),
        _ => base.Explain(failure, aggregate),
    };

    internal override AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch)
    {
        var (values, weights, positions) = (scratch.ChildValues, scratch.ChildWeights, scratch.ChildPositions);
        for (var i = 0; i < input.UnitCount; i++)
        {
            var count = input.Gather(i, scratch);
            if (!input.Enough(count))
            {
                destination[i] = double.NaN;
                continue;
            }

            double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
            for (var j = 0; j < count; j++)
            {
                var v = values[j];
                if (Power == 1 ? false : Power > 0 ? !(v >= 0) : !(v > 0))
                {
                    return new AggregationFailure(i, input.Children[positions[j]], 0, v, this);
                }

                lowest = Math.Min(lowest, v);
                highest = Math.Max(highest, v);
            }

            destination[i] = Mean(values.AsSpan(0, count), weights.AsSpan(0, count), Power > 0 ? highest : lowest);
        }

        return null;
    }

    /// <summary>
    /// The power mean of one unit's values, each divided by <paramref name="reference"/> first. Written as
    /// reference·exp(log1p(Σw·expm1(r·ln s)/Σw)/r) with s = x/reference when |r| &lt; 0.01, which stays accurate as r approaches 0.
    /// </summary>
    private double Mean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double reference)
    {
        double sum = 0, total = 0;
        if (Power == 1)
        {
            for (var j = 0; j < values.Length; j++)
            {
                sum += weights[j] * values[j];
                total += weights[j];
            }

            return sum / total;
        }

        if (reference == 0)
        {
            return 0;
        }

        if (Math.Abs(Power) >= NearZero)
        {
            // Far enough from 0 that the direct form loses no more than a few ulps divided by |r|.
            for (var j = 0; j < values.Length; j++)
            {
                sum += weights[j] * Math.Pow(values[j] / reference, Power);
                total += weights[j];
            }

            return reference * Math.Pow(sum / total, 1 / Power);
        }

        for (var j = 0; j < values.Length; j++)
        {
            var log = Math.Log(values[j] / reference);
            sum += weights[j] * (Power == 0 ? log : ExpMinusOne(Power * log));
            total += weights[j];
        }

        return reference * Math.Exp(Power == 0 ? sum / total : LogOnePlus(sum / total) / Power);
    }

    /// <summary>Powers closer to 0 than this use the expm1/log1p form.</summary>
    private const double NearZero = 0.01;

    /// <summary>e^x − 1, accurate for small x (Kahan's correction).</summary>
    private static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? x : u - 1 == -1 ? -1 : (u - 1) * x / Math.Log(u);
    }

    /// <summary>ln(1 + x), accurate for small x (Goldberg's correction).</summary>
    private static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
