using System.Collections.Immutable;
using Nq52Metrics.DigitalEconomy;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Every target of Resolution 52-NQ/TW, Decision 411/QĐ-TTg and the related plans against the latest value the seeds
/// hold (<see cref="TargetOutlook"/>). Current values: the digital-economy share of GDP from the official GSO series
/// (current vintages), Vietnam's GII rank for the world GII target. Other targets are listed without a value, and
/// qualitative targets as such, with no number invented.
/// </summary>
public static class TargetScoreboard
{
    private const string ShareMetric = "de_share_gdp";
    private const string GiiWorldMetric = "gii_rank_world";

    /// <summary>Assesses the targets nationally, or a unit's digital-economy share against the national share targets.</summary>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <param name="unit">A province or 2025 unit (key, code or name): only the share targets, against the unit's latest
    /// share (GSO, else MIC); null for the whole country.</param>
    /// <param name="year">Assess as of this year (the latest value of this year or before); null for the latest value.
    /// A target whose year has passed is assessed with the latest value of its target year or before.</param>
    /// <returns>One outlook per target, in the order of <c>targets.csv</c>.</returns>
    /// <exception cref="Nq52ValidationException">An unknown unit.</exception>
    public static ImmutableArray<TargetOutlook> Assess(VietnamSeeds? seeds = null, string? unit = null, int? year = null)
    {
        seeds ??= VietnamSeeds.Embedded;
        var targets = seeds.Targets.AsEnumerable();
        IReadOnlyList<TargetReading> shares;
        if (unit is null)
        {
            shares = Readings(ShareScoreboard.Rank(seeds).Where(s => s.IsNational && s.IsCurrentVintage && s.Observation.Series == DigitalEconomySeries.Gso));
        }
        else
        {
            var keys = UnitsNamed(seeds, unit);
            var own = ShareScoreboard.Rank(seeds).Where(s => !s.IsNational && s.IsCurrentVintage && keys.Contains(s.Unit!))
                .Where(s => s.Observation.Series != DigitalEconomySeries.Unspecified && s.Observation.Year <= (year ?? int.MaxValue))
                .ToList();
            var series = own.Any(s => s.Observation.Series == DigitalEconomySeries.Gso) ? DigitalEconomySeries.Gso : DigitalEconomySeries.Mic;
            var chosen = own.Where(s => s.Observation.Series == series).ToList();
            // A CAGR across the 2025 merger would compare different territories: keep the list of the latest figure.
            var list = chosen.Count == 0 ? UnitList.Provinces63 : chosen.MaxBy(s => s.Observation.Year)!.Unit!.List;
            shares = Readings(chosen.Where(s => s.Unit!.List == list));
            targets = targets.Where(t => t.MetricKey == ShareMetric);
        }

        var gii = seeds.NationalObservations
            .Where(o => o.MetricKey == "gii_rank" && o.Year is not null)
            .Select(o => new TargetReading(o.Year!.Value, (double)o.Value, o.Sources, "Vietnam's GII rank"))
            .OrderBy(r => r.Year)
            .ToList();
        return targets.Select(t => Outlook(t, t.MetricKey switch
            {
                ShareMetric => shares,
                GiiWorldMetric when unit is null => gii,
                _ => [],
            }, year)).ToImmutableArray();
    }

    private static TargetOutlook Outlook(Target target, IReadOnlyList<TargetReading> series, int? year)
    {
        var until = Math.Min(year ?? int.MaxValue, target.TargetYear ?? int.MaxValue);
        var upTo = series.Where(r => r.Year <= until).ToList();
        var current = upTo.Count == 0 ? null : upTo[^1];
        var earlier = upTo.Count < 2 ? null : upTo[0];
        return TargetOutlook.Assess(target, current, earlier);
    }

    private static List<TargetReading> Readings(IEnumerable<ShareStanding> standings) =>
        standings.OrderBy(s => s.Observation.Year)
            .Select(s => new TargetReading(
                s.Observation.Year,
                (double)s.Observation.SharePercent,
                s.Observation.Sources,
                s.IsNational ? $"{Series(s.Observation.Series)} national share" : $"{Series(s.Observation.Series)} share of {s.Unit!.NameVi} ({s.Unit.List.Text().In(Localization.DisplayLanguage.English)})"))
            .ToList();

    private static string Series(DigitalEconomySeries series) => series.ToString().ToUpperInvariant();

    /// <summary>The province before 2025 and the 2025 unit a text names (one or both); an error when it names neither.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <param name="unit">What the user wrote.</param>
    /// <returns>The units found (one per list at most).</returns>
    internal static HashSet<AdministrativeUnit> UnitsNamed(VietnamSeeds seeds, string unit)
    {
        var found = new HashSet<AdministrativeUnit>();
        foreach (var list in new[] { UnitList.Provinces63, UnitList.Units34 })
        {
            if (seeds.TryFindUnit(unit, list, out var u))
            {
                found.Add(u);
            }
        }

        return found.Count > 0 ? found : throw UnknownUnit(unit);
    }

    /// <summary>The error for a text that names neither a province before 2025 nor a 2025 unit.</summary>
    /// <param name="unit">What the user wrote.</param>
    /// <returns>The exception.</returns>
    internal static Nq52ValidationException UnknownUnit(string unit) =>
        new($"unit \"{unit}\"", "neither one of the 63 provinces before the 2025 merger nor one of the 34 units formed in 2025 has this key, code or name.");
}
