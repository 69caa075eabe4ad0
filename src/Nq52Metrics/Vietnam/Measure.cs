using System.Globalization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A parsed measure key of the published-results files: its kind plus, where the key carries one, the pillar number,
/// the indicator or component name, or the measure a percentage change refers to.
/// </summary>
/// <param name="Kind">What is measured.</param>
/// <param name="Key">The key as written, e.g. <c>pillar_4_rank</c>.</param>
/// <param name="Pillar">The PII pillar number for <see cref="MeasureKind.PillarRank"/> and <see cref="MeasureKind.PillarScore"/>.</param>
/// <param name="Component">The indicator code (<see cref="MeasureKind.IndicatorScore"/>), DTI index or pillar name
/// (<see cref="MeasureKind.ComponentScore"/>, <see cref="MeasureKind.PillarMean"/>) or the base measure key
/// (<see cref="MeasureKind.ChangePercent"/>).</param>
public sealed record Measure(MeasureKind Kind, string Key, int? Pillar = null, string? Component = null)
{
    private static readonly Dictionary<string, MeasureKind> Simple = new(StringComparer.Ordinal)
    {
        ["score"] = MeasureKind.Score,
        ["rank"] = MeasureKind.Rank,
        ["input"] = MeasureKind.Input,
        ["output"] = MeasureKind.Output,
        ["input_rank"] = MeasureKind.InputRank,
        ["output_rank"] = MeasureKind.OutputRank,
        ["region_rank"] = MeasureKind.RegionRank,
        ["subregion_rank"] = MeasureKind.SubregionRank,
        ["indicators_ranked_first"] = MeasureKind.IndicatorsRankedFirst,
        ["rank_change"] = MeasureKind.RankChange,
        ["score_change"] = MeasureKind.ScoreChange,
        ["output_change"] = MeasureKind.OutputChange,
        ["rank_band_min"] = MeasureKind.RankBandMin,
        ["rank_band_max"] = MeasureKind.RankBandMax,
        ["provincial_mean_score"] = MeasureKind.ProvincialMean,
    };

    /// <summary>True for measures whose value is a rank (1 = best), including rank bands.</summary>
    public bool IsRank => Kind is MeasureKind.Rank or MeasureKind.InputRank or MeasureKind.OutputRank or MeasureKind.RegionRank
        or MeasureKind.SubregionRank or MeasureKind.PillarRank or MeasureKind.RankBandMin or MeasureKind.RankBandMax;

    /// <summary>The national rank measure.</summary>
    public static Measure Rank { get; } = new(MeasureKind.Rank, "rank");

    /// <summary>The overall score measure.</summary>
    public static Measure Score { get; } = new(MeasureKind.Score, "score");

    /// <summary>
    /// Parses a measure key. Known forms: the simple keys (<c>score</c>, <c>rank</c>, <c>input</c>, <c>output</c>,
    /// <c>input_rank</c>, <c>output_rank</c>, <c>region_rank</c>, <c>subregion_rank</c>, <c>indicators_ranked_first</c>,
    /// <c>rank_change</c>, <c>score_change</c>, <c>output_change</c>, <c>rank_band_min</c>, <c>rank_band_max</c>,
    /// <c>provincial_mean_score</c>), <c>pillar_&lt;1–7&gt;_rank|score</c>, <c>indicator_&lt;code&gt;_score</c>,
    /// <c>idx_&lt;name&gt;</c>, <c>pillar_&lt;name&gt;_mean</c> and <c>&lt;known key&gt;_change_percent</c>.
    /// </summary>
    /// <param name="key">The key, e.g. <c>pillar_4_rank</c> (case-sensitive, as in the files).</param>
    /// <param name="measure">The parsed measure.</param>
    /// <returns>False for an unknown form.</returns>
    public static bool TryParse(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Measure? measure)
    {
        ArgumentNullException.ThrowIfNull(key);
        measure = null;
        if (Simple.TryGetValue(key, out var kind))
        {
            measure = new Measure(kind, key);
        }
        else if (key.EndsWith("_change_percent", StringComparison.Ordinal))
        {
            var baseKey = key[..^"_change_percent".Length];
            if (TryParse(baseKey, out _))
            {
                measure = new Measure(MeasureKind.ChangePercent, key, Component: baseKey);
            }
        }
        else if (key.StartsWith("pillar_", StringComparison.Ordinal))
        {
            measure = ParsePillar(key);
        }
        else if (key.StartsWith("indicator_", StringComparison.Ordinal) && key.EndsWith("_score", StringComparison.Ordinal)
            && key.Length > "indicator__score".Length)
        {
            measure = new Measure(MeasureKind.IndicatorScore, key, Component: key["indicator_".Length..^"_score".Length]);
        }
        else if (key.StartsWith("idx_", StringComparison.Ordinal) && key.Length > "idx_".Length)
        {
            measure = new Measure(MeasureKind.ComponentScore, key, Component: key["idx_".Length..]);
        }

        return measure is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => Key;

    private static Measure? ParsePillar(string key)
    {
        var rest = key["pillar_".Length..];
        var cut = rest.LastIndexOf('_');
        if (cut <= 0)
        {
            return null;
        }

        var middle = rest[..cut];
        var tail = rest[(cut + 1)..];
        if (int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 7)
        {
            return tail switch
            {
                "rank" => new Measure(MeasureKind.PillarRank, key, Pillar: number),
                "score" => new Measure(MeasureKind.PillarScore, key, Pillar: number),
                _ => null,
            };
        }

        return tail == "mean" && !middle.All(char.IsAsciiDigit) ? new Measure(MeasureKind.PillarMean, key, Component: middle) : null;
    }
}
