using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// How the children of an aggregate are combined into its score. Use the factories (<see cref="Arithmetic"/>,
/// <see cref="GeneralisedMean"/>, <see cref="MazziottaPareto"/>, <see cref="Copeland"/>, …); each checks its
/// parameters when it is built. Children are the normalised indicators (already direction-adjusted) or lower
/// aggregates, whose directions are ignored.
/// </summary>
/// <remarks>
/// Missing children are dropped and the weights of the others rescaled (relative weights, Σw of the available
/// children); a child with weight 0 is left out entirely. A unit with no available child, or with fewer than the
/// data-availability threshold asks for, gets a missing aggregate. A value outside a method's domain (e.g. a
/// geometric mean meeting a value ≤ 0) makes the build fail with an error naming unit, child and aggregate, never a
/// silent NaN.
/// </remarks>
public abstract record AggregationMethod
{
    private protected AggregationMethod()
    {
    }

    /// <summary>The method's name in files and on the command line (e.g. <c>arithmetic</c>, <c>mazziottaPareto</c>).</summary>
    public abstract string Name { get; }

    /// <summary>A short readable form with the parameters, e.g. <c>generalisedMean(0.5)</c>.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => Notation();

    /// <summary>
    /// The method in words, with its parameters, in <paramref name="language"/> (e.g. "Weighted generalised mean, power
    /// 0.5" or "Trung bình lũy thừa (generalised mean) có trọng số, số mũ 0,5").
    /// </summary>
    /// <param name="language">The language of the text and of the numbers in it.</param>
    /// <returns>The description: capitalised, without a final full stop.</returns>
    public abstract string Describe(DisplayLanguage language);

    /// <summary>The names of the method's settings in a method file (e.g. <c>power</c>).</summary>
    internal virtual IReadOnlyList<string> Settings => [];

    /// <summary>Whether an aggregate of one unit depends on the other units' values (standardisation, outranking).</summary>
    internal virtual bool DependsOnOtherUnits => false;

    /// <summary>Whether an aggregate is a fixed weighted sum of its children's values (what-if slopes are then exact).</summary>
    internal virtual bool IsLinear => false;

    /// <summary>Which of the plan's vectorised power-mean kernels computes this method, or null for its own kernel.</summary>
    internal virtual PowerMeanKernel? Kernel => null;

    /// <summary>What the method is called in an error message (e.g. <c>geometric mean</c>), translatable.</summary>
    internal virtual Localization.MessageText Subject => Localization.MessageText.Of(nameof(Localization.Messages.AggregationSubjectNamed), Name);

    /// <summary>The method with the settings of a method-file object (absent settings keep this method's values).</summary>
    internal virtual AggregationMethod WithSettings(Serialization.AggregationMethodDocument document) => this;

    /// <summary>The method as a method-file object (<c>{"method": …, settings}</c>).</summary>
    internal virtual Serialization.AggregationMethodDocument ToDocument() => new() { Method = Name };

    /// <summary>Checks the parameters; returns a message when they are invalid.</summary>
    internal virtual Localization.MessageText? Problem() => null;

    /// <summary>The description <see cref="ToString"/> returns.</summary>
    private protected virtual string Notation() => Name;

    /// <summary>Why the kernel stopped at <paramref name="failure"/>, for the aggregate named <paramref name="aggregate"/>.</summary>
    internal virtual Localization.MessageText Explain(AggregationFailure failure, string aggregate) =>
        Localization.MessageText.Of(nameof(Localization.Messages.AggregationValueUnusable), Subject, aggregate, failure.Value);

    /// <summary>
    /// Computes one aggregate for every unit into <paramref name="destination"/> (NaN where too few children are
    /// available). Allocation-free: buffers come from <paramref name="scratch"/>. Returns null, or where it failed
    /// (the caller fills in the aggregate).
    /// </summary>
    internal abstract AggregationFailure? Aggregate(in AggregationInput input, Span<double> destination, AggregationScratch scratch);

    /// <summary>Throws the parameter problem, if any, at the public boundary (the factories call it).</summary>
    private protected static T Checked<T>(T method)
        where T : AggregationMethod
    {
        if (method.Problem() is { } problem)
        {
            throw new Nq52ValidationException([problem.At($"aggregation method {method.Name}")]);
        }

        return method;
    }

    /// <summary>Weighted arithmetic mean Σwx/Σw (COINr <c>a_amean</c>, GII); the generalised mean with power 1.</summary>
    public static GeneralisedMeanAggregation Arithmetic { get; } = new(1);

    /// <summary>Weighted geometric mean exp(Σw ln x/Σw); every value must be &gt; 0 (COINr <c>a_gmean</c>); the
    /// generalised mean's limit at power 0.</summary>
    public static GeneralisedMeanAggregation Geometric { get; } = new(0);

    /// <summary>Weighted harmonic mean Σw/Σ(w/x); every value must be &gt; 0 (COINr <c>a_hmean</c>); the generalised
    /// mean with power −1.</summary>
    public static GeneralisedMeanAggregation Harmonic { get; } = new(-1);

    /// <summary>
    /// Weighted generalised (power) mean (Σw·x^r/Σw)^(1/r). Powers 1, 0 and −1 return exactly
    /// <see cref="Arithmetic"/>, <see cref="Geometric"/> and <see cref="Harmonic"/>. Domain: r = 1 takes any value;
    /// r &gt; 0 (other than 1) needs values ≥ 0; r ≤ 0 needs values &gt; 0.
    /// </summary>
    /// <param name="power">The power r; must be finite.</param>
    /// <returns>The method.</returns>
    /// <exception cref="Nq52ValidationException">The power is NaN or infinite.</exception>
    public static GeneralisedMeanAggregation GeneralisedMean(double power) =>
        power == 1 ? Arithmetic : power == 0 ? Geometric : power == -1 ? Harmonic : Checked(new GeneralisedMeanAggregation(power));

    /// <summary>
    /// Mazziotta–Pareto index over the children standardised across units, MPI± = M ± S·S/M (De Muro, Mazziotta
    /// &amp; Pareto 2011), with population standard deviations.
    /// </summary>
    /// <param name="penalty"><see cref="MazziottaParetoPenalty.Negative"/> (MPI−, unbalance lowers the score) or
    /// <see cref="MazziottaParetoPenalty.Positive"/> (MPI+).</param>
    /// <returns>The method.</returns>
    /// <exception cref="Nq52ValidationException">The penalty is not a defined value.</exception>
    public static MazziottaParetoAggregation MazziottaPareto(MazziottaParetoPenalty penalty = MazziottaParetoPenalty.Negative) =>
        Checked(new MazziottaParetoAggregation(penalty));

    /// <summary>Copeland score from the weighted pairwise outranking of the units over the children (non-compensatory).</summary>
    public static CopelandAggregation Copeland { get; } = new();

    /// <summary>Weighted median of the available children.</summary>
    public static WeightedMedianAggregation Median { get; } = new();

    /// <summary>Minimum of the available children (no compensation at all).</summary>
    public static MinimumAggregation Minimum { get; } = new();

    /// <summary>Every method family, each with its default parameters: the one list files look names up in. The
    /// generalised mean's entry has no power yet (a file must give one). Declared last, so the members it lists exist.</summary>
    internal static IReadOnlyList<AggregationMethod> Families { get; } =
        [Arithmetic, Geometric, Harmonic, new GeneralisedMeanAggregation(double.NaN), MazziottaPareto(), Copeland, Median, Minimum];
}
