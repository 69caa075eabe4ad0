using System.Text.Json;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads and writes a <see cref="Methodology"/> as a method file: camelCase JSON naming each step, e.g.
/// <c>{"impute": {"method": "groupMean", "group": "EurAsia_group"}, "normalise": {"method": "minMax", "lower": 0,
/// "upper": 100}}</c>. Every key is optional; absent keys, and absent fields of a step object, take the values of
/// <see cref="Methodology.Default"/> (docs/formats.md lists every key, value and default).
/// </summary>
/// <remarks>
/// Unknown keys, unknown method names, settings that do not apply to the chosen method and out-of-range values
/// are errors; each names the file, line and JSON path (e.g. <c>method.json line 3, normalise.method: "minmax2" is
/// not one of minMax, zScore, …</c>), and all of them are reported together. Checks that need the framework or
/// the data (a group column the data lack, an override for an unknown indicator) happen when the index is built.
/// </remarks>
public static class MethodologyJson
{
    private static readonly HashSet<string> NullAllowed = new(StringComparer.Ordinal)
    {
        "impute.group",
        "aggregate.minDataAvailability",
    };

    private static readonly JsonElement NullElement = ParseElement("null");

    /// <summary>Reads a method file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The methodology.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, is not valid JSON, or holds unknown keys, names
    /// or invalid values. Locations start with the file name.</exception>
    public static Methodology Load(string path) => Parse(JsonInput.ReadFile(path), Path.GetFileName(path));

    /// <summary>Parses method-file JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name problem locations start with (e.g. the file name).</param>
    /// <returns>The methodology.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="Load"/>.</exception>
    public static Methodology Parse(string json, string source = "method")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var (document, input) = JsonInput.Deserialize(json, source, SerializationContext.Default.MethodDocument, NullAllowed);
        return new MethodDocumentReader(input).Read(document);
    }

    /// <summary>
    /// Writes a methodology as indented method-file JSON with every key stated, so <see cref="Parse"/> gives back
    /// an equal methodology. Nested outlier overrides (which the library ignores) are not written.
    /// </summary>
    /// <param name="methodology">The methodology.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A step uses an enum value that has no name (not a defined value).</exception>
    /// <exception cref="ArgumentException">A number is NaN or infinite (JSON has no such numbers).</exception>
    public static string Serialize(Methodology methodology) =>
        JsonSerializer.Serialize(ToDocument(methodology), SerializationContext.Writing.MethodDocument);

    /// <summary>Writes a method file (all or nothing: a temporary file is moved into place when complete).</summary>
    /// <param name="methodology">The methodology.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written.</exception>
    public static void Save(Methodology methodology, string path)
    {
        var document = ToDocument(methodology);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, document, SerializationContext.Writing.MethodDocument));
    }

    internal static MethodDocument ToDocument(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        var aggregation = methodology.Aggregation;
        return new MethodDocument
        {
            Denominate = Denominate(methodology.Denomination),
            Impute = new ImputeDocument
            {
                Method = MethodNames.Imputation.NameOf(methodology.Imputation.Method),
                Group = Element(methodology.Imputation.GroupColumn),
            },
            Screen = new ScreenDocument { MinDataAvailability = methodology.Screening.MinDataAvailability },
            Outliers = Outliers(methodology.OutlierTreatment, withOverrides: true),
            Normalise = Normalise(methodology.Normalisation),
            Aggregate = new AggregateDocument
            {
                Method = MethodNames.Aggregation.NameOf(aggregation.Method),
                ByLevel = aggregation.ByLevel.IsEmpty
                    ? null
                    : aggregation.ByLevel.OrderBy(p => p.Key).ToDictionary(
                        p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        p => MethodNames.Aggregation.NameOf(p.Value),
                        StringComparer.Ordinal),
                MinDataAvailability = aggregation.MinDataAvailability,
            },
            Ranking = new RankingDocument { Ties = MethodNames.Ties.NameOf(methodology.Ranking.Ties) },
        };
    }

    private static JsonElement Denominate(DenominationSpec spec)
    {
        if (spec.ScaleFactor.Equals(Methodology.Default.Denomination.ScaleFactor))
        {
            return JsonSerializer.SerializeToElement(spec.Enabled, SerializationContext.Default.Boolean);
        }

        var document = new DenominateDocument { Enabled = spec.Enabled ? null : false, ScaleFactor = spec.ScaleFactor };
        return JsonSerializer.SerializeToElement(document, SerializationContext.Default.DenominateDocument);
    }

    private static JsonElement Element(string? text) =>
        text is null ? NullElement : JsonSerializer.SerializeToElement(text, SerializationContext.Default.String);

    private static JsonElement ParseElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static OutliersDocument Outliers(OutlierTreatmentSpec spec, bool withOverrides) => new()
    {
        Method = MethodNames.Outliers.NameOf(spec.Method),
        Skew = spec.SkewThreshold,
        Kurtosis = spec.KurtosisThreshold,
        Strict = spec.Strict,
        MaxWinsorised = spec.MaxWinsorised,
        Log = MethodNames.Log.NameOf(spec.Log),
        Overrides = withOverrides && !spec.Overrides.IsEmpty
            ? spec.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Outliers(p.Value, withOverrides: false), StringComparer.Ordinal)
            : null,
    };

    private static NormaliseDocument Normalise(NormalisationMethod method)
    {
        var name = MethodNames.Normalisation.NameOf(method.GetType());
        bool? pooled = method.Pooled ? true : null;
        return method switch
        {
            MinMaxNormalisation m => new NormaliseDocument { Method = name, Lower = m.Lower, Upper = m.Upper, Pooled = pooled },
            ZScoreNormalisation z => new NormaliseDocument { Method = name, Mean = z.Mean, Sd = z.Sd, Pooled = pooled },
            GoalpostsNormalisation g => new NormaliseDocument { Method = name, Scale = g.Scale, Truncate = g.Truncate, Pooled = pooled },
            DistanceToTargetNormalisation d => new NormaliseDocument { Method = name, CapAtOne = d.CapAtOne, Pooled = pooled },
            _ => new NormaliseDocument { Method = name, Pooled = pooled },
        };
    }
}
