using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// Where a current value stands against a numeric target: progress in percent, the gap still to cover, whether the
/// target is met, and the constant annual growth needed to reach it (CAGR) when years are left.
/// </summary>
/// <remarks>
/// For a higher-is-better target (<c>&gt;=</c> or "about"), progress = current / target × 100 and gap = target − current.
/// For a lower-is-better target (<c>&lt;=</c>, e.g. a rank), progress = target / current × 100 and gap = current − target.
/// A gap ≤ 0 means the target is met. "About" targets are treated as levels to reach.
/// </remarks>
public sealed record TargetProgress
{
    private TargetProgress(Target target, double current, int year)
    {
        Target = target;
        Current = current;
        Year = year;
    }

    /// <summary>The target assessed.</summary>
    public Target Target { get; }

    /// <summary>The current value.</summary>
    public double Current { get; }

    /// <summary>The year of the current value.</summary>
    public int Year { get; }

    /// <summary>The target value as a double.</summary>
    public double TargetValue => (double)Target.Value!.Value;

    /// <summary>Progress towards the target in percent (100 = reached; above 100 = exceeded).</summary>
    public double ProgressPercent => Target.LowerIsBetter ? TargetValue / Current * 100 : Current / TargetValue * 100;

    /// <summary>What is still to cover, in the target's unit; ≤ 0 when the target is met.</summary>
    public double Gap => Target.LowerIsBetter ? Current - TargetValue : TargetValue - Current;

    /// <summary>True when the current value meets the target.</summary>
    public bool IsMet => Gap <= 0;

    /// <summary>Years left until the target year (0 in the target year itself).</summary>
    public int YearsLeft => Target.TargetYear!.Value - Year;

    /// <summary>
    /// The constant annual growth (fraction per year) that takes the current value to the target by the target year;
    /// null in the target year itself (no year left to grow in).
    /// </summary>
    public double? RequiredCagr => YearsLeft > 0 ? Growth.RequiredCagr(Current, Year, TargetValue, Target.TargetYear!.Value) : null;

    /// <summary>The constant annual change in the target's unit (e.g. percentage points a year) needed; null in the target year.</summary>
    public double? RequiredAnnualChange => YearsLeft > 0 ? (TargetValue - Current) / YearsLeft : null;

    /// <summary>Assesses a current value against a target.</summary>
    /// <param name="target">A numeric target with a target year.</param>
    /// <param name="current">The current value (finite, &gt; 0), in the target's unit.</param>
    /// <param name="year">The year of the current value; not after the target year.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="Nq52ValidationException">A qualitative target, a target without a year or with a value ≤ 0, a
    /// current value that is not a finite number &gt; 0, or a target year already past (all problems together).</exception>
    public static TargetProgress Assess(Target target, double current, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        var where = $"target {target.Instrument}/{target.MetricKey}";
        var problems = new ValidationProblems();
        if (target.Value is not { } value)
        {
            problems.AddMessage(where, nameof(Messages.ProgressQualitative));
        }
        else if (value <= 0)
        {
            problems.AddMessage(where, nameof(Messages.ProgressTargetNotPositive), value);
        }

        if (target.TargetYear is not { } targetYear)
        {
            problems.AddMessage(where, nameof(Messages.ProgressNoTargetYear));
        }
        else if (targetYear < year)
        {
            problems.AddMessage(where, nameof(Messages.ProgressTargetYearPast), targetYear, year);
        }

        if (!double.IsFinite(current) || current <= 0)
        {
            problems.AddMessage("current value", nameof(Messages.ProgressCurrentNotPositive), current);
        }

        problems.ThrowIfAny();
        return new TargetProgress(target, current, year);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
