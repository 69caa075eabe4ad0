using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The reference value of a ratio-type normalisation (<see cref="RatioNormalisation"/>,
/// <see cref="RelativeDifferenceNormalisation"/>): a statistic of the column (<see cref="Max"/>, <see cref="Min"/>,
/// <see cref="Mean"/>, <see cref="Median"/>), one unit's value (<see cref="OfUnit"/>) or a fixed number
/// (<see cref="Fixed"/>). It is in the indicator's own units as they are at normalisation (after denomination,
/// transform and outlier treatment), not direction-adjusted. In a method file it is <c>"max"</c>, <c>"min"</c>,
/// <c>"mean"</c>, <c>"median"</c>, <c>{"unit": "CODE"}</c> or a number.
/// </summary>
/// <remarks>
/// <c>max</c> and <c>min</c> follow the indicator's direction: <c>max</c> is the best value (the smallest of a negative
/// indicator), so a ratio to <c>max</c> gives the best unit 1 in both directions. Statistics use the available values
/// only. A reference of 0 or below, a missing reference unit or a reference unit without a value make the build fail
/// with the indicator (and the unit) named.
/// </remarks>
public sealed record NormalisationReference
{
    private NormalisationReference(NormalisationReferenceKind kind, string? unitCode, double value)
    {
        Kind = kind;
        UnitCode = unitCode;
        Value = value;
    }

    /// <summary>Where the reference comes from.</summary>
    public NormalisationReferenceKind Kind { get; }

    /// <summary>The reference unit's code when <see cref="Kind"/> is <see cref="NormalisationReferenceKind.Unit"/>; otherwise null.</summary>
    public string? UnitCode { get; }

    /// <summary>The fixed number when <see cref="Kind"/> is <see cref="NormalisationReferenceKind.Value"/>; otherwise NaN.</summary>
    public double Value { get; }

    /// <summary>The best available value (largest for a positive indicator, smallest for a negative one).</summary>
    public static NormalisationReference Max { get; } = new(NormalisationReferenceKind.Max, null, double.NaN);

    /// <summary>The worst available value (smallest for a positive indicator, largest for a negative one).</summary>
    public static NormalisationReference Min { get; } = new(NormalisationReferenceKind.Min, null, double.NaN);

    /// <summary>The mean of the available values.</summary>
    public static NormalisationReference Mean { get; } = new(NormalisationReferenceKind.Mean, null, double.NaN);

    /// <summary>The median of the available values.</summary>
    public static NormalisationReference Median { get; } = new(NormalisationReferenceKind.Median, null, double.NaN);

    /// <summary>The value of one unit (for example a benchmark country or the national average row).</summary>
    /// <param name="unitCode">The unit's code (compared exactly); not empty.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The code is null, empty or white space.</exception>
    public static NormalisationReference OfUnit(string unitCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        return new(NormalisationReferenceKind.Unit, unitCode, double.NaN);
    }

    /// <summary>A fixed number in the indicator's units at normalisation; it must be finite and above 0 (checked when the method is used).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The reference.</returns>
    public static NormalisationReference Fixed(double value) => new(NormalisationReferenceKind.Value, null, value);

    /// <summary>The readable form: <c>max</c>, <c>min</c>, <c>mean</c>, <c>median</c>, <c>unit:CODE</c> or the number.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        NormalisationReferenceKind.Unit => $"unit:{UnitCode}",
        NormalisationReferenceKind.Value => Value.ToString("R", CultureInfo.InvariantCulture),
        _ => Name(Kind),
    };

    /// <summary>Checks a fixed number; returns a message or null.</summary>
    internal MessageText? Problem() =>
        Kind == NormalisationReferenceKind.Value && !(double.IsFinite(Value) && Value > 0)
            ? MessageText.Of(nameof(Messages.ReferenceFixedNotPositive), Value)
            : null;

    /// <summary>Checks that a reference unit is among <paramref name="units"/> exactly once; returns a message or null.</summary>
    internal MessageText? UnitsProblem(ImmutableArray<Unit> units)
    {
        if (Kind != NormalisationReferenceKind.Unit)
        {
            return null;
        }

        var count = units.IsDefault ? 0 : units.Count(u => string.Equals(u.Code, UnitCode, StringComparison.Ordinal));
        return count switch
        {
            0 => MessageText.Of(nameof(Messages.ReferenceUnitAbsent), ProblemText.Quote(UnitCode!)),
            1 => null,
            _ => MessageText.Of(nameof(Messages.ReferenceUnitRepeated), ProblemText.Quote(UnitCode!), count),
        };
    }

    /// <summary>
    /// The reference in the indicator's own units for a column of direction-adjusted values, or a message saying why
    /// there is none (a missing reference unit or value, a reference of 0 or below).
    /// </summary>
    internal (double Reference, MessageText? Problem) Resolve(ReadOnlySpan<double> adjusted, NormalisationColumn column)
    {
        double reference;
        switch (Kind)
        {
            case NormalisationReferenceKind.Max:
                reference = ColumnStatistics.MinMax(adjusted).Max * column.Sign;
                break;
            case NormalisationReferenceKind.Min:
                reference = ColumnStatistics.MinMax(adjusted).Min * column.Sign;
                break;
            case NormalisationReferenceKind.Mean:
                reference = ColumnStatistics.Mean(adjusted) * column.Sign;
                break;
            case NormalisationReferenceKind.Median:
                reference = ColumnStatistics.Median(adjusted) * column.Sign;
                break;
            case NormalisationReferenceKind.Unit:
                if (UnitsProblem(column.Units) is { } missing)
                {
                    return (double.NaN, missing);
                }

                var row = column.Units.IndexOf(column.Units.First(u => string.Equals(u.Code, UnitCode, StringComparison.Ordinal)));
                reference = adjusted[row] * column.Sign;
                if (double.IsNaN(reference))
                {
                    return (double.NaN, MessageText.Of(nameof(Messages.ReferenceUnitWithoutValue), ProblemText.Quote(UnitCode!)));
                }

                break;
            default:
                reference = Value;
                break;
        }

        return reference > 0 && double.IsFinite(reference)
            ? (reference, null)
            : (double.NaN, double.IsNaN(reference)
                ? MessageText.Of(nameof(Messages.ReferenceNoValue))
                : NotPositive(reference));
    }

    /// <summary>
    /// Divides a column by the reference: with r the value in the indicator's units, (r − shift·ref)/ref for a positive
    /// indicator and (ref − shift·r)/r for a negative one (shift 0: the ratio, 1: the relative difference), so that a
    /// higher result is better in both directions. A negative indicator needs every available value above 0.
    /// </summary>
    internal MessageText? Divide(ReadOnlySpan<double> adjusted, Span<double> destination, NormalisationColumn column, double shift)
    {
        if (ColumnStatistics.CountAvailable(adjusted) == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        var (reference, problem) = Resolve(adjusted, column);
        if (problem is not null)
        {
            return problem;
        }

        if (column.Sign < 0)
        {
            for (var i = 0; i < adjusted.Length; i++)
            {
                if (-adjusted[i] <= 0)
                {
                    return column.Units.IsDefault
                        ? MessageText.Of(nameof(Messages.ReferenceNegativeIndicatorRowNotPositive), i + 1, -adjusted[i])
                        : MessageText.Of(nameof(Messages.ReferenceNegativeIndicatorUnitNotPositive), ProblemText.Quote(column.Units[i].Code), -adjusted[i]);
                }
            }

            for (var i = 0; i < adjusted.Length; i++)
            {
                var r = -adjusted[i];
                destination[i] = (reference - (shift * r)) / r;
            }

            return null;
        }

        for (var i = 0; i < adjusted.Length; i++)
        {
            destination[i] = (adjusted[i] - (shift * reference)) / reference;
        }

        return null;
    }

    /// <summary>The direction-adjusted value that <see cref="Divide"/> maps to <paramref name="normalised"/>; NaN when there is none.</summary>
    internal double Undivide(ReadOnlySpan<double> adjusted, NormalisationColumn column, double shift, double normalised)
    {
        var (reference, problem) = Resolve(adjusted, column);
        if (problem is not null)
        {
            return double.NaN;
        }

        return column.Sign < 0
            ? -(reference / (normalised + shift))
            : reference * (normalised + shift);
    }

    /// <summary>The method-file form: a string, <c>{"unit": "CODE"}</c> or a number.</summary>
    internal JsonElement ToElement()
    {
        var json = Kind switch
        {
            NormalisationReferenceKind.Unit => $"{{\"unit\": {JsonSerializer.Serialize(UnitCode!, Serialization.SerializationContext.Default.String)}}}",
            NormalisationReferenceKind.Value => Value.ToString("R", CultureInfo.InvariantCulture),
            _ => $"\"{Name(Kind)}\"",
        };
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Reads the method-file form; null with a message when the element is not one, null and no message when it is absent.</summary>
    internal static (NormalisationReference? Reference, MessageText? Problem) FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined:
                return (null, null);
            case JsonValueKind.String:
                var name = element.GetString()!;
                foreach (var kind in (ReadOnlySpan<NormalisationReferenceKind>)[NormalisationReferenceKind.Max, NormalisationReferenceKind.Min, NormalisationReferenceKind.Mean, NormalisationReferenceKind.Median])
                {
                    if (string.Equals(name, Name(kind), StringComparison.Ordinal))
                    {
                        return (Of(kind), null);
                    }
                }

                return (null, MessageText.Of(nameof(Messages.ReferenceNameUnknown), ProblemText.Quote(name)));
            case JsonValueKind.Number:
                var value = element.GetDouble();
                var fixedValue = Fixed(value);
                return fixedValue.Problem() is { } invalid ? (null, invalid) : (fixedValue, null);
            case JsonValueKind.Object:
                var unit = element.EnumerateObject().ToList();
                if (unit.Count == 1 && unit[0].Name == "unit" && unit[0].Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(unit[0].Value.GetString()))
                {
                    return (OfUnit(unit[0].Value.GetString()!), null);
                }

                return (null, MessageText.Of(nameof(Messages.ReferenceObjectInvalid)));
            default:
                return (null, MessageText.Of(nameof(Messages.ReferenceKindInvalid)));
        }
    }

    /// <summary>The reference in words in <paramref name="language"/>, e.g. "the best value" (a noun phrase).</summary>
    internal string Describe(DisplayLanguage language) => Kind switch
    {
        NormalisationReferenceKind.Max => ProblemMessages.Format(nameof(Messages.DescribeReferenceMax), language, []),
        NormalisationReferenceKind.Min => ProblemMessages.Format(nameof(Messages.DescribeReferenceMin), language, []),
        NormalisationReferenceKind.Mean => ProblemMessages.Format(nameof(Messages.DescribeReferenceMean), language, []),
        NormalisationReferenceKind.Median => ProblemMessages.Format(nameof(Messages.DescribeReferenceMedian), language, []),
        NormalisationReferenceKind.Unit => ProblemMessages.Format(nameof(Messages.DescribeReferenceUnit), language, [UnitCode!]),
        _ => ProblemMessages.Format(nameof(Messages.DescribeReferenceValue), language, [Value]),
    };

    /// <summary>Why the resolved <paramref name="reference"/> (0 or below, or infinite) cannot be divided by, naming which reference it is.</summary>
    private MessageText NotPositive(double reference) => Kind switch
    {
        NormalisationReferenceKind.Max => MessageText.Of(nameof(Messages.ReferenceBestNotPositive), reference),
        NormalisationReferenceKind.Min => MessageText.Of(nameof(Messages.ReferenceWorstNotPositive), reference),
        NormalisationReferenceKind.Mean => MessageText.Of(nameof(Messages.ReferenceMeanNotPositive), reference),
        NormalisationReferenceKind.Median => MessageText.Of(nameof(Messages.ReferenceMedianNotPositive), reference),
        NormalisationReferenceKind.Unit => MessageText.Of(nameof(Messages.ReferenceUnitNotPositive), ProblemText.Quote(UnitCode!), reference),
        _ => MessageText.Of(nameof(Messages.ReferenceGivenNotPositive), reference),
    };

    private static NormalisationReference Of(NormalisationReferenceKind kind) => kind switch
    {
        NormalisationReferenceKind.Max => Max,
        NormalisationReferenceKind.Min => Min,
        NormalisationReferenceKind.Mean => Mean,
        _ => Median,
    };

    private static string Name(NormalisationReferenceKind kind) => kind switch
    {
        NormalisationReferenceKind.Max => "max",
        NormalisationReferenceKind.Min => "min",
        NormalisationReferenceKind.Mean => "mean",
        NormalisationReferenceKind.Median => "median",
        NormalisationReferenceKind.Unit => "unit",
        _ => "value",
    };
}
