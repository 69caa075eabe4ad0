using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A checkable statement: "unit U, in edition E, has measure M = V". Read from <c>article_claims.csv</c>, from a
/// claims file, or parsed from a short text (<see cref="ClaimParser"/>), then judged by <see cref="StatementChecker"/>.
/// </summary>
public sealed record Claim
{
    /// <summary>The unit as written: an ASCII key (<c>thai-nguyen</c>), a Vietnamese or English name, or <c>national</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The edition (PII, DTI) or year (digital-economy share) the claim is about; null when it names none.</summary>
    public int? Edition { get; init; }

    /// <summary>The measure key, e.g. <c>score</c>, <c>rank</c>, <c>region_rank</c>, <c>de_share_grdp_percent</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>The claimed value as written (a number, or an ISO date for date claims).</summary>
    public required string Value { get; init; }

    /// <summary>The index the claim is about (PII unless it says DTI); digital-economy measures are recognised by key.</summary>
    public IndexKind Index { get; init; } = IndexKind.Pii;

    /// <summary>
    /// Sources the claim itself comes from. A fact that only these sources report cannot confirm the claim (it would be
    /// circular), so the checker ignores them as evidence.
    /// </summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>An identifier, e.g. <c>C17</c>; null for ad-hoc claims.</summary>
    public string? Id { get; init; }

    /// <summary>The original wording (e.g. the article's Vietnamese quote); null for ad-hoc claims.</summary>
    public string? Text { get; init; }

    /// <summary>The claim's scope, when the claims file gives one.</summary>
    public ClaimScope? Scope { get; init; }

    /// <summary>Where the claim was read, e.g. <c>claims.csv line 4</c>; null for ad-hoc claims.</summary>
    public string? Origin { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var edition = Edition is { } e ? $" {e.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
        var index = Index == IndexKind.Dti ? "dti " : "";
        return $"{index}{Unit}{edition} {Measure} {Value}";
    }
}
