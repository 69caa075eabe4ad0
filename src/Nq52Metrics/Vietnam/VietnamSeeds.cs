using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The Vietnam seed facts as immutable typed records: the 63 provinces and 6 regions, the 34 units of 2025 and the
/// merger map, published PII and DTI results, digital-economy shares and band counts, national observations, policy
/// targets and the seed article's claims. Every fact names its sources; conflicting versions are kept side by side.
/// All files are validated together when loaded (row counts, codes, cross-references, source keys).
/// </summary>
/// <remarks>
/// <see cref="Embedded"/> holds the seeds shipped in the package; <see cref="LoadDirectory"/> reads a folder with the
/// same file names (e.g. an updated copy of <c>seeds/vietnam</c>).
/// </remarks>
public sealed class VietnamSeeds
{
    /// <summary>The file names of the seed folder.</summary>
    public static ImmutableArray<string> FileNames { get; } =
    [
        "sources.csv", "regions.csv", "provinces.csv", "units_2025.csv", "merger_2025.csv", "pii_editions.csv",
        "pii_pillars.csv", "pii_indicators.csv", "pii_published.csv", "pii_region_means.csv", "dti_published.csv",
        "digital_economy_share.csv", "digital_economy_bands.csv", "national_observations.csv", "targets.csv",
        "article_claims.csv",
    ];

    /// <summary>The first DTI edition computed on the 34 units of 2025 (DTI 2024, published 21 Oct 2025).</summary>
    public const int FirstDtiEditionOnUnits34 = 2024;

    /// <summary>The first year whose digital-economy shares refer to the 34 units of 2025.</summary>
    public const int FirstYearOnUnits34 = 2025;

    private const string ResourcePrefix = "Nq52Metrics.Seeds.vietnam.";

    private static readonly Lazy<VietnamSeeds> EmbeddedSeeds = new(() => Load(ReadResource, "the embedded seeds"));

    private FrozenDictionary<string, AdministrativeUnit> _provinceAliases = FrozenDictionary<string, AdministrativeUnit>.Empty;
    private FrozenDictionary<string, AdministrativeUnit> _unitAliases = FrozenDictionary<string, AdministrativeUnit>.Empty;

    // Set once while loading (the published results refer back to these seeds for unit and region look-ups).
    private PiiSeeds _pii = null!;
    private PublishedResults _dti = null!;

    private VietnamSeeds()
    {
    }

    /// <summary>The seeds shipped with the library (loaded and validated on first use).</summary>
    public static VietnamSeeds Embedded => EmbeddedSeeds.Value;

    /// <summary>Every source, in the order of <c>sources.csv</c>.</summary>
    public ImmutableArray<SourceReference> Sources { get; private init; }

    /// <summary>The six socio-economic regions.</summary>
    public ImmutableArray<Region> Regions { get; private init; }

    /// <summary>The 63 provinces before the 2025 merger, in GSO-code order.</summary>
    public ImmutableArray<Province> Provinces { get; private init; }

    /// <summary>The 34 units formed on 1 July 2025.</summary>
    public ImmutableArray<MergedUnit> Units2025 { get; private init; }

    /// <summary>Which 2025 unit each old province went into.</summary>
    public MergerMap Merger { get; private init; } = null!;

    /// <summary>The Provincial Innovation Index: editions, pillars, known indicators, published results.</summary>
    public PiiSeeds Pii => _pii;

    /// <summary>The published Digital Transformation Index results.</summary>
    public PublishedResults Dti => _dti;

    /// <summary>Digital-economy shares of GDP/GRDP (GSO and MIC series kept apart).</summary>
    public ImmutableArray<DigitalEconomyObservation> DigitalEconomyShares { get; private init; }

    /// <summary>Published counts of provinces by digital-economy share band.</summary>
    public ImmutableArray<PublishedBandCount> DigitalEconomyBands { get; private init; }

    /// <summary>Other national figures (GII rank, e-government rank, digital-economy value added…).</summary>
    public ImmutableArray<NationalObservation> NationalObservations { get; private init; }

    /// <summary>The targets of Resolution 52-NQ/TW, Decision 411/QĐ-TTg and related plans.</summary>
    public ImmutableArray<Target> Targets { get; private init; }

    /// <summary>Every checkable number of the seed article, as claims.</summary>
    public ImmutableArray<Claim> ArticleClaims { get; private init; }

    /// <summary>Loads and validates the seed files of a folder (the file names of <see cref="FileNames"/>).</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The seeds.</returns>
    /// <exception cref="Nq52ValidationException">The folder does not exist, or files are missing or invalid; every problem
    /// is reported with its file, line and column.</exception>
    public static VietnamSeeds LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw ProblemMessages.Invalid(directory, nameof(Messages.SeedFolderMissing));
        }

        return Load(file => ReadFile(Path.Combine(directory, file)), directory);
    }

    /// <summary>The unit list the digital-economy shares of a year refer to.</summary>
    /// <param name="year">A year.</param>
    /// <returns>The 34 units from <see cref="FirstYearOnUnits34"/>, the 63 provinces before.</returns>
    public static UnitList UnitListOfYear(int year) => year >= FirstYearOnUnits34 ? UnitList.Units34 : UnitList.Provinces63;

    /// <summary>A source by key.</summary>
    /// <param name="key">A source key, e.g. <c>article-seed</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="Nq52ValidationException">No source has that key.</exception>
    public SourceReference Source(string key) =>
        Sources.FirstOrDefault(s => s.Key == key) ?? throw ProblemMessages.Invalid($"source \"{key}\"", nameof(Messages.SourceUnknown));

    /// <summary>A region by code (<c>CH</c>) or name in Vietnamese or English, diacritics and case ignored.</summary>
    /// <param name="codeOrName">The code or a name.</param>
    /// <returns>The region.</returns>
    /// <exception cref="Nq52ValidationException">No region matches.</exception>
    public Region Region(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = UnitNames.ToKey(codeOrName);
        return Regions.FirstOrDefault(r => string.Equals(r.Code, codeOrName.Trim(), StringComparison.OrdinalIgnoreCase)
                || UnitNames.ToKey(r.NameVi) == key || UnitNames.ToKey(r.NameEn) == key)
            ?? throw ProblemMessages.Invalid($"region \"{codeOrName}\"", nameof(Messages.RegionUnknown), string.Join(", ", Regions.Select(r => $"{r.Code} ({r.NameEn})")));
    }

    /// <summary>The units of one list.</summary>
    /// <param name="list">63 provinces or 34 units.</param>
    /// <returns>The units, in file order.</returns>
    public ImmutableArray<AdministrativeUnit> UnitsOf(UnitList list) =>
        list == UnitList.Provinces63 ? Provinces.CastArray<AdministrativeUnit>() : Units2025.CastArray<AdministrativeUnit>();

    /// <summary>
    /// Finds a unit of one list by its key, code (GSO or <c>N01</c>…), Vietnamese or English name; diacritics, case,
    /// punctuation and words such as "Thành phố", "TP", "Tỉnh", "City", "Province" are ignored.
    /// </summary>
    /// <param name="text">What the user wrote, e.g. <c>Thái Nguyên</c>, <c>thai-nguyen</c>, <c>Hanoi</c>, <c>19</c>.</param>
    /// <param name="list">The list to search.</param>
    /// <param name="unit">The unit found.</param>
    /// <returns>True when exactly one unit matches.</returns>
    public bool TryFindUnit(string text, UnitList list, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdministrativeUnit? unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var aliases = list == UnitList.Provinces63 ? _provinceAliases : _unitAliases;
        var code = Codes.Normalize(text.Trim());
        unit = UnitsOf(list).FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        if (unit is not null)
        {
            return true;
        }

        foreach (var key in UnitNames.CandidateKeys(text))
        {
            if (aliases.TryGetValue(key, out unit))
            {
                return true;
            }
        }

        unit = null;
        return false;
    }

    /// <summary>Finds a unit like <see cref="TryFindUnit"/> and fails when there is none.</summary>
    /// <param name="text">A key, code or name.</param>
    /// <param name="list">The list to search.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="Nq52ValidationException">No unit of the list matches (the other list is suggested when it has one).</exception>
    public AdministrativeUnit Unit(string text, UnitList list) =>
        TryFindUnit(text, list, out var unit) ? unit : throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter($"unit \"{text}\""), UnitProblem(text, list)!)]);

    /// <summary>Why <see cref="Unit"/> finds no unit for the text in the list, or null when it finds one.</summary>
    internal MessageText? UnitProblem(string text, UnitList list)
    {
        if (TryFindUnit(text, list, out _))
        {
            return null;
        }

        var other = list == UnitList.Provinces63 ? UnitList.Units34 : UnitList.Provinces63;
        return (list, TryFindUnit(text, other, out var elsewhere)) switch
        {
            (UnitList.Provinces63, true) => MessageText.Of(nameof(Messages.UnitNotAmong63ButUnit34), elsewhere!.NameVi),
            (UnitList.Provinces63, false) => MessageText.Of(nameof(Messages.UnitNotAmong63)),
            (_, true) => MessageText.Of(nameof(Messages.UnitNotAmong34ButProvince63), elsewhere!.NameVi),
            _ => MessageText.Of(nameof(Messages.UnitNotAmong34)),
        };
    }

    /// <summary>
    /// The digital-economy shares of one unit (or <c>national</c>) in one series, by year; revisions of the same year are
    /// all kept, in file order (see their notes). Before 2025 the key names one of the 63 provinces, from 2025 a 2025 unit.
    /// </summary>
    /// <param name="unitKey">A unit key or <c>national</c>.</param>
    /// <param name="series">GSO, MIC or unspecified.</param>
    /// <returns>The observations, oldest first (empty when none).</returns>
    public ImmutableArray<DigitalEconomyObservation> ShareSeries(string unitKey, DigitalEconomySeries series) =>
        DigitalEconomyShares.Where(o => o.UnitKey == unitKey && o.Series == series)
            .Select((o, i) => (o, i))
            .OrderBy(p => p.o.Year)
            .ThenBy(p => p.i)
            .Select(p => p.o)
            .ToImmutableArray();

    /// <summary>A numeric or qualitative target.</summary>
    /// <param name="instrument">The instrument key (see <see cref="TargetInstruments"/>).</param>
    /// <param name="metricKey">The metric key, e.g. <c>de_share_gdp</c>.</param>
    /// <param name="year">The target year.</param>
    /// <returns>The target.</returns>
    /// <exception cref="Nq52ValidationException">No such target.</exception>
    public Target Target(string instrument, string metricKey, int year) =>
        Targets.FirstOrDefault(t => t.Instrument == instrument && t.MetricKey == metricKey && t.TargetYear == year)
        ?? throw ProblemMessages.Invalid(
            $"target {instrument}/{metricKey}/{year.ToString(CultureInfo.InvariantCulture)}",
            nameof(Messages.TargetUnknown),
            instrument,
            string.Join(", ", Targets.Where(t => t.Instrument == instrument).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.MetricKey}/{t.TargetYear}"))));

    private static VietnamSeeds Load(Func<string, string?> read, string origin)
    {
        var parser = new SeedParser(read);
        var sources = parser.Sources();
        var regions = parser.Regions();
        var provinces = parser.Provinces(regions);
        var units = parser.Units2025();
        var merger = parser.Merger(provinces, units);
        var editions = parser.PiiEditions();
        var pillars = parser.PiiPillars();
        var indicators = parser.PiiIndicators(pillars);
        var provinceKeys = provinces.Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
        var unitKeys = units.Select(u => u.Key).ToFrozenSet(StringComparer.Ordinal);
        bool Exists(string key, UnitList list) => list == UnitList.Provinces63 ? provinceKeys.Contains(key) : unitKeys.Contains(key);
        UnitList? PiiList(int edition) => editions.FirstOrDefault(e => !e.IsPilot && e.Year == edition && e.UnitsCovered is not null) is { } row
            ? row.UnitsCovered == 34 ? UnitList.Units34 : UnitList.Provinces63
            : null;
        static UnitList DtiList(int edition) => edition >= FirstDtiEditionOnUnits34 ? UnitList.Units34 : UnitList.Provinces63;
        var indicatorCodes = indicators.Select(i => i.Code).ToFrozenSet(StringComparer.Ordinal);
        var piiFacts = parser.Published("pii_published.csv", IndexKind.Pii, PiiList, Exists, indicatorCodes);
        var piiEditions = editions.Where(e => !e.IsPilot && e.UnitsCovered is not null).Select(e => e.Year).Distinct().Order().ToImmutableArray();
        var regionMeans = parser.RegionMeans(regions, piiEditions.ToHashSet());
        var dtiFacts = parser.Published("dti_published.csv", IndexKind.Dti, e => DtiList(e), Exists, indicatorCodes);
        var shares = parser.DigitalEconomyShares(Exists);
        var bands = parser.DigitalEconomyBands();
        var observations = parser.NationalObservations();
        var targets = parser.Targets();
        var claims = parser.ArticleClaims(key => provinceKeys.Contains(key) || unitKeys.Contains(key));
        parser.Problems.ThrowIfAny(origin);

        var seeds = new VietnamSeeds
        {
            Sources = sources,
            Regions = regions,
            Provinces = provinces,
            Units2025 = units,
            Merger = new MergerMap(merger, provinces, units),
            DigitalEconomyShares = shares,
            DigitalEconomyBands = bands,
            NationalObservations = observations,
            Targets = targets,
            ArticleClaims = claims,
            _provinceAliases = Aliases(provinces.CastArray<AdministrativeUnit>()),
            _unitAliases = Aliases(units.CastArray<AdministrativeUnit>()),
        };
        var dtiEditions = dtiFacts.Select(f => f.Edition).Distinct().Order().ToImmutableArray();
        seeds._pii = new PiiSeeds(
            editions,
            pillars,
            indicators,
            regionMeans,
            new PublishedResults(seeds, IndexKind.Pii, piiEditions, piiFacts, regionMeans, e => PiiList(e) ?? UnitList.Provinces63));
        seeds._dti = new PublishedResults(seeds, IndexKind.Dti, dtiEditions, dtiFacts, [], DtiList);
        return seeds;
    }

    private static FrozenDictionary<string, AdministrativeUnit> Aliases(ImmutableArray<AdministrativeUnit> units)
    {
        var map = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var keys = new[] { unit.Key, UnitNames.Compact(unit.Key) }
                .Concat(UnitNames.CandidateKeys(unit.NameVi))
                .Concat(UnitNames.CandidateKeys(unit.NameEn))
                .Distinct(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (map.TryGetValue(key, out var existing) && !ReferenceEquals(existing, unit))
                {
                    ambiguous.Add(key);
                }

                map[key] = unit;
            }
        }

        foreach (var key in ambiguous)
        {
            map.Remove(key);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string? ReadResource(string file)
    {
        using var stream = typeof(VietnamSeeds).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string? ReadFile(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
