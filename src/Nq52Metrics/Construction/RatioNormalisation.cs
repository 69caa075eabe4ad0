using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Ratio to a reference (OECD/JRC Handbook, "distance to a reference"): x / ref for a positive indicator and ref / x for
/// a negative one, where x is the value in the indicator's own units and ref the <see cref="ReferenceNormalisation.Reference"/>, so a higher
/// result is better in both directions. With the reference <see cref="NormalisationReference.Max"/> (the best value)
/// and positive data every result is in (0, 1] and the best unit has 1 (COINr's <c>n_fracmax</c> for positive
/// indicators).
/// </summary>
/// <remarks>
/// Uses no goalposts or targets. Missing values stay missing; a constant column gives 1 everywhere with a statistic
/// reference. Undefined, and the build names the indicator: a reference of 0 or below, a reference unit that is not
/// among the units or has no value, and for a negative indicator any value of 0 or below (named by unit). Inverse:
/// x = v·ref (negative: x = ref / v), with the reference of the current column.
/// </remarks>
/// <param name="Reference">The reference.</param>
public sealed record RatioNormalisation(NormalisationReference Reference) : ReferenceNormalisation(Reference)
{
    /// <inheritdoc/>
    public override string Name => "ratio";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseRatio), language, [Reference.Describe(language)]);

    private protected override double Shift => 0;
}
