using System.Collections.Immutable;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Checks claims such as "Thái Nguyên scored 47.75 in PII 2023, 10th nationally, first in its region" against the
/// seeds: <see cref="Verdict.Confirmed"/> when an independent source gives the value, <see cref="Verdict.Contradicted"/>
/// (with the conflicting values and sources) when independent sources give only other values, or
/// <see cref="Verdict.Unknown"/> with the reason.
/// </summary>
/// <remarks>
/// <para>Independence: the claim's own sources (e.g. <c>article-seed</c> for the seed article) are never evidence for it;
/// a fact reported only by them is shown as context.</para>
/// <para>Agreement: two numbers agree when they are equal at the precision of the less precise one, rounding half-up
/// (a claimed 47.8 agrees with a published 47.75; 50.7 with 50.70).</para>
/// <para>Covered measures: every measure of the published PII and DTI files (<c>score</c>, <c>rank</c>, <c>input</c>,
/// <c>output</c>, <c>region_rank</c>, <c>pillar_n_rank</c>…) and the digital-economy share (<c>de_share_grdp_percent</c>,
/// also <c>de_share_gdp_percent</c> for the country). A national rank outside a published rank band is contradicted.</para>
/// </remarks>
public sealed class StatementChecker
{
    /// <summary>The measure key of a digital-economy share claim.</summary>
    public const string DigitalEconomyShareMeasure = "de_share_grdp_percent";

    private static readonly string[] ShareMeasures = [DigitalEconomyShareMeasure, "de_share_gdp_percent"];

    private readonly VietnamSeeds _seeds;

    /// <summary>Creates a checker over a set of seeds.</summary>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    public StatementChecker(VietnamSeeds? seeds = null)
    {
        _seeds = seeds ?? VietnamSeeds.Embedded;
    }

    /// <summary>Parses a text claim (<see cref="ClaimParser.Parse"/>) and checks it.</summary>
    /// <param name="text">E.g. <c>thai-nguyen 2023 score 47.75</c>.</param>
    /// <param name="ownSources">Sources the claim comes from, which cannot count as evidence for it.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="Nq52ValidationException">A malformed claim, an unknown unit or edition, or a non-numeric value.</exception>
    public ClaimCheck Check(string text, IEnumerable<string>? ownSources = null)
    {
        var claim = ClaimParser.Parse(text);
        return Check(ownSources is null ? claim : claim with { Sources = ownSources.ToImmutableArray() });
    }

    /// <summary>Checks one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="Nq52ValidationException">An unknown unit or edition, or a non-numeric value for a covered measure.</exception>
    public ClaimCheck Check(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var problems = new ValidationProblems();
        var check = CheckOrCollect(claim, problems);
        problems.ThrowIfAny();
        return check!;
    }

    /// <summary>Checks many claims; every invalid claim is reported before any verdict is given.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>One verdict per claim, in order.</returns>
    /// <exception cref="Nq52ValidationException">Some claims name unknown units or editions or give non-numeric values (all listed).</exception>
    public ImmutableArray<ClaimCheck> CheckAll(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var problems = new ValidationProblems();
        var checks = claims.Select(c => CheckOrCollect(c, problems)).ToList();
        problems.ThrowIfAny();
        return checks.Select(c => c!).ToImmutableArray();
    }

    /// <summary>Checks every claim of the seed article (<see cref="VietnamSeeds.ArticleClaims"/>).</summary>
    /// <returns>One verdict per claim.</returns>
    public ImmutableArray<ClaimCheck> CheckArticle() => CheckAll(_seeds.ArticleClaims);

    private ClaimCheck? CheckOrCollect(Claim claim, ValidationProblems problems)
    {
        var where = claim.Origin ?? $"claim \"{claim}\"";
        var measureKey = ClaimParser.NormaliseMeasure(claim.Measure);
        var isShare = ShareMeasures.Contains(measureKey);
        if (!isShare && !Measure.TryParse(measureKey, out _))
        {
            return Unknown(claim, MessageText.Of(nameof(Messages.CheckMeasureNotCovered), claim.Measure));
        }

        if (claim.Edition is not { } edition)
        {
            return Unknown(claim, MessageText.Of(nameof(Messages.CheckNoEdition)));
        }

        if (!ClaimParser.ParseValue(claim.Value, ProblemLocation.OfParameter(where)).TryGetValue(out var value, out var invalid))
        {
            problems.AddRange(invalid);
            return null;
        }

        if ((isShare ? UnitProblem(claim, VietnamSeeds.UnitListOfYear(edition)) : PublishedProblem(claim, edition)) is { } problem)
        {
            problems.Add(ProblemMessages.Problem(ProblemLocation.OfParameter(where), problem));
            return null;
        }

        return isShare ? CheckShare(claim, edition, value) : CheckPublished(claim, edition, measureKey, value);
    }

    /// <summary>Why a claim on a published index cannot be matched: an edition or unit the seeds do not know; or null.</summary>
    private MessageText? PublishedProblem(Claim claim, int editionYear)
    {
        var results = claim.Index == IndexKind.Pii ? _seeds.Pii.Results : _seeds.Dti;
        return results.EditionProblem(editionYear) is { } edition
            ? MessageText.Of(nameof(Messages.CheckEditionProblem), edition)
            : UnitProblem(claim, results.Edition(editionYear).UnitList);
    }

    private MessageText? UnitProblem(Claim claim, UnitList list) =>
        !IsNational(claim) && _seeds.UnitProblem(claim.Unit, list) is { } unit ? MessageText.Of(nameof(Messages.CheckUnitProblem), claim.Unit, unit) : null;

    private ClaimCheck CheckPublished(Claim claim, int editionYear, string measureKey, decimal value)
    {
        var results = claim.Index == IndexKind.Pii ? _seeds.Pii.Results : _seeds.Dti;
        var edition = results.Edition(editionYear);
        var unitKey = IsNational(claim) ? PublishedFact.National : _seeds.Unit(claim.Unit, edition.UnitList).Key;
        var facts = edition.Facts.Where(f => f.UnitKey == unitKey && f.Measure.Key == measureKey).Select(f => ToEvidence(f)).ToList();
        var context = ImmutableArray.CreateBuilder<Evidence>();
        var (supporting, conflicting) = Split(claim, facts, value, context);
        var isRank = Measure.TryParse(measureKey, out var measure) && measure.Kind == MeasureKind.Rank;
        if (supporting.IsEmpty && conflicting.IsEmpty && isRank)
        {
            var bands = BandEvidence(claim, edition, unitKey, context);
            if (bands is { } band)
            {
                var inside = value >= band.Min.Value && value <= band.Max.Value;
                return inside
                    ? new ClaimCheck(claim, Verdict.Unknown, MessageText.Of(nameof(Messages.CheckRankWithinBand), unitKey, band.Min.Value, band.Max.Value, value), [], [], [band.Min, band.Max, .. context])
                    : new ClaimCheck(claim, Verdict.Contradicted, MessageText.Of(nameof(Messages.CheckRankOutsideBand), unitKey, band.Min.Value, band.Max.Value, value), [], [band.Min, band.Max], context.ToImmutable());
            }
        }

        if (isRank)
        {
            foreach (var other in edition.Facts.Where(f => f.Measure.Kind == MeasureKind.Rank && f.UnitKey != unitKey && f.Value == value))
            {
                context.Add(ToEvidence(other));
            }
        }

        var what = MessageText.Of(nameof(Messages.CheckWhatPublished), measureKey, unitKey, claim.Index == IndexKind.Pii ? "PII" : "DTI", editionYear);
        return Judge(claim, supporting, conflicting, context.ToImmutable(), what);
    }

    private ClaimCheck CheckShare(Claim claim, int year, decimal value)
    {
        var list = VietnamSeeds.UnitListOfYear(year);
        var unitKey = IsNational(claim) ? PublishedFact.National : _seeds.Unit(claim.Unit, list).Key;
        var all = _seeds.DigitalEconomyShares.Where(o => o.UnitKey == unitKey).ToList();
        var facts = all.Where(o => o.Year == year).Select(ToEvidence).ToList();
        var context = ImmutableArray.CreateBuilder<Evidence>();
        var (supporting, conflicting) = Split(claim, facts, value, context);
        if (supporting.IsEmpty && conflicting.IsEmpty)
        {
            context.AddRange(all.Where(o => o.Year != year).Select(ToEvidence));
        }

        return Judge(claim, supporting, conflicting, context.ToImmutable(), MessageText.Of(nameof(Messages.CheckWhatShare), unitKey, year));
    }

    private static ClaimCheck Judge(Claim claim, ImmutableArray<Evidence> supporting, ImmutableArray<Evidence> conflicting, ImmutableArray<Evidence> context, MessageText what)
    {
        if (!supporting.IsEmpty)
        {
            var sources = Sources(supporting);
            var one = supporting.SelectMany(e => e.Sources).Distinct(StringComparer.Ordinal).Count() == 1;
            var reason = conflicting.IsEmpty
                ? MessageText.Of(one ? nameof(Messages.CheckSameValueOne) : nameof(Messages.CheckSameValueMany), sources)
                : MessageText.Of(one ? nameof(Messages.CheckSameValueDisputedOne) : nameof(Messages.CheckSameValueDisputedMany), sources, Describe(conflicting));
            if (supporting.FirstOrDefault(e => e.Note.IsConflict || e.Note.IsUnconfirmed) is { } flagged)
            {
                reason = MessageText.Of(nameof(Messages.CheckFlagged), reason, flagged.Note.Text);
            }

            return new ClaimCheck(claim, Verdict.Confirmed, reason, supporting, conflicting, context);
        }

        if (!conflicting.IsEmpty)
        {
            return new ClaimCheck(claim, Verdict.Contradicted, MessageText.Of(nameof(Messages.CheckContradicted), Describe(conflicting), claim.Value), supporting, conflicting, context);
        }

        var own = context.Where(e => e.Sources.IsEmpty).ToList();
        var why = own.Count > 0
            ? MessageText.Of(nameof(Messages.CheckOwnSourceOnly), string.Join(", ", claim.Sources), what)
            : MessageText.Of(nameof(Messages.CheckNoSource), what);
        var related = context.Where(e => !e.Sources.IsEmpty && e.Year != claim.Edition).ToList();
        if (related.Count > 0)
        {
            var years = related.Select(e => e.Series is null
                ? MessageText.Of(nameof(Messages.CheckOtherYear), e.Value, e.Year, string.Join(", ", e.Sources))
                : MessageText.Of(nameof(Messages.CheckOtherYearSeries), e.Value, e.Year, e.Series, string.Join(", ", e.Sources)));
            why = MessageText.Of(nameof(Messages.CheckOtherYears), why, new MessageList([.. years], "; "));
        }

        return new ClaimCheck(claim, Verdict.Unknown, why, [], [], context);
    }

    private static (ImmutableArray<Evidence> Supporting, ImmutableArray<Evidence> Conflicting) Split(
        Claim claim, IEnumerable<Evidence> facts, decimal value, ImmutableArray<Evidence>.Builder context)
    {
        var supporting = ImmutableArray.CreateBuilder<Evidence>();
        var conflicting = ImmutableArray.CreateBuilder<Evidence>();
        foreach (var fact in facts)
        {
            var independent = fact.Sources.Where(s => !claim.Sources.Contains(s)).ToImmutableArray();
            if (independent.IsEmpty)
            {
                context.Add(fact with { Sources = [] });
            }
            else if (Agree(value, fact.Value))
            {
                supporting.Add(fact with { Sources = independent });
            }
            else
            {
                conflicting.Add(fact with { Sources = independent });
            }
        }

        return (supporting.ToImmutable(), conflicting.ToImmutable());
    }

    private static (Evidence Min, Evidence Max)? BandEvidence(Claim claim, PublishedEdition edition, string unitKey, ImmutableArray<Evidence>.Builder context)
    {
        Evidence? Independent(MeasureKind kind) => edition.FactsFor(unitKey, kind)
            .Select(f => ToEvidence(f))
            .Select(e => e with { Sources = e.Sources.Where(s => !claim.Sources.Contains(s)).ToImmutableArray() })
            .FirstOrDefault(e => !e.Sources.IsEmpty);
        var min = Independent(MeasureKind.RankBandMin);
        var max = Independent(MeasureKind.RankBandMax);
        return min is not null && max is not null ? (min, max) : null;
    }

    /// <summary>True when two numbers are equal at the precision of the less precise one (half-up rounding).</summary>
    internal static bool Agree(decimal a, decimal b)
    {
        var scale = Math.Min(a.Scale, b.Scale);
        return PublicationRounding.RoundHalfUp(a, scale) == PublicationRounding.RoundHalfUp(b, scale);
    }

    private static bool IsNational(Claim claim) => string.Equals(claim.Unit.Trim(), PublishedFact.National, StringComparison.OrdinalIgnoreCase);

    private static Evidence ToEvidence(PublishedFact f) => new(f.UnitKey, f.Edition, f.Measure.Key, f.Value, f.Sources, f.Note, f.Origin);

    private static Evidence ToEvidence(DigitalEconomyObservation o) =>
        new(o.UnitKey, o.Year, DigitalEconomyShareMeasure, o.SharePercent, o.Sources, new FactNote(o.Note), "digital_economy_share.csv", o.Series.ToString().ToLowerInvariant());

    private static string Sources(IEnumerable<Evidence> evidence) => string.Join(", ", evidence.SelectMany(e => e.Sources).Distinct(StringComparer.Ordinal));

    /// <summary>What the conflicting sources give, one item per fact: "baomoi-c52288304 gives 15; …".</summary>
    private static MessageList Describe(IEnumerable<Evidence> conflicting) => new(
        [.. conflicting.Select(e => (e.Sources.Length == 1, e.Series) switch
        {
            (true, null) => MessageText.Of(nameof(Messages.CheckSourceGivesOne), e.Sources[0], e.Value),
            (false, null) => MessageText.Of(nameof(Messages.CheckSourceGivesMany), string.Join(", ", e.Sources), e.Value),
            (true, { } series) => MessageText.Of(nameof(Messages.CheckSourceGivesSeriesOne), e.Sources[0], e.Value, series),
            (false, { } series) => MessageText.Of(nameof(Messages.CheckSourceGivesSeriesMany), string.Join(", ", e.Sources), e.Value, series),
        })],
        "; ");

    private static ClaimCheck Unknown(Claim claim, MessageText reason) => new(claim, Verdict.Unknown, reason, [], [], []);
}
