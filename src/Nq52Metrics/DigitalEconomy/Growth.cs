using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>Compound annual growth: observed, required to reach a target, and projected.</summary>
public static class Growth
{
    /// <summary>
    /// The compound annual growth rate between two observations: (end / start)^(1 / (endYear − startYear)) − 1, as a
    /// fraction (0.05 = 5 % a year).
    /// </summary>
    /// <param name="startValue">The earlier value (finite, &gt; 0).</param>
    /// <param name="startYear">Its year.</param>
    /// <param name="endValue">The later value (finite, &gt; 0).</param>
    /// <param name="endYear">Its year; after <paramref name="startYear"/>.</param>
    /// <returns>The growth rate per year.</returns>
    /// <exception cref="Nq52ValidationException">A value that is not a finite number &gt; 0, or years not in order (all problems together).</exception>
    public static double Cagr(double startValue, int startYear, double endValue, int endYear)
    {
        var problems = new ValidationProblems();
        CheckPositive(startValue, "start value", problems);
        CheckPositive(endValue, "end value", problems);
        if (endYear <= startYear)
        {
            problems.AddMessage("years", nameof(Messages.GrowthEndNotAfterStart), endYear, startYear);
        }

        problems.ThrowIfAny();
        return Math.Pow(endValue / startValue, 1.0 / (endYear - startYear)) - 1;
    }

    /// <summary>
    /// The constant annual growth needed to go from the current value to the target by the target year:
    /// (target / current)^(1 / (targetYear − currentYear)) − 1, as a fraction. Negative when the target is below the
    /// current value (e.g. a rank to improve).
    /// </summary>
    /// <param name="current">The current value (finite, &gt; 0).</param>
    /// <param name="currentYear">The year of the current value.</param>
    /// <param name="target">The target value (finite, &gt; 0).</param>
    /// <param name="targetYear">The target year; after <paramref name="currentYear"/>.</param>
    /// <returns>The required growth rate per year.</returns>
    /// <exception cref="Nq52ValidationException">A value that is not a finite number &gt; 0, or a target year that is not
    /// after the current year (all problems together).</exception>
    public static double RequiredCagr(double current, int currentYear, double target, int targetYear)
    {
        var problems = new ValidationProblems();
        CheckPositive(current, "current value", problems);
        CheckPositive(target, "target value", problems);
        if (targetYear <= currentYear)
        {
            problems.AddMessage("target year", nameof(Messages.GrowthTargetNotAfterCurrent), targetYear, currentYear);
        }

        problems.ThrowIfAny();
        return Math.Pow(target / current, 1.0 / (targetYear - currentYear)) - 1;
    }

    /// <summary>The value after growing at a constant rate: value × (1 + rate)^years.</summary>
    /// <param name="value">The starting value (finite).</param>
    /// <param name="annualRate">The growth rate per year as a fraction (finite, &gt; −1).</param>
    /// <param name="years">The number of years (≥ 0).</param>
    /// <returns>The projected value.</returns>
    /// <exception cref="Nq52ValidationException">A non-finite value or rate, a rate ≤ −1 or negative years.</exception>
    public static double Project(double value, double annualRate, int years)
    {
        var problems = new ValidationProblems();
        if (!double.IsFinite(value))
        {
            problems.AddMessage("value", nameof(Messages.GrowthValueNotFinite));
        }

        if (!double.IsFinite(annualRate) || annualRate <= -1)
        {
            problems.AddMessage("annual rate", nameof(Messages.GrowthRateInvalid), annualRate);
        }

        if (years < 0)
        {
            problems.AddMessage("years", nameof(Messages.GrowthYearsNegative), years);
        }

        problems.ThrowIfAny();
        return value * Math.Pow(1 + annualRate, years);
    }

    private static void CheckPositive(double value, string what, ValidationProblems problems)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            problems.AddMessage(what, nameof(Messages.GrowthValueNotPositive), value);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
