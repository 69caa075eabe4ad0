using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// A target against the latest value: progress in percent, the gap, met or not, the required CAGR and annual change,
/// and a straight projection at the observed CAGR with whether it reaches the target in time. Every edge case gives an
/// answer with a <see cref="Remark"/> rather than an exception: a qualitative target, no current value, a current value
/// of 0 or less, the target year itself, a target already met, a lower-is-better target such as a rank.
/// </summary>
/// <remarks>
/// Progress, gap and required growth follow <see cref="TargetProgress"/>: for a lower-is-better target progress =
/// target / current × 100 and gap = current − target. The observed CAGR runs from <see cref="Earlier"/> to
/// <see cref="Current"/>; the projection applies it from the current year to the target year.
/// </remarks>
public sealed record TargetOutlook
{
    private readonly MessageText? _remark;

    private TargetOutlook(Target target, TargetReading? current, TargetReading? earlier, TargetStatus status, MessageText? remark)
    {
        Target = target;
        Current = current;
        Earlier = earlier;
        Status = status;
        Remark = remark?.In(DisplayLanguage.English) ?? "";
        _remark = remark;
    }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The value assessed; null when none is known.</summary>
    public TargetReading? Current { get; }

    /// <summary>The earlier value the observed CAGR starts from; null when there is none.</summary>
    public TargetReading? Earlier { get; }

    /// <summary>Met, not met, qualitative, no value or undefined.</summary>
    public TargetStatus Status { get; }

    /// <summary>One sentence on the edge case met (empty when none), e.g. "the target year itself: no year left to grow in", in English (see <see cref="RemarkIn"/>).</summary>
    public string Remark { get; }

    /// <summary>The key of the remark among the library's translations (e.g. <c>OutlookAlreadyMet</c>); null when there is no remark.</summary>
    public string? RemarkKey => _remark?.Key;

    /// <summary>The remark in <paramref name="language"/>, numbers written the language's way; empty when there is none.</summary>
    /// <param name="language">The language.</param>
    /// <returns>One or two sentences, or empty.</returns>
    public string RemarkIn(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _remark?.In(language) ?? "";
    }

    /// <summary>Progress in percent (100 = reached); null unless <see cref="Status"/> is met or not met.</summary>
    public double? ProgressPercent => Progress?.ProgressPercent;

    /// <summary>What is still to cover in the target's unit (≤ 0 when met); null unless met or not met.</summary>
    public double? Gap => Progress?.Gap;

    /// <summary>Years from the current value to the target year (0 in the target year itself); null without both.</summary>
    public int? YearsLeft => Current is { } c && Target.TargetYear is { } y ? y - c.Year : null;

    /// <summary>The constant annual growth (fraction) that reaches the target in time; null when met, in the target year or undefined.</summary>
    public double? RequiredCagr => Status == TargetStatus.NotMet ? Progress!.RequiredCagr : null;

    /// <summary>The constant annual change in the target's unit that reaches the target in time; null when met, in the target year or undefined.</summary>
    public double? RequiredAnnualChange => Status == TargetStatus.NotMet ? Progress!.RequiredAnnualChange : null;

    /// <summary>The observed CAGR (fraction per year) from <see cref="Earlier"/> to <see cref="Current"/>; null without an earlier positive value.</summary>
    public double? ObservedCagr =>
        Progress is not null && Earlier is { } e && Current is { } c && e.Value > 0 && e.Year < c.Year
            ? Growth.Cagr(e.Value, e.Year, c.Value, c.Year)
            : null;

    /// <summary>The value in the target year if the observed CAGR held; null without an observed CAGR.</summary>
    public double? Projected => ObservedCagr is { } rate && YearsLeft is { } years ? Growth.Project(Current!.Value, rate, years) : null;

    /// <summary>Whether the straight projection meets the target by the target year; null without a projection.</summary>
    public bool? ProjectionReachesTarget => Projected is { } p ? (Target.LowerIsBetter ? p <= TargetValue : p >= TargetValue) : null;

    private double TargetValue => (double)Target.Value!.Value;

    private TargetProgress? Progress => Status is TargetStatus.Met or TargetStatus.NotMet
        ? TargetProgress.Assess(Target, Current!.Value, Current.Year)
        : null;

    /// <summary>Assesses a target against its current value and, for the observed CAGR, an earlier one.</summary>
    /// <param name="target">The target.</param>
    /// <param name="current">The latest value, in the target's unit and not after the target year; null when none is known.</param>
    /// <param name="earlier">An earlier value of the same series, for the observed CAGR; null for none.</param>
    /// <returns>The outlook (never throws for the edge cases; see <see cref="Remark"/>).</returns>
    /// <exception cref="Nq52ValidationException">A current value after the target year, an earlier value not before the
    /// current one, or a non-finite value (all problems together).</exception>
    public static TargetOutlook Assess(Target target, TargetReading? current, TargetReading? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var where = $"target {target.Instrument}/{target.MetricKey}";
        var problems = new ValidationProblems();
        if (current is not null && !double.IsFinite(current.Value))
        {
            problems.AddMessage(where, nameof(Messages.OutlookCurrentNotFinite));
        }

        if (current is not null && target.TargetYear is { } ty && current.Year > ty)
        {
            problems.AddMessage(where, nameof(Messages.OutlookCurrentAfterTarget), current.Year, ty);
        }

        if (earlier is not null && (current is null || earlier.Year >= current.Year || !double.IsFinite(earlier.Value)))
        {
            problems.AddMessage(where, nameof(Messages.OutlookEarlierInvalid));
        }

        problems.ThrowIfAny();
        if (target.IsQualitative)
        {
            return new(target, null, null, TargetStatus.Qualitative, MessageText.Of(nameof(Messages.OutlookQualitative)));
        }

        if (current is null)
        {
            return new(target, null, null, TargetStatus.NoValue, MessageText.Of(nameof(Messages.OutlookNoValue)));
        }

        if (target.TargetYear is null)
        {
            return new(target, current, earlier, TargetStatus.Undefined, MessageText.Of(nameof(Messages.OutlookNoTargetYear)));
        }

        if (target.Value <= 0)
        {
            return new(target, current, earlier, TargetStatus.Undefined, MessageText.Of(nameof(Messages.OutlookTargetNotPositive)));
        }

        if (current.Value <= 0)
        {
            return new(target, current, earlier, TargetStatus.Undefined,
                MessageText.Of(nameof(Messages.OutlookCurrentNotPositive), current.Value));
        }

        var met = TargetProgress.Assess(target, current.Value, current.Year).IsMet;
        var years = target.TargetYear.Value - current.Year;
        MessageText? remark = (met, years) switch
        {
            (true, 0) => MessageText.Of(nameof(Messages.OutlookTargetYearMet)),
            (false, 0) => MessageText.Of(nameof(Messages.OutlookTargetYearNotMet)),
            (true, _) => MessageText.Of(nameof(Messages.OutlookAlreadyMet)),
            _ => null,
        };
        if (earlier is { Value: <= 0 })
        {
            remark = remark is null
                ? MessageText.Of(nameof(Messages.OutlookEarlierNotPositive))
                : MessageText.Of(nameof(Messages.OutlookRemarkAndEarlierNotPositive), remark);
        }

        return new(target, current, earlier, met ? TargetStatus.Met : TargetStatus.NotMet, remark);
    }
}
