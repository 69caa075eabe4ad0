using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// A normalisation method: how direction-adjusted indicator values (x·direction) are brought onto a common
/// scale. Use the factories (<see cref="MinMax"/>, <see cref="ZScore"/>, …). Missing values stay missing.
/// </summary>
/// <remarks>
/// Methods whose result is undefined for an indicator (a constant column for min-max or z-score, a missing
/// target or goalposts) make the build fail with an error naming the indicator, never a silent NaN.
/// </remarks>
public abstract record NormalisationMethod : StageSpec
{
    private protected NormalisationMethod()
    {
    }

    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Normalise;

    /// <summary>The method's name in files and on the command line (e.g. <c>minMax</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The names of the method's settings in a method file (e.g. <c>lower</c>, <c>upper</c>).</summary>
    internal virtual IReadOnlyList<string> Settings => [];

    /// <summary>Whether a normalised value maps back to one value before normalisation, given the column (what-if needs it).</summary>
    internal virtual bool IsInvertible => false;

    /// <summary>Whether the unit's own value can move the method's bounds (the column minimum).</summary>
    internal virtual bool UsesColumnMinimum => false;

    /// <summary>Whether every unit's result depends on statistics of the whole column besides its bounds (mean, sd, a reference, the total), which move with any unit's value.</summary>
    internal virtual bool UsesColumnStatistics => false;

    /// <summary>
    /// A short readable form with the parameters, e.g. <c>minMax(1,100)</c>, followed by the overrides when there are
    /// any (<c>minMax(0,100) with Flights: rank</c>).
    /// </summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() =>
        Overrides.IsEmpty
            ? Notation()
            : $"{Notation()} with {string.Join(", ", Overrides.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value.Notation()}"))}";

    /// <summary>
    /// The method in words, with its parameters, in <paramref name="language"/> (e.g. "Min-max normalisation to 0–100 …"
    /// or "Chuẩn hóa min-max về thang 0–100 …"), followed by pooling and the per-indicator overrides when there are any.
    /// </summary>
    /// <param name="language">The language of the text and of the numbers in it.</param>
    /// <returns>The description: capitalised, without a final full stop.</returns>
    public string Describe(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var words = Words(language);
        if (Pooled)
        {
            words = ProblemMessages.Format(nameof(Messages.DescribeNormalisePooled), language, [words]);
        }

        if (!Overrides.IsEmpty)
        {
            var each = Overrides.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value.Words(language)}");
            words = ProblemMessages.Format(nameof(Messages.DescribeNormaliseOverrides), language, [words, string.Join("; ", each)]);
        }

        return words;
    }

    /// <summary>The method's own description in <paramref name="language"/> (without pooling and overrides).</summary>
    private protected abstract string Words(DisplayLanguage language);

    /// <summary>The method with the settings a method-file object gives (absent settings keep this method's values).</summary>
    internal virtual NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this;

    /// <summary>The method as a method-file <c>normalise</c> object.</summary>
    internal virtual Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Pooled = Pooled ? true : null };

    /// <summary>
    /// The direction-adjusted value before normalisation that normalises to <paramref name="normalised"/>, given the
    /// column's direction-adjusted values and what the method knows of the column (direction-adjusted target and
    /// goalposts, direction, units); NaN when the method has no inverse.
    /// </summary>
    internal virtual double Invert(ReadOnlySpan<double> adjusted, NormalisationColumn column, double normalised) => double.NaN;

    /// <summary>The description <see cref="ToString"/> returns.</summary>
    private protected abstract string Notation();

    /// <summary>
    /// For panel data: when true, the statistics the method uses (min, max, mean, sd, ranks) are computed once over the
    /// values of all periods together, so that scores can be compared over time (COINr <c>Normalise(global = TRUE)</c>);
    /// when false (default) each period is normalised on its own. A single period is the same either way.
    /// </summary>
    public bool Pooled { get; init; }

    /// <summary>
    /// Per-indicator methods that replace this one for the named indicators (as <c>normalise.overrides</c> in a method
    /// file). Every code must be an indicator of the framework, or the build fails naming it; an override's own
    /// overrides and <see cref="Pooled"/> are not used (pooling is decided by the method that holds the overrides).
    /// </summary>
    public ImmutableDictionary<string, NormalisationMethod> Overrides { get; init; } =
        ImmutableDictionary<string, NormalisationMethod>.Empty;

    /// <summary>The method that normalises one indicator: its override, or this method.</summary>
    /// <param name="indicatorCode">An indicator code.</param>
    /// <returns>The applicable method.</returns>
    public NormalisationMethod For(string indicatorCode) =>
        Overrides.TryGetValue(indicatorCode, out var method) ? method : this;

    /// <summary>This method with the overrides given (replacing any it had).</summary>
    /// <param name="overrides">Indicator code → method (codes compared ordinally).</param>
    /// <returns>The method with those overrides.</returns>
    public NormalisationMethod WithOverrides(IEnumerable<KeyValuePair<string, NormalisationMethod>> overrides) =>
        this with { Overrides = overrides.ToImmutableDictionary(StringComparer.Ordinal) };

    /// <summary>Value equality: the same type and settings, the same <see cref="Pooled"/>, and overrides equal by content.</summary>
    /// <param name="other">The method to compare with.</param>
    /// <returns>True when equal.</returns>
    public virtual bool Equals(NormalisationMethod? other) =>
        other is not null
        && base.Equals(other)
        && Pooled == other.Pooled
        && Overrides.Count == other.Overrides.Count
        && Overrides.All(p => other.Overrides.TryGetValue(p.Key, out var o) && p.Value.Equals(o));

    /// <summary>A hash consistent with <see cref="Equals(NormalisationMethod)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Pooled, Overrides.Count);

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

    /// <summary>Ratio to a reference, x / ref (negative indicators: ref / x); see <see cref="RatioNormalisation"/>.</summary>
    /// <param name="reference">The reference (default: the best value).</param>
    /// <returns>The method.</returns>
    public static RatioNormalisation Ratio(NormalisationReference? reference = null) => new(reference ?? NormalisationReference.Max);

    /// <summary>Relative difference from a reference, (x − ref) / ref (negative indicators: (ref − x) / x); see <see cref="RelativeDifferenceNormalisation"/>.</summary>
    /// <param name="reference">The reference (default: the mean).</param>
    /// <returns>The method.</returns>
    public static RelativeDifferenceNormalisation RelativeDifference(NormalisationReference? reference = null) => new(reference ?? NormalisationReference.Mean);

    /// <summary>+1, 0 or −1 by whether x / mean is above 1 + p, within, or below 1 − p; see <see cref="AboveBelowMeanNormalisation"/>.</summary>
    /// <param name="threshold">The half-width p of the neutral band (finite, ≥ 0).</param>
    /// <returns>The method.</returns>
    public static AboveBelowMeanNormalisation AboveBelowMean(double threshold = 0.2) => new(threshold);

    /// <summary>(x − centre) / scale in the indicator's units (negative indicators: (centre − x) / scale); see <see cref="ScaledNormalisation"/>.</summary>
    /// <param name="centre">The value that maps to 0 (finite).</param>
    /// <param name="scale">The value of one unit of the result (finite, &gt; 0).</param>
    /// <returns>The method.</returns>
    public static ScaledNormalisation Scaled(double centre = 0, double scale = 1) => new(centre, scale);

    /// <summary>Share of the column total, x / Σx (negative indicators: shares of 1/x); see <see cref="ProportionNormalisation"/>.</summary>
    public static ProportionNormalisation Proportion { get; } = new();

    /// <summary>Borda score rank − 1 (ascending, worst = 0, ties take the smallest rank, as COINr <c>n_borda</c>).</summary>
    public static BordaNormalisation Borda { get; } = new();

    /// <summary>Checks the parameters; returns a message when they are invalid.</summary>
    internal abstract Localization.MessageText? Problem();

    /// <summary>
    /// Normalises one direction-adjusted column; the target and goalposts of <paramref name="column"/> are already in
    /// direction-adjusted units. Returns an error message (the indicator is named by the caller) or null.
    /// </summary>
    internal abstract Localization.MessageText? Normalise(ReadOnlySpan<double> x, Span<double> destination, NormalisationColumn column);

    /// <summary>Checks the method against the units being normalised (a reference unit must be among them); returns a message or null.</summary>
    internal virtual Localization.MessageText? UnitsProblem(ImmutableArray<Data.Unit> units) => null;

    /// <summary>Every method family, each with its default parameters: the one list files and the CLI look names up in.
    /// Declared last, so the static methods it lists exist when it is built.</summary>
    internal static IReadOnlyList<NormalisationMethod> Families { get; } =
        [MinMax(), ZScore(), Rank, PercentileRank, Goalposts(), DistanceToTarget(), Ratio(), RelativeDifference(), AboveBelowMean(), Scaled(), Proportion, Borda, None];
}
