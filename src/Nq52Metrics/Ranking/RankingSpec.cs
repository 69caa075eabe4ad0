using Nq52Metrics.Construction;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Ranking;

/// <summary>
/// The rank stage: how ties are ranked and, optionally, the precision scores are ranked at. Published indices rank
/// scores as published (rounded), so ties appear where the published table shows them; the default ranks the
/// unrounded scores.
/// </summary>
public sealed record RankingSpec : StageSpec
{
    /// <summary>The largest number of decimals scores can be ranked at.</summary>
    public const int MaxDecimals = 12;

    /// <summary>Creates the spec.</summary>
    /// <param name="ties">The tie rule (competition "1224" by default).</param>
    /// <param name="decimals">Rank scores rounded half-up to this many decimals (0–12), or null for unrounded scores.</param>
    public RankingSpec(TieMethod ties = TieMethod.Competition, int? decimals = null)
    {
        Ties = ties;
        Decimals = decimals;
    }

    /// <summary>The tie rule.</summary>
    public TieMethod Ties { get; init; }

    /// <summary>
    /// Null to rank unrounded scores; k to rank each score rounded half-up (away from zero) to k decimals in decimal
    /// arithmetic, from the score's 15 significant digits, so 49.365 ranks as 49.37 though the nearest double lies
    /// below it.
    /// </summary>
    public int? Decimals { get; init; }

    /// <summary>Competition ranks of unrounded scores.</summary>
    public static RankingSpec Default { get; } = new();

    /// <inheritdoc/>
    public override PipelineStage Stage => PipelineStage.Rank;

    /// <summary>Ranks with the given tie rule at full precision.</summary>
    /// <param name="ties">The tie rule.</param>
    public static implicit operator RankingSpec(TieMethod ties) => new(ties);

    /// <summary>Ranks with the given tie rule at full precision (the named form of the implicit conversion).</summary>
    /// <param name="ties">The tie rule.</param>
    /// <returns>The spec.</returns>
    public static RankingSpec FromTieMethod(TieMethod ties) => new(ties);

    /// <summary>A short description, e.g. <c>competition</c> or <c>dense at 2 decimals</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Ties.ToString().ToLowerInvariant() + (Decimals is { } k ? $" at {k} decimals" : "");

    internal (string Path, MessageText Message)? Problem() =>
        !Enum.IsDefined(Ties) ? ("ranking.ties", MessageText.Of(nameof(Messages.RankingTiesUnknown), Ties.ToString()))
        : Decimals is { } k && (k < 0 || k > MaxDecimals) ? ("ranking.decimals", MessageText.Of(nameof(Messages.RankingDecimalsOutOfRange), MaxDecimals, k))
        : null;
}
