using Nq52Metrics.Analysis;
using static System.FormattableString;

namespace Nq52Metrics.Construction;

/// <summary>
/// A normalisation method: how direction-adjusted indicator values (x·direction) are brought onto a common
/// scale. Use the factories (<see cref="MinMax"/>, <see cref="ZScore"/>, …). Missing values stay missing.
/// </summary>
/// <remarks>
/// Methods whose result is undefined for an indicator (a constant column for min-max or z-score, a missing
/// target or goalposts) make the build fail with an error naming the indicator, never a silent NaN.
/// </remarks>
public abstract record NormalisationMethod
{
    private protected NormalisationMethod()
    {
    }

    /// <summary>Min-max to [lower, upper]: (x − min)/(max − min)·(upper − lower) + lower.</summary>
    /// <param name="lower">Value of the worst unit.</param>
    /// <param name="upper">Value of the best unit; must exceed <paramref name="lower"/>.</param>
    /// <returns>The method.</returns>
    public static MinMaxNormalisation MinMax(double lower = 0, double upper = 100) => new(lower, upper);

    /// <summary>Z-score: (x − mean)/sd·<paramref name="sd"/> + <paramref name="mean"/>, with the sample sd (n − 1).</summary>
    /// <param name="mean">Mean of the result.</param>
    /// <param name="sd">Standard deviation of the result (&gt; 0).</param>
    /// <returns>The method.</returns>
    public static ZScoreNormalisation ZScore(double mean = 0, double sd = 1) => new(mean, sd);

    /// <summary>Rank, ascending (worst = 1), ties take the smallest rank (COINr <c>n_rank</c>).</summary>
    public static RankNormalisation Rank { get; } = new();

    /// <summary>Percentile rank (rank − 1)/(n − 1) in [0, 1], ties "min" (COINr <c>n_prank</c>).</summary>
    public static PercentileRankNormalisation PercentileRank { get; } = new();

    /// <summary>
    /// Goalposts from each indicator's framework node: (x − L)/(U − L) for a positive indicator,
    /// (x − U)/(L − U) for a negative one, optionally truncated to [0, 1], times <paramref name="scale"/>.
    /// </summary>
    /// <param name="scale">Multiplier of the result (e.g. 100).</param>
    /// <param name="truncate">Clamp to the goalposts.</param>
    /// <returns>The method.</returns>
    public static GoalpostsNormalisation Goalposts(double scale = 100, bool truncate = true) => new(scale, truncate);

    /// <summary>
    /// Distance to each indicator's framework target: (x − min)/(T − min) for a positive indicator,
    /// (max − x)/(max − T) for a negative one; optionally capped at 1 (COINr <c>n_dist2targ</c>).
    /// </summary>
    /// <param name="capAtOne">Cap values beyond the target at 1.</param>
    /// <returns>The method.</returns>
    public static DistanceToTargetNormalisation DistanceToTarget(bool capAtOne = false) => new(capAtOne);

    /// <summary>No normalisation: direction-adjusted values pass through (x·direction).</summary>
    public static NoNormalisation None { get; } = new();

    /// <summary>Checks the parameters; returns a message when they are invalid.</summary>
    internal abstract string? Problem();

    /// <summary>
    /// Normalises one direction-adjusted column. <paramref name="target"/> and <paramref name="goalposts"/> are
    /// already in direction-adjusted units. Returns an error message (the indicator is named by the caller) or null.
    /// </summary>
    internal abstract string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts);
}

/// <summary>Min-max normalisation to [<paramref name="Lower"/>, <paramref name="Upper"/>].</summary>
/// <param name="Lower">Value given to the worst unit.</param>
/// <param name="Upper">Value given to the best unit.</param>
public sealed record MinMaxNormalisation(double Lower, double Upper) : NormalisationMethod
{
    internal override string? Problem() =>
        double.IsFinite(Lower) && double.IsFinite(Upper) && Upper > Lower ? null : Invariant($"min-max bounds [{Lower}, {Upper}] must be finite with lower < upper.");

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        var (min, max, count) = ColumnStatistics.MinMax(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(max > min))
        {
            return "every available value is the same, so min-max normalisation is undefined.";
        }

        var range = max - min;
        if (!double.IsFinite(range))
        {
            return "the range of the values is too large to represent (max − min overflows), so min-max normalisation is undefined.";
        }

        var span = Upper - Lower;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ((x[i] - min) / range * span) + Lower;
        }

        return null;
    }
}

/// <summary>Z-score normalisation with mean <paramref name="Mean"/> and standard deviation <paramref name="Sd"/>.</summary>
/// <param name="Mean">Mean of the result.</param>
/// <param name="Sd">Standard deviation of the result.</param>
public sealed record ZScoreNormalisation(double Mean, double Sd) : NormalisationMethod
{
    internal override string? Problem() =>
        double.IsFinite(Mean) && double.IsFinite(Sd) && Sd > 0 ? null : Invariant($"z-score parameters (mean {Mean}, sd {Sd}) must be finite with sd > 0.");

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        var (mean, sd, count) = ColumnStatistics.MeanSd(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(sd > 0))
        {
            return "fewer than two distinct values, so the z-score is undefined.";
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = ((x[i] - mean) / sd * Sd) + Mean;
        }

        return null;
    }
}

/// <summary>Rank normalisation (ascending, ties "min").</summary>
public sealed record RankNormalisation : NormalisationMethod
{
    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        ColumnStatistics.AscendingMinRanks(x, destination);
        return null;
    }
}

/// <summary>Percentile-rank normalisation (rank − 1)/(n − 1).</summary>
public sealed record PercentileRankNormalisation : NormalisationMethod
{
    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        var count = ColumnStatistics.AscendingMinRanks(x, destination);
        if (count == 1)
        {
            return "only one available value, so the percentile rank is undefined.";
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (destination[i] - 1) / (count - 1);
        }

        return null;
    }
}

/// <summary>Goalpost normalisation using each indicator's goalposts.</summary>
/// <param name="Scale">Multiplier of the result.</param>
/// <param name="Truncate">Clamp values to the goalposts before scaling.</param>
public sealed record GoalpostsNormalisation(double Scale, bool Truncate) : NormalisationMethod
{
    internal override string? Problem() => double.IsFinite(Scale) && Scale != 0 ? null : "the goalpost scale must be finite and non-zero.";

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        if (goalposts is not { } g)
        {
            return "goalpost normalisation needs goalposts for this indicator, and it has none.";
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

/// <summary>Distance-to-target normalisation using each indicator's target.</summary>
/// <param name="CapAtOne">Cap values beyond the target at 1.</param>
public sealed record DistanceToTargetNormalisation(bool CapAtOne) : NormalisationMethod
{
    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        if (double.IsNaN(target))
        {
            return "distance-to-target normalisation needs a target for this indicator, and it has none.";
        }

        var (min, _, count) = ColumnStatistics.MinMax(x);
        if (count == 0)
        {
            destination.Fill(double.NaN);
            return null;
        }

        if (!(target > min))
        {
            return "the target is not better than the worst value, so the distance to target is undefined.";
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (x[i] - min) / (target - min);
            destination[i] = CapAtOne && v > 1 ? 1 : v;
        }

        return null;
    }
}

/// <summary>No normalisation: values pass through, multiplied by the direction.</summary>
public sealed record NoNormalisation : NormalisationMethod
{
    internal override string? Problem() => null;

    internal override string? Normalise(ReadOnlySpan<double> x, Span<double> destination, double target, (double Lower, double Upper)? goalposts)
    {
        x.CopyTo(destination);
        return null;
    }
}
