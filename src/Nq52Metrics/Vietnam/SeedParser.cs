using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>Parses each seed file into typed records and checks them against each other (internal to <see cref="VietnamSeeds"/>).</summary>
internal sealed class SeedParser
{
    private readonly Func<string, string?> _read;
    private readonly ValidationProblems _problems = new();
    private HashSet<string> _sourceKeys = new(StringComparer.Ordinal);

    public SeedParser(Func<string, string?> read)
    {
        _read = read;
    }

    public ValidationProblems Problems => _problems;

    public IReadOnlySet<string> SourceKeys => _sourceKeys;

    public ImmutableArray<SourceReference> Sources()
    {
        var t = Open("sources.csv", ["key", "title", "publisher", "date", "url", "note"], checkSources: false);
        var result = ImmutableArray.CreateBuilder<SourceReference>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var key = t.Required(r, "key");
            if (key.Length > 0 && !_sourceKeys.Add(key))
            {
                t.Problem(r, "key", nameof(Messages.SeedSourceRepeated), key);
            }

            result.Add(new SourceReference(key, t.Required(r, "title"), t.Optional(r, "publisher"), t.Optional(r, "date"), t.Optional(r, "url"), t.Optional(r, "note")));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<Region> Regions()
    {
        var t = Open("regions.csv", ["code", "name_vi", "name_en", "province_count", "source"]);
        var result = ImmutableArray.CreateBuilder<Region>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var code = t.Required(r, "code");
            if (code.Length > 0 && !seen.Add(code))
            {
                t.Problem(r, "code", nameof(Messages.SeedRegionRepeated), code);
            }

            result.Add(new Region(code, t.Required(r, "name_vi"), t.Required(r, "name_en"), t.Whole(r, "province_count"), t.Sources(r)));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<Province> Provinces(ImmutableArray<Region> regions)
    {
        var t = Open("provinces.csv", ["gso_code", "name_vi", "ascii_key", "name_en", "region_code", "source"]);
        var result = ImmutableArray.CreateBuilder<Province>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var code = t.Required(r, "gso_code");
            if (code.Length != 2 || !code.All(char.IsAsciiDigit))
            {
                t.Problem(r, "gso_code", nameof(Messages.SeedGsoCodeInvalid), code);
            }
            else if (!codes.Add(code))
            {
                t.Problem(r, "gso_code", nameof(Messages.SeedGsoCodeRepeated), code);
            }

            var nameVi = t.Required(r, "name_vi");
            var key = CheckKey(t, r, "ascii_key", nameVi, keys);
            var region = t.Required(r, "region_code");
            if (region.Length > 0 && !regions.Any(x => x.Code == region))
            {
                t.Problem(r, "region_code", nameof(Messages.SeedRegionNotListed), region);
            }

            result.Add(new Province
            {
                Code = code,
                Key = key,
                NameVi = nameVi,
                NameEn = t.Required(r, "name_en"),
                RegionCode = region,
                Sources = t.Sources(r),
            });
        }

        var provinces = result.ToImmutable();
        if (t is not null)
        {
            foreach (var region in regions)
            {
                var count = provinces.Count(p => p.RegionCode == region.Code);
                if (count != region.ProvinceCount)
                {
                    _problems.AddMessage($"regions.csv region \"{region.Code}\"", nameof(Messages.SeedRegionProvinceCount), region.ProvinceCount, count);
                }
            }
        }

        return provinces;
    }

    public ImmutableArray<MergedUnit> Units2025()
    {
        var t = Open("units_2025.csv", ["code", "name_vi", "ascii_key", "name_en", "region_code", "source"]);
        var result = ImmutableArray.CreateBuilder<MergedUnit>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var code = t.Required(r, "code");
            if (code.Length > 0 && !codes.Add(code))
            {
                t.Problem(r, "code", nameof(Messages.SeedUnitCodeRepeated), code);
            }

            var nameVi = t.Required(r, "name_vi");
            result.Add(new MergedUnit
            {
                Code = code,
                Key = CheckKey(t, r, "ascii_key", nameVi, keys),
                NameVi = nameVi,
                NameEn = t.Required(r, "name_en"),
                RegionCode = t.Optional(r, "region_code"),
                Sources = t.Sources(r),
            });
        }

        return result.ToImmutable();
    }

    public ImmutableArray<MergerEntry> Merger(ImmutableArray<Province> provinces, ImmutableArray<MergedUnit> units)
    {
        var t = Open("merger_2025.csv", ["old_gso_code", "old_ascii_key", "new_code", "confirmed", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<MergerEntry>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var key = t.Required(r, "old_ascii_key");
            var gso = t.Required(r, "old_gso_code");
            var province = provinces.FirstOrDefault(p => p.Key == key);
            if (province is null)
            {
                t.Problem(r, "old_ascii_key", nameof(Messages.SeedNotAProvince), key);
            }
            else if (province.GsoCode != gso)
            {
                t.Problem(r, "old_gso_code", nameof(Messages.SeedGsoCodeMismatch), gso, key, province.GsoCode);
            }

            if (key.Length > 0 && !seen.TryAdd(key, t.Origin(r)))
            {
                t.Problem(r, "old_ascii_key", nameof(Messages.SeedProvinceMappedTwice), key, seen[key]);
            }

            var code = t.Required(r, "new_code");
            if (code.Length > 0 && !units.Any(u => u.Code == code))
            {
                t.Problem(r, "new_code", nameof(Messages.SeedNotAUnit2025), code);
            }

            result.Add(new MergerEntry(key, code, t.Flag(r, "confirmed"), t.Sources(r), t.Note(r)));
        }

        var entries = result.ToImmutable();
        if (t is not null)
        {
            foreach (var province in provinces.Where(p => !seen.ContainsKey(p.Key)))
            {
                _problems.AddMessage("merger_2025.csv", nameof(Messages.SeedProvinceNotMapped), province.Key);
            }

            foreach (var unit in units.Where(u => !entries.Any(e => e.UnitCode == u.Code)))
            {
                _problems.AddMessage("merger_2025.csv", nameof(Messages.SeedUnitWithoutProvince), unit.Code, unit.Key);
            }
        }

        return entries;
    }

    public ImmutableArray<PiiEdition> PiiEditions()
    {
        var t = Open("pii_editions.csv", ["edition", "units_covered", "published_date", "indicator_count", "pillar_count", "indicator_group_count", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<PiiEdition>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var label = t.Required(r, "edition");
            var pilot = label.EndsWith("-pilot", StringComparison.Ordinal);
            var yearText = pilot ? label[..^"-pilot".Length] : label;
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                t.Problem(r, "edition", nameof(Messages.SeedEditionLabelInvalid), label);
            }

            var covered = t.OptionalWhole(r, "units_covered");
            if (!pilot && covered is not (null or 63 or 34))
            {
                t.Problem(r, "units_covered", nameof(Messages.SeedUnitsCoveredInvalid), covered);
            }

            result.Add(new PiiEdition(
                label, year, pilot, covered, t.OptionalDate(r, "published_date"), t.OptionalWhole(r, "indicator_count"),
                t.OptionalWhole(r, "pillar_count"), t.OptionalWhole(r, "indicator_group_count"), t.Sources(r), t.Note(r)));
        }

        var editions = result.ToImmutable();
        foreach (var year in editions.Where(e => !e.IsPilot).Select(e => e.Year).Distinct())
        {
            if (!editions.Any(e => !e.IsPilot && e.Year == year && e.UnitsCovered is not null))
            {
                _problems.AddMessage("pii_editions.csv", nameof(Messages.SeedEditionWithoutUnits), year);
            }
        }

        return editions;
    }

    public ImmutableArray<PiiPillar> PiiPillars()
    {
        var t = Open("pii_pillars.csv", ["code", "name_en", "name_vi", "sub_index", "source"]);
        var result = ImmutableArray.CreateBuilder<PiiPillar>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var number = t.Whole(r, "code");
            if (number != r + 1)
            {
                t.Problem(r, "code", nameof(Messages.SeedPillarOutOfOrder), number);
            }

            var subIndex = t.Required(r, "sub_index") switch
            {
                "input" => PiiSubIndex.Input,
                "output" => PiiSubIndex.Output,
                var other => Invalid(t, r, "sub_index", nameof(Messages.SeedSubIndexInvalid), other, PiiSubIndex.Input),
            };
            result.Add(new PiiPillar(number, t.Required(r, "name_en"), t.Required(r, "name_vi"), subIndex, t.Sources(r)));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<PiiKnownIndicator> PiiIndicators(ImmutableArray<PiiPillar> pillars)
    {
        var t = Open("pii_indicators.csv", ["code", "name_vi", "name_en", "pillar", "pillar_inferred", "direction", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<PiiKnownIndicator>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var code = t.Required(r, "code");
            if (code.Length > 0 && !codes.Add(code))
            {
                t.Problem(r, "code", nameof(Messages.SeedIndicatorRepeated), code);
            }

            var pillar = t.OptionalWhole(r, "pillar");
            if (pillar is { } p && !pillars.Any(x => x.Number == p))
            {
                t.Problem(r, "pillar", nameof(Messages.SeedPillarInvalid), p);
            }

            var note = t.Note(r);
            var candidates = pillar is { } known ? [known] : CandidatePillars(note.Text);
            if (candidates.IsEmpty)
            {
                t.Problem(r, "pillar", nameof(Messages.SeedPillarEmpty));
            }

            var direction = t.Required(r, "direction") switch
            {
                "+1" or "1" => Direction.Positive,
                "-1" => Direction.Negative,
                var other => Invalid(t, r, "direction", nameof(Messages.SeedDirectionInvalid), other, Direction.Positive),
            };
            result.Add(new PiiKnownIndicator(code, t.Required(r, "name_vi"), t.Required(r, "name_en"), pillar, candidates, t.Flag(r, "pillar_inferred"), direction, t.Sources(r), note));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<PublishedFact> Published(
        string file,
        IndexKind index,
        Func<int, UnitList?> unitListOf,
        Func<string, UnitList, bool> unitExists,
        IReadOnlySet<string> indicatorCodes)
    {
        var t = Open(file, ["edition", "unit_key", "measure", "value", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<PublishedFact>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var edition = t.Whole(r, "edition");
            var list = unitListOf(edition);
            if (list is null)
            {
                t.Problem(r, "edition", nameof(Messages.SeedEditionNotPublished), edition, index.ToString().ToUpperInvariant());
            }

            var unit = t.Required(r, "unit_key");
            if (list is { } l && unit != PublishedFact.National && !unitExists(unit, l))
            {
                t.Problem(r, "unit_key", nameof(Messages.SeedUnitNotInEdition), unit, l.Text(), edition);
            }

            var key = t.Required(r, "measure");
            if (!Measure.TryParse(key, out var measure))
            {
                t.Problem(r, "measure", nameof(Messages.SeedMeasureUnknown), key);
                measure = new Measure(MeasureKind.Score, key);
            }
            else if (measure.Kind == MeasureKind.IndicatorScore && !indicatorCodes.Contains(measure.Component!))
            {
                t.Problem(r, "measure", nameof(Messages.SeedIndicatorNotListed), measure.Component!);
            }

            result.Add(new PublishedFact(index, edition, unit, measure, t.Number(r, "value"), t.Sources(r), t.Note(r), t.Origin(r)));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<RegionMeanFact> RegionMeans(ImmutableArray<Region> regions, IReadOnlySet<int> editions)
    {
        var t = Open("pii_region_means.csv", ["edition", "region_code", "measure", "value", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<RegionMeanFact>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var edition = t.Whole(r, "edition");
            if (!editions.Contains(edition))
            {
                t.Problem(r, "edition", nameof(Messages.SeedEditionNotPublished), edition, "PII");
            }

            var region = t.Required(r, "region_code");
            if (!regions.Any(x => x.Code == region))
            {
                t.Problem(r, "region_code", nameof(Messages.SeedRegionNotListed), region);
            }

            var isRank = t.Required(r, "measure") switch
            {
                "mean_score" => false,
                "mean_rank" => true,
                var other => Invalid(t, r, "measure", nameof(Messages.SeedRegionMeanMeasureInvalid), other, false),
            };
            result.Add(new RegionMeanFact(edition, region, isRank, t.Number(r, "value"), t.Sources(r), t.Note(r), t.Origin(r)));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<DigitalEconomyObservation> DigitalEconomyShares(Func<string, UnitList, bool> unitExists)
    {
        var t = Open("digital_economy_share.csv", ["year", "unit_key", "series", "share_percent", "core_value_added", "digitalised_value_added", "grdp", "unit_of_money", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<DigitalEconomyObservation>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var year = t.Whole(r, "year");
            var unit = t.Required(r, "unit_key");
            var list = VietnamSeeds.UnitListOfYear(year);
            if (unit != PublishedFact.National && !unitExists(unit, list))
            {
                t.Problem(r, "unit_key", nameof(Messages.SeedUnitNotInYear), unit, list.Text(), year);
            }

            var series = ParseSeries(t, r);
            var core = t.OptionalNumber(r, "core_value_added");
            var digitalised = t.OptionalNumber(r, "digitalised_value_added");
            var grdp = t.OptionalNumber(r, "grdp");
            DigitalEconomyShare? components = null;
            if (core is not null || digitalised is not null || grdp is not null)
            {
                if (core is { } c && digitalised is { } d && grdp is { } g)
                {
                    var share = DigitalEconomyShare.TryCreate(c, d, g);
                    if (!share.TryGetValue(out components))
                    {
                        t.Problem(r, "grdp", string.Join(" ", share.Problems.Select(p => p.ToString())));
                    }
                }
                else
                {
                    t.Problem(r, "core_value_added", nameof(Messages.SeedValueAddedTogether));
                }
            }

            result.Add(new DigitalEconomyObservation(year, unit, series, t.Number(r, "share_percent"), components, t.Optional(r, "unit_of_money"), t.Sources(r), t.Note(r).Text));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<PublishedBandCount> DigitalEconomyBands()
    {
        var t = Open("digital_economy_bands.csv", ["year", "series", "min_percent", "max_percent", "province_count", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<PublishedBandCount>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var year = t.Whole(r, "year");
            var series = ParseSeries(t, r);
            var min = t.OptionalNumber(r, "min_percent");
            var max = t.OptionalNumber(r, "max_percent");
            if (ShareBand.Problem(min, max) is { } problem)
            {
                t.Problem(r, "min_percent", problem);
                continue;
            }

            result.Add(new PublishedBandCount(year, series, new ShareBand(min, max), t.Whole(r, "province_count"), t.Sources(r), t.Note(r).Text));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<NationalObservation> NationalObservations()
    {
        var t = Open("national_observations.csv", ["period", "metric_key", "value", "unit", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<NationalObservation>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var period = t.Optional(r, "period");
            int? year = period is not null && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            result.Add(new NationalObservation(period, year, t.Required(r, "metric_key"), t.Number(r, "value"), t.Required(r, "unit"), t.Sources(r), t.Note(r)));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<Target> Targets()
    {
        var t = Open("targets.csv", ["instrument", "target_year", "metric_key", "metric_name", "value", "unit", "comparator", "source", "note"]);
        var result = ImmutableArray.CreateBuilder<Target>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var value = t.OptionalNumber(r, "value");
            var unit = t.Optional(r, "unit");
            TargetComparator? comparator = t.Optional(r, "comparator") switch
            {
                null => null,
                ">=" => TargetComparator.AtLeast,
                "<=" => TargetComparator.AtMost,
                "=" => TargetComparator.About,
                var other => Invalid<TargetComparator?>(t, r, "comparator", nameof(Messages.SeedComparatorInvalid), other, null),
            };
            var numeric = value is not null;
            if (numeric != (unit is not null) || numeric != (comparator is not null))
            {
                t.Problem(r, "value", nameof(Messages.SeedTargetIncomplete));
            }

            var note = t.Note(r);
            if (!numeric && !note.Markers.HasFlag(NoteMarkers.Qualitative))
            {
                t.Problem(r, "note", nameof(Messages.SeedTargetNotMarked));
            }

            result.Add(new Target(t.Required(r, "instrument"), t.OptionalWhole(r, "target_year"), t.Required(r, "metric_key"), t.Required(r, "metric_name"), value, unit, comparator, t.Sources(r), note.Text));
        }

        return result.ToImmutable();
    }

    public ImmutableArray<Claim> ArticleClaims(Func<string, bool> unitKnown) =>
        ClaimFile(Open("article_claims.csv", ClaimColumns), unitKnown, requireSources: true);

    /// <summary>The columns of <c>article_claims.csv</c>.</summary>
    internal static readonly string[] ClaimColumns = ["claim_id", "text_vi", "unit_key", "edition", "measure", "value", "scope", "source", "note"];

    /// <summary>The columns a claims CSV must have (the others of <see cref="ClaimColumns"/> are optional).</summary>
    internal static readonly string[] RequiredClaimColumns = ["unit_key", "edition", "measure", "value"];

    internal static ImmutableArray<Claim> ClaimFile(SeedTable? t, Func<string, bool> unitKnown, bool requireSources)
    {
        var result = ImmutableArray.CreateBuilder<Claim>();
        for (var r = 0; t is not null && r < t.RowCount; r++)
        {
            var unit = t.Required(r, "unit_key");
            if (unit.Length > 0 && unit != PublishedFact.National && !unitKnown(unit))
            {
                t.Problem(r, "unit_key", nameof(Messages.SeedClaimUnitInvalid), unit);
            }

            ClaimScope? scope = t.Optional(r, "scope") switch
            {
                null => null,
                "national" => ClaimScope.National,
                "region" => ClaimScope.Region,
                "province" => ClaimScope.Province,
                var other => Invalid<ClaimScope?>(t, r, "scope", nameof(Messages.SeedScopeInvalid), other, null),
            };
            result.Add(new Claim
            {
                Id = t.Optional(r, "claim_id"),
                Text = t.Optional(r, "text_vi"),
                Unit = unit,
                Edition = t.OptionalWhole(r, "edition"),
                Measure = t.Required(r, "measure"),
                Value = t.Required(r, "value"),
                Scope = scope,
                Sources = t.Sources(r, required: requireSources),
                Origin = t.Origin(r),
                Index = t.Text(r, "index") is "dti" ? IndexKind.Dti : IndexKind.Pii,
            });
        }

        return result.ToImmutable();
    }

    internal SeedTable? Open(string file, IReadOnlyList<string> columns, bool checkSources = true) =>
        SeedTable.Open(file, _read(file), columns, _problems, checkSources ? _sourceKeys : null);

    private static DigitalEconomySeries ParseSeries(SeedTable t, int r) => t.Required(r, "series") switch
    {
        "gso" => DigitalEconomySeries.Gso,
        "mic" => DigitalEconomySeries.Mic,
        "unspecified" => DigitalEconomySeries.Unspecified,
        var other => Invalid(t, r, "series", nameof(Messages.SeedSeriesInvalid), other, DigitalEconomySeries.Unspecified),
    };

    private static ImmutableArray<int> CandidatePillars(string note)
    {
        // "pillar 4 or 5 (inferred; not settled)"
        var words = note.Split([' ', ';', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 3 < words.Length; i++)
        {
            if (words[i] == "pillar" && words[i + 2] == "or"
                && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                && int.TryParse(words[i + 3], NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                return [a, b];
            }
        }

        return [];
    }

    private static string CheckKey(SeedTable t, int r, string column, string nameVi, HashSet<string> keys)
    {
        var key = t.Required(r, column);
        if (key.Length == 0)
        {
            return key;
        }

        if (UnitNames.ToKey(key) != key)
        {
            t.Problem(r, column, nameof(Messages.SeedKeyNotAscii), key);
        }
        else if (!UnitNames.CandidateKeys(nameVi).Contains(key))
        {
            t.Problem(r, column, nameof(Messages.SeedKeyNotSpelling), key, nameVi);
        }

        if (!keys.Add(key))
        {
            t.Problem(r, column, nameof(Messages.SeedKeyRepeated), key);
        }

        return key;
    }

    private static T Invalid<T>(SeedTable t, int r, string column, string key, object argument, T fallback)
    {
        t.Problem(r, column, key, argument);
        return fallback;
    }
}
