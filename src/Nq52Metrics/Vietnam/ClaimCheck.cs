using System.Collections.Immutable;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>The verdict on one claim, with the evidence for it.</summary>
/// <param name="Claim">The claim checked.</param>
/// <param name="Verdict">Confirmed, contradicted or unknown.</param>
/// <param name="Reason">One sentence saying why, in English (see <see cref="ReasonIn"/> for another language).</param>
/// <param name="Supporting">Independent facts that give the claimed value.</param>
/// <param name="Conflicting">Independent facts that give another value (or a rank band that excludes it).</param>
/// <param name="Context">Related facts that neither confirm nor contradict (other years or series, the claim's own
/// source, other units at the same rank).</param>
public sealed record ClaimCheck(
    Claim Claim,
    Verdict Verdict,
    string Reason,
    ImmutableArray<Evidence> Supporting,
    ImmutableArray<Evidence> Conflicting,
    ImmutableArray<Evidence> Context)
{
    private readonly MessageText? _reason;

    /// <summary>A check whose reason is a translated message; <see cref="Reason"/> is its English text.</summary>
    internal ClaimCheck(
        Claim claim,
        Verdict verdict,
        MessageText reason,
        ImmutableArray<Evidence> supporting,
        ImmutableArray<Evidence> conflicting,
        ImmutableArray<Evidence> context)
        : this(claim, verdict, reason.In(DisplayLanguage.English), supporting, conflicting, context)
    {
        _reason = reason;
    }

    /// <summary>True when the claim is confirmed by some sources but other sources give another value.</summary>
    public bool IsDisputed => Verdict == Verdict.Confirmed && !Conflicting.IsEmpty;

    /// <summary>
    /// The key of the reason among the library's translations (e.g. <c>CheckContradicted</c>), or null when the reason
    /// was given as plain text (it then reads the same in every language).
    /// </summary>
    public string? ReasonKey => Translated?.Key;

    /// <summary>
    /// The reason in <paramref name="language"/>, numbers written the language's way (<c>47,75</c> in Vietnamese); source
    /// keys, unit keys, measure keys and the notes of the seeds stay as written. <see cref="Reason"/> itself when the
    /// reason has no key or was replaced (<c>with { Reason = … }</c>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>One sentence (two when the seeds flag the value or other years are listed).</returns>
    public string ReasonIn(DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Translated is { } reason ? reason.In(language) : Reason;
    }

    /// <summary>The translated reason, unless <see cref="Reason"/> no longer is its English text.</summary>
    private MessageText? Translated => _reason is { } reason && reason.In(DisplayLanguage.English) == Reason ? reason : null;
}
