using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Relative difference from a reference (OECD/JRC Handbook, "distance to a reference"): (x − ref) / ref for a positive
/// indicator and (ref − x) / x for a negative one, x in the indicator's own units, so a higher result is better in
/// both directions and the result is always the <see cref="RatioNormalisation"/> with the same reference minus 1. The
/// reference unit (or a unit at the reference statistic) gets 0.
/// </summary>
/// <remarks>
/// Uses no goalposts or targets. Missing values stay missing; a constant column gives 0 everywhere with a statistic
/// reference. Undefined, and the build names the indicator: a reference of 0 or below, a reference unit that is not
/// among the units or has no value, and for a negative indicator any value of 0 or below (named by unit). Inverse:
/// x = (v + 1)·ref (negative: x = ref / (v + 1)), with the reference of the current column.
/// </remarks>
/// <param name="Reference">The reference.</param>
public sealed record RelativeDifferenceNormalisation(NormalisationReference Reference) : ReferenceNormalisation(Reference)
{
    /// <inheritdoc/>
    public override string Name => "relativeDifference";

    private protected override string Words(DisplayLanguage language) =>
        ProblemMessages.Format(nameof(Messages.DescribeNormaliseRelativeDifference), language, [Reference.Describe(language)]);

    private protected override double Shift => 1;
}
