using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads and writes an <see cref="UncertaintySpec"/> as an uncertainty spec file: camelCase JSON such as
/// <c>{"runs": 500, "seed": 1, "type": "UA", "weights": {"noise": {"2": 0.25}}, "alternatives": {"normalise":
/// [{"method": "minMax", "lower": 1, "upper": 100}, {"method": "zScore", "mean": 10, "sd": 2}]}}</c>. Every key is
/// optional; an absent key takes the <see cref="UncertaintySpec"/> default (docs/formats.md lists every key).
/// </summary>
/// <remarks>
/// Unknown keys, unknown names, values of the wrong type and out-of-range values are errors; each names the file,
/// line and JSON path (e.g. <c>spec.json line 5, alternatives.normalise[1].method: "zscore" is not one of …</c>), and
/// all of them are reported together. The <c>impute</c>, <c>normalise</c> and <c>aggregate</c> alternatives are
/// objects of the method file, read with its rules: an absent field takes the <see cref="Methodology.Default"/>
/// value. Given a framework, <see cref="Load"/> and <see cref="Parse"/> also check what needs it (the target and every node code exist, noise
/// levels are levels of the framework), located the same way.
/// </remarks>
public static class UncertaintySpecJson
{
    private static readonly HashSet<string> NullAllowed = new(StringComparer.Ordinal)
    {
        "alternatives.impute[*].group",
        "alternatives.aggregate[*].minDataAvailability",
    };

    /// <summary>Reads a spec file, and checks it against the framework it will be run on when one is given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework of the nominal build, to check the target, node codes and levels; null
    /// leaves those checks to <see cref="UncertaintyModel.Compile"/>.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, is not valid JSON, holds unknown keys, names or
    /// invalid values, or names a node or level the framework does not have. Locations start with the file name.</exception>
    public static UncertaintySpec Load(string path, IndexFramework? framework = null) =>
        Read(JsonInput.Load(path, JsonSchemas.Uncertainty, SerializationContext.Default.UncertaintySpecDocument, NullAllowed), framework).GetValueOrThrow();

    /// <summary>Reads a spec file (checked against the framework when one is given), returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework of the nominal build, or null.</param>
    /// <param name="spec">The spec, when the file is valid.</param>
    /// <param name="problems">Every problem of the file (empty when valid), as <see cref="Load"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryLoad(string path, IndexFramework? framework, [NotNullWhen(true)] out UncertaintySpec? spec, out ImmutableArray<ValidationProblem> problems)
    {
        return Read(JsonInput.Load(path, JsonSchemas.Uncertainty, SerializationContext.Default.UncertaintySpecDocument, NullAllowed), framework).TryGetValue(out spec, out problems);
    }

    /// <summary>Parses spec-file JSON text, and checks it against a framework when one is given.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name problem locations start with (e.g. the file name).</param>
    /// <param name="framework">The framework of the nominal build, or null.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="Load"/>.</exception>
    public static UncertaintySpec Parse(string json, string source = "spec", IndexFramework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return Read(JsonInput.Parse(json, source, JsonSchemas.Uncertainty, SerializationContext.Default.UncertaintySpecDocument, NullAllowed), framework).GetValueOrThrow();
    }

    private static Outcome<UncertaintySpec> Read(Outcome<(UncertaintySpecDocument Document, JsonInput Input)> read, IndexFramework? framework) =>
        read.Then(r =>
        {
            var reader = new UncertaintySpecReader(r.Input);
            var spec = reader.Read(r.Document);
            return framework is null ? spec : spec.Then(s => reader.CheckAgainst(s, framework));
        });

    /// <summary>
    /// Writes a spec as indented spec-file JSON with <c>runs</c>, <c>seed</c>, <c>type</c>, <c>bootstrap</c> and
    /// <c>quasiRandom</c> always stated and every other key only when set, so <see cref="Parse"/> gives
    /// back an equal spec. The number of noisy weight sets is written only with weight noise (it has no effect
    /// without).
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type or a method is an enum value that has no name.</exception>
    /// <exception cref="ArgumentException">A normalisation alternative is null, or a number is NaN or infinite.</exception>
    public static string Serialize(UncertaintySpec spec) =>
        JsonSerializer.Serialize(ToDocument(spec), SerializationContext.Writing.UncertaintySpecDocument);

    internal static UncertaintySpecDocument ToDocument(UncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new UncertaintySpecDocument
        {
            Runs = spec.Runs,
            Seed = JsonSerializer.SerializeToElement(spec.Seed, SerializationContext.Default.UInt64),
            Type = UncertaintyNames.Type.NameOf(spec.Type),
            Target = spec.Target,
            Weights = Weights(spec),
            Alternatives = Alternatives(spec),
            Bootstrap = spec.BootstrapSamples,
            QuasiRandom = spec.QuasiRandom,
            Threads = spec.MaxDegreeOfParallelism,
        };
    }

    private static UncertaintyWeightsDocument? Weights(UncertaintySpec spec)
    {
        var noise = spec.WeightNoise ?? ImmutableDictionary<int, double>.Empty;
        var sets = OrEmpty(spec.WeightSets);
        if (noise.IsEmpty && sets.IsEmpty)
        {
            return null;
        }

        return new UncertaintyWeightsDocument
        {
            Noise = noise.IsEmpty
                ? null
                : noise.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal),
            Sets = noise.IsEmpty ? null : spec.WeightSetCount,
            Explicit = sets.IsEmpty
                ? null
                : sets.Select(IReadOnlyDictionary<string, double> (s) => s.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)).ToList(),
        };
    }

    private static UncertaintyAlternativesDocument? Alternatives(UncertaintySpec spec)
    {
        var winsorised = OrEmpty(spec.MaxWinsorised);
        var outliers = OrEmpty(spec.OutlierTreatment);
        var imputations = OrEmpty(spec.Imputation);
        var normalisations = OrEmpty(spec.Normalisation);
        var aggregations = OrEmpty(spec.Aggregation);
        var exclusions = OrEmpty(spec.Exclusions);
        var stages = OrEmpty(spec.Alternatives);
        if (winsorised.IsEmpty && outliers.IsEmpty && imputations.IsEmpty && normalisations.IsEmpty && aggregations.IsEmpty && exclusions.IsEmpty && stages.IsEmpty)
        {
            return null;
        }

        foreach (var input in stages)
        {
            if (FileKeyOf(input.Stage) != input.Name)
            {
                throw new ArgumentException($"The whole-stage input \"{input.Name}\" has no form in the spec file: only inputs named denominate, transform, screen and ranking (after their stage) can be written.", nameof(spec));
            }
        }

        IReadOnlyList<MethodDocument>? StageSteps(PipelineStage stage) =>
            stages.FirstOrDefault(s => s.Stage == stage) is { } input ? [.. input.Specs.Select(s => Step(Methodology.Default.With(s)))] : null;

        return new UncertaintyAlternativesDocument
        {
            MaxWinsorised = winsorised.IsEmpty ? null : [.. winsorised],
            Outliers = outliers.IsEmpty ? null : [.. outliers.Select(o => JsonSerializer.SerializeToElement(o, SerializationContext.Default.Boolean))],
            Impute = imputations.IsEmpty ? null : [.. imputations.Select(i => Step(Methodology.Default with { Imputation = i }).Impute!)],
            Normalise = normalisations.IsEmpty ? null : [.. normalisations.Select((n, i) => Step(Methodology.Default with { Normalisation = n ?? throw NullAlternative(i) }).Normalise!)],
            Aggregate = aggregations.IsEmpty ? null : [.. aggregations.Select(a => Step(Methodology.Default with { Aggregation = a }).Aggregate!)],
            Exclude = exclusions.IsEmpty ? null : [.. exclusions.Select(IReadOnlyList<string> (e) => [.. OrEmpty(e)])],
            Denominate = StageSteps(PipelineStage.Denominate)?.Select(m => m.Denominate).ToList(),
            Transform = StageSteps(PipelineStage.Transform)?.Select(m => m.Transform ?? true).ToList(),
            Screen = StageSteps(PipelineStage.Screen)?.Select(m => m.Screen!).ToList(),
            Ranking = StageSteps(PipelineStage.Rank)?.Select(m => m.Ranking!).ToList(),
        };
    }

    /// <summary>The spec-file key of a stage that can vary as a whole-stage input, or null.</summary>
    private static string? FileKeyOf(PipelineStage stage) => stage switch
    {
        PipelineStage.Denominate => "denominate",
        PipelineStage.Transform => "transform",
        PipelineStage.Screen => "screen",
        PipelineStage.Rank => "ranking",
        _ => null,
    };

    /// <summary>A methodology as a method document, from which one step object is taken (the method file's own writer).</summary>
    private static MethodDocument Step(Methodology methodology) => MethodologyJson.ToDocument(methodology);

    private static ArgumentException NullAlternative(int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Normalisation alternative {index} of the spec is null."));

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
