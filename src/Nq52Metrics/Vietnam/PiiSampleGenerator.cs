using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Generates the PII <b>sample</b> dataset: the real 63 provinces with their regions, and <b>made-up</b> values for 52
/// indicators (the 23 known by name, placed under their inferred pillars, plus generic placeholders so that every
/// pillar has 7 or 8). Full indicator-level PII data are not public, so the sample exists to run and demonstrate the
/// pipeline; it must never be presented as real results.
/// </summary>
/// <remarks>
/// <para>Reproducible: the same seed gives byte-identical files on every machine (counter-based SplitMix64 draws and
/// only IEEE-exact arithmetic: additions, multiplications, divisions, rounding to two decimals).</para>
/// <para>Calibration, so that scores land in a plausible range: each province gets a latent level equal to its
/// published PII 2023 score where the seeds have one (the mean of the versions when sources disagree); otherwise the
/// best-supported published 2023 mean of its region over the provinces without a published score, plus noise (sd 4).
/// A pillar level adds a sub-index offset (+4 for input pillars, −4 for output pillars) and noise (sd 6); an indicator
/// adds noise (sd 10), is clamped to 0–100 and rounded to two decimals ("sample points"). Count-like indicators
/// (R&amp;D expenditure, FDI, exports, IP applications) are made heavy-tailed: 1000 × (points / 100)^4. Normal draws are
/// Irwin–Hall sums of 12 uniforms.</para>
/// <para>Two periods (the <c>Time</c> column, last): <see cref="PiiSample.CalibrationEdition"/> as above, and the year
/// before it, so that a trend can be shown on sample data. The earlier year's points are the calibration year's minus a
/// province drift (mean 1, sd 2) and an indicator change (sd 3), clamped to 0–100 and rounded the same way.</para>
/// </remarks>
public static class PiiSampleGenerator
{
    /// <summary>The seed of the shipped sample.</summary>
    public const int DefaultSeed = 52;

    /// <summary>How many indicators each pillar gets (known ones first, then placeholders): 52 in all.</summary>
    public static ImmutableArray<int> IndicatorsPerPillar { get; } = [8, 8, 8, 7, 7, 7, 7];

    /// <summary>The known indicators drawn heavy-tailed (count-like values).</summary>
    public static ImmutableArray<string> HeavyTailed { get; } =
        ["rd_expenditure", "fdi_grdp", "export_value", "design_apps_per_10k", "collective_tm_apps", "patent_utility_apps"];

    private const ulong Stream = 0x5A4D504C45UL; // "SAMPLE"
    private const double LevelNoise = 4;
    private const double PillarNoise = 5;
    private const double IndicatorNoise = 18;
    private const double SubIndexOffset = 4;
    private const double MeanDrift = 1;
    private const double DriftNoise = 2;
    private const double ChangeNoise = 3;
    private const int DriftDimension = 1000;
    private const int ChangeDimension = 1001;

    /// <summary>The earlier period of the sample: the year before <see cref="PiiSample.CalibrationEdition"/>.</summary>
    public const int EarlierPeriod = PiiSample.CalibrationEdition - 1;

    /// <summary>Generates the sample files.</summary>
    /// <param name="seed">The seed; <see cref="DefaultSeed"/> reproduces the shipped files.</param>
    /// <param name="seeds">The Vietnam seeds (provinces, regions, pillars, known indicators, published 2023 scores); default embedded.</param>
    /// <returns>The framework and data CSV texts.</returns>
    /// <exception cref="Nq52ValidationException">The seeds publish no calibration-edition mean for some region.</exception>
    public static PiiSampleFiles Generate(int seed = DefaultSeed, VietnamSeeds? seeds = null)
    {
        seeds ??= VietnamSeeds.Embedded;
        var indicators = Indicators(seeds);
        var levels = LatentLevels(seeds, (ulong)seed);
        var data = new StringBuilder();
        data.Append("uCode,uName,").Append(PiiFramework.RegionColumn).Append(',').Append(PiiSample.DataStatusColumn);
        foreach (var indicator in indicators)
        {
            data.Append(',').Append(indicator.Code);
        }

        data.Append(",Time\n");
        var earlier = new StringBuilder();
        for (var u = 0; u < seeds.Provinces.Length; u++)
        {
            var province = seeds.Provinces[u];
            var start = string.Concat(Field(province.Key), ",", Field(province.NameVi), ",", province.RegionCode, ",", PiiSample.SampleMarker);
            data.Append(start);
            earlier.Append(start);
            var pillarLevels = new double[PiiFramework.PillarCount + 1];
            for (var p = 1; p <= PiiFramework.PillarCount; p++)
            {
                var offset = PiiFramework.SubIndexOf(p) == PiiSubIndex.Input ? SubIndexOffset : -SubIndexOffset;
                pillarLevels[p] = levels[u] + offset + (PillarNoise * Normal((ulong)seed, u, p));
            }

            var drift = MeanDrift + (DriftNoise * Normal((ulong)seed, u, DriftDimension));
            for (var j = 0; j < indicators.Length; j++)
            {
                var points = Math.Clamp(pillarLevels[indicators[j].Pillar] + (IndicatorNoise * Normal((ulong)seed, u, 100 + j)), 0, 100);
                var before = Math.Clamp(points - drift - (ChangeNoise * Normal((ulong)seed, u, ChangeDimension + j)), 0, 100);
                data.Append(',').Append(Value(points, indicators[j].Heavy));
                earlier.Append(',').Append(Value(before, indicators[j].Heavy));
            }

            data.Append(',').Append(PiiSample.CalibrationEdition.ToString(CultureInfo.InvariantCulture)).Append('\n');
            earlier.Append(',').Append(EarlierPeriod.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        data.Append(earlier);
        return new PiiSampleFiles(seed, Meta(seeds, indicators, seed), data.ToString());
    }

    /// <summary>A value as written: points, or for a heavy-tailed indicator 1000 × (points / 100)^4, to two decimals.</summary>
    private static string Value(double points, bool heavy)
    {
        var share = points / 100;
        var value = heavy ? 1000 * (share * share * share * share) : points;
        return Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string Meta(VietnamSeeds seeds, ImmutableArray<SampleIndicator> indicators, int seed)
    {
        var meta = new StringBuilder("Level,iCode,iName,Direction,Weight,Parent,Type,Unit,Note\n");
        foreach (var i in indicators)
        {
            meta.Append("1,").Append(i.Code).Append(',').Append(Field(i.Name)).Append(",1,1,").Append(PiiFramework.PillarCode(i.Pillar))
                .Append(",Indicator,").Append(Field(i.Heavy ? "sample count (heavy-tailed; not the real unit)" : "sample points (0-100; not the real unit)"))
                .Append(',').Append(Field(i.Note)).Append('\n');
        }

        foreach (var node in PiiFramework.AggregateNodes(2, seeds))
        {
            meta.Append(node.Level.ToString(CultureInfo.InvariantCulture)).Append(',').Append(node.Code).Append(',').Append(Field(node.Name))
                .Append(",1,1,").Append(node.Parent ?? "").Append(",Aggregate,,")
                .Append(Field(node.Code == PiiFramework.IndexCode ? "PII = mean(Input, Output); efficiency ratio = Output / Input" : ""))
                .Append('\n');
        }

        meta.Append(',').Append(PiiFramework.RegionColumn).Append(",Socio-economic region (6 regions of the 63 provinces),,,,Group,,real region of each province (seeds/vietnam/provinces.csv)\n");
        meta.Append(',').Append(PiiSample.DataStatusColumn)
            .Append(',').Append(Field(string.Create(CultureInfo.InvariantCulture, $"SAMPLE DATA generated by tools/PiiSampleGenerator with seed {seed}; not real PII data")))
            .Append(",,,,Other,,every row of the sample data says SAMPLE\n");
        return meta.ToString();
    }

    private static ImmutableArray<SampleIndicator> Indicators(VietnamSeeds seeds)
    {
        var result = ImmutableArray.CreateBuilder<SampleIndicator>();
        for (var p = 1; p <= PiiFramework.PillarCount; p++)
        {
            var pillar = seeds.Pii.Pillar(p);
            var known = seeds.Pii.KnownIndicators.Where(i => (i.Pillar ?? i.CandidatePillars[0]) == p).ToList();
            foreach (var i in known)
            {
                var placement = i.Pillar is null
                    ? $"known by name (sources: {string.Join("; ", i.Sources)}); pillar not settled by the sources ({string.Join(" or ", i.CandidatePillars)}), placed in {p} for the sample; values are SAMPLE"
                    : $"known by name (sources: {string.Join("; ", i.Sources)}); pillar {p} inferred from the name; values are SAMPLE";
                result.Add(new SampleIndicator(i.Code, i.NameEn, p, HeavyTailed.Contains(i.Code), placement));
            }

            for (var k = known.Count + 1; k <= IndicatorsPerPillar[p - 1]; k++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"P{p}_I{k:00}");
                var name = string.Create(CultureInfo.InvariantCulture, $"Sample placeholder {k} of pillar {p} ({pillar.NameEn})");
                result.Add(new SampleIndicator(code, name, p, false, "SAMPLE placeholder: not a real PII indicator; replace with a real one"));
            }
        }

        return result.ToImmutable();
    }

    private static double[] LatentLevels(VietnamSeeds seeds, ulong seed)
    {
        var published = seeds.Pii.Published(PiiSample.CalibrationEdition);
        var scoreOf = seeds.Provinces.ToDictionary(
            p => p.Key,
            p => published.FactsFor(p.Key, MeasureKind.Score).Select(f => f.Value).Distinct().ToList() is { Count: > 0 } values
                ? (double?)(double)values.Average()
                : null,
            StringComparer.Ordinal);
        var levels = new double[seeds.Provinces.Length];
        for (var u = 0; u < levels.Length; u++)
        {
            var province = seeds.Provinces[u];
            if (scoreOf[province.Key] is { } score)
            {
                levels[u] = score;
                continue;
            }

            var members = seeds.Provinces.Where(p => p.RegionCode == province.RegionCode).ToList();
            var mean = (double)(seeds.Pii.RegionMean(PiiSample.CalibrationEdition, province.RegionCode!)?.Value
                ?? throw new Nq52ValidationException(
                    $"region \"{province.RegionCode}\"",
                    string.Create(CultureInfo.InvariantCulture, $"the seeds publish no PII {PiiSample.CalibrationEdition} mean for it; the sample generator needs one per region.")));
            var known = members.Where(m => scoreOf[m.Key] is not null).ToList();
            var rest = (mean * members.Count - known.Sum(m => scoreOf[m.Key]!.Value)) / (members.Count - known.Count);
            levels[u] = rest + (LevelNoise * Normal(seed, u, 0));
        }

        return levels;
    }

    /// <summary>An approximately standard normal draw: the Irwin–Hall sum of 12 uniforms minus 6 (only exact additions).</summary>
    private static double Normal(ulong seed, int unit, int dimension)
    {
        double sum = 0;
        for (var k = 0; k < 12; k++)
        {
            sum += RunRandom.Uniform(seed, Stream, unit, (dimension * 12) + k);
        }

        return sum - 6;
    }

    private static string Field(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private sealed record SampleIndicator(string Code, string Name, int Pillar, bool Heavy, string Note);
}
