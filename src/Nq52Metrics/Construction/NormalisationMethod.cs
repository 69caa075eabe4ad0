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

    /// <summary>A short readable form with the parameters, e.g. <c>minMax(1,100)</c>.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => Describe();

    /// <summary>The method with the settings a method-file object gives (absent settings keep this method's values).</summary>
    internal virtual NormalisationMethod WithSettings(Serialization.NormaliseDocument document) => this;

    /// <summary>The method as a method-file <c>normalise</c> object.</summary>
    internal virtual Serialization.NormaliseDocument ToDocument() => new() { Method = Name, Pooled = Pooled ? true : null };

    /// <summary>
    /// The direction-adjusted value before normalisation that normalises to <paramref name="normalised"/>, given the
    /// column's direction-adjusted values and the node's direction-adjusted target and goalposts; NaN when the method
    /// has no inverse.
    /// </summary>
    internal virtual double Invert(ReadOnlySpan<double> adjusted, double target, (double Lower, double Upper)? goalposts, double normalised) => double.NaN;

    /// <summary>The description <see cref="ToString"/> returns.</summary>
    private protected abstract string Describe();

    /// <summary>
    /// For panel data: when true, the statistics the method uses (min, max, mean, sd, ranks) are computed once over the
    /// values of all periods together, so that scores can be compared over time (COINr <c>Normalise(global = TRUE)</c>);
    /// when false (default) each period is normalised on its own. A single period is the same either way.
    /// </summary>
    public bool Pooled { get; init; }

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

    /// <summary>Every method family, each with its default parameters: the one list files and the CLI look names up in.
    /// Declared last, so the static methods it lists exist when it is built.</summary>
    internal static IReadOnlyList<NormalisationMethod> Families { get; } =
        [MinMax(), ZScore(), Rank, PercentileRank, Goalposts(), DistanceToTarget(), None];
}
