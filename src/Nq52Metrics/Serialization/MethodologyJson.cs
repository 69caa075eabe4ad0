using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Reads a method file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The methodology.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, is a directory, is larger than 16 MiB, is not
    /// valid JSON, or does not match schemas/method.schema.json or the rules between its keys: every problem, each
    /// located in the file.</exception>
    public static Methodology Load(string path) =>
        Read(JsonInput.Load(path, JsonSchemas.Method, SerializationContext.Default.MethodDocument, NullAllowed)).GetValueOrThrow();

    /// <summary>Reads a method file, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="methodology">The methodology, when the file is valid.</param>
    /// <param name="problems">Every problem of the file (empty when valid), as <see cref="Load"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out Methodology? methodology, out ImmutableArray<ValidationProblem> problems)
    {
        return Read(JsonInput.Load(path, JsonSchemas.Method, SerializationContext.Default.MethodDocument, NullAllowed)).TryGetValue(out methodology, out problems);
    }

    /// <summary>Parses method-file JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name problem locations start with (e.g. the file name).</param>
    /// <returns>The methodology.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="Load"/>.</exception>
    public static Methodology Parse(string json, string source = "method")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return Read(JsonInput.Parse(json, source, JsonSchemas.Method, SerializationContext.Default.MethodDocument, NullAllowed)).GetValueOrThrow();
    }

    /// <summary>Reads method-file JSON made by the library itself (an alternative of an uncertainty spec), problems located by JSON path.</summary>
    internal static Outcome<Methodology> ReadText(string json, string source) =>
        Read(JsonInput.Parse(json, source, JsonSchemas.Method, SerializationContext.Default.MethodDocument, NullAllowed));

    private static Outcome<Methodology> Read(Outcome<(MethodDocument Document, JsonInput Input)> read) =>
        read.Then(r => new MethodDocumentReader(r.Input).Read(r.Document));

    /// <summary>
    /// Writes a methodology as indented method-file JSON with every key stated, so <see cref="Parse"/> gives back
    /// an equal methodology. Nested outlier or normalisation overrides (which the library ignores) are not written.
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
            Impute = methodology.Imputation.Method.ToDocument(),
            Screen = new ScreenDocument { MinDataAvailability = methodology.Screening.MinDataAvailability },
            Outliers = Outliers(methodology.OutlierTreatment, withOverrides: true),
            Normalise = Normalise(methodology.Normalisation),
            Aggregate = new AggregateDocument
            {
                Method = aggregation.Method.Name,
                Power = aggregation.Method.ToDocument().Power,
                Penalty = aggregation.Method.ToDocument().Penalty,
                ByLevel = aggregation.ByLevel.IsEmpty
                    ? null
                    : aggregation.ByLevel.OrderBy(p => p.Key).ToDictionary(
                        p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        p => AggregationElement(p.Value),
                        StringComparer.Ordinal),
                ByNode = aggregation.ByNode.IsEmpty
                    ? null
                    : aggregation.ByNode.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(
                        p => p.Key,
                        p => AggregationElement(p.Value),
                        StringComparer.Ordinal),
                MinDataAvailability = aggregation.MinDataAvailability,
            },
            Transform = methodology.Transform.Enabled,
            Ranking = new RankingDocument { Ties = MethodNames.Ties.NameOf(methodology.Ranking.Ties), Decimals = methodology.Ranking.Decimals },
        };
    }

    /// <summary>A per-level or per-node method: its name when it takes no settings, else an object with them.</summary>
    private static JsonElement AggregationElement(AggregationMethod method) =>
        method.Settings.Count == 0
            ? JsonSerializer.SerializeToElement(method.Name, SerializationContext.Default.String)
            : JsonSerializer.SerializeToElement(method.ToDocument(), SerializationContext.Default.AggregationMethodDocument);

    private static JsonElement Denominate(DenominationSpec spec)
    {
        if (spec.ScaleFactor.Equals(Methodology.Default.Denomination.ScaleFactor))
        {
            return JsonSerializer.SerializeToElement(spec.Enabled, SerializationContext.Default.Boolean);
        }

        var document = new DenominateDocument { Enabled = spec.Enabled ? null : false, ScaleFactor = spec.ScaleFactor };
        return JsonSerializer.SerializeToElement(document, SerializationContext.Default.DenominateDocument);
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

    private static NormaliseDocument Normalise(NormalisationMethod method) =>
        method.Overrides.IsEmpty
            ? method.ToDocument()
            : method.ToDocument() with
            {
                Overrides = method.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.ToDocument() with { Pooled = null }, StringComparer.Ordinal),
            };
}
