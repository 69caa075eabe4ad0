using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Turns an <see cref="UncertaintySpecDocument"/> into an <see cref="UncertaintySpec"/>: absent keys take the spec's
/// defaults and names are looked up. Types, names and ranges of single values are the schema's
/// (schemas/uncertainty.schema.json, checked before this reader runs); the reader adds the rules that span fields
/// (noise or explicit sets, not both), and every problem is collected with its line and JSON path before one
/// exception reports them all, in the order of the file. The <c>impute</c>, <c>normalise</c> and
/// <c>aggregate</c> alternatives are read by the method-file reader, so they follow its rules and defaults exactly.
/// Checks that need the framework (<see cref="CheckAgainst"/>) are located in the file the same way.
/// </summary>
internal sealed class UncertaintySpecReader
{
    private static readonly UncertaintySpec Defaults = new();

    private readonly JsonInput _input;
    private readonly List<(string Path, ValidationProblem Problem)> _problems = [];

    public UncertaintySpecReader(JsonInput input)
    {
        _input = input;
    }

    /// <summary>The spec, or every problem of the file (the schema's and the reader's) together.</summary>
    public Outcome<UncertaintySpec> Read(UncertaintySpecDocument document)
    {
        var weights = document.Weights;
        var alternatives = document.Alternatives;
        var spec = new UncertaintySpec(Runs(document.Runs), Seed(document.Seed))
        {
            Type = document.Type is { } type ? Name(UncertaintyNames.Type, type, Defaults.Type) : Defaults.Type,
            Target = document.Target,
            WeightNoise = weights?.Noise is { } noise ? Noise(noise) : Defaults.WeightNoise,
            WeightSetCount = WeightSetCount(weights),
            WeightSets = weights?.Explicit is { } sets ? WeightSets(sets, weights.Noise is not null) : Defaults.WeightSets,
            MaxWinsorised = alternatives?.MaxWinsorised is { } winsorised ? MaxWinsorised(winsorised) : Defaults.MaxWinsorised,
            OutlierTreatment = alternatives?.Outliers is { } outliers ? OutlierSwitches(outliers) : Defaults.OutlierTreatment,
            Imputation = alternatives?.Impute is { } impute
                ? Steps(impute, "impute", item => new MethodDocument { Impute = item }, m => m.Imputation)
                : Defaults.Imputation,
            Normalisation = alternatives?.Normalise is { } normalise
                ? Steps(normalise, "normalise", item => new MethodDocument { Normalise = item }, m => m.Normalisation)
                : Defaults.Normalisation,
            Aggregation = alternatives?.Aggregate is { } aggregate
                ? Steps(aggregate, "aggregate", item => new MethodDocument { Aggregate = item }, m => m.Aggregation)
                : Defaults.Aggregation,
            Exclusions = alternatives?.Exclude is { } exclude ? Exclusions(exclude) : Defaults.Exclusions,
            Alternatives = WholeStages(alternatives),
            BootstrapSamples = Bootstrap(document.Bootstrap),
            QuasiRandom = document.QuasiRandom ?? Defaults.QuasiRandom,
            MaxDegreeOfParallelism = document.Threads,
        };
        return Finish(spec);
    }

    /// <summary>
    /// Runs the checks that need the framework (the target and every code exist, noise levels and per-level
    /// aggregation methods are levels of the framework, the quasi-random design fits) and locates each problem in
    /// the file.
    /// </summary>
    /// <returns>The spec, or every problem together.</returns>
    public Outcome<UncertaintySpec> CheckAgainst(UncertaintySpec spec, IndexFramework framework)
    {
        var problems = new ValidationProblems();
        UncertaintySpecValidation.Check(spec, framework, problems);
        foreach (var problem in problems.Items)
        {
            Relocated(FilePathOf(problem.Where.JsonPath ?? problem.Where.Parameter ?? ""), problem);
        }

        return Finish(spec);
    }

    private static int Runs(int? runs) => runs ?? Defaults.Runs;

    private ulong Seed(JsonElement seed)
    {
        if (seed.ValueKind == JsonValueKind.Undefined)
        {
            return Defaults.Seed;
        }

        if (seed.ValueKind == JsonValueKind.Number && seed.TryGetUInt64(out var value))
        {
            return value;
        }

        // The schema checks the type and range; a whole number it accepts may still be written with an exponent (1e3).
        Problem("seed", nameof(Messages.UncertaintySeedNotWhole), Found("seed"));
        return Defaults.Seed;
    }

    private ImmutableDictionary<int, double> Noise(IReadOnlyDictionary<string, double> noise)
    {
        var builder = ImmutableDictionary.CreateBuilder<int, double>();
        foreach (var (key, phi) in noise)
        {
            // The schema allows only levels (whole numbers of 1 or more) as keys, and factors in [0, 1); "2" and "02"
            // are the same level.
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && !builder.TryAdd(level, phi))
            {
                Problem(JsonPaths.Append("weights.noise", key), nameof(Messages.UncertaintyNoiseLevelRepeated), level);
            }
        }

        return builder.ToImmutable();
    }

    private int? WeightSetCount(UncertaintyWeightsDocument? weights)
    {
        if (weights?.Sets is not { } sets)
        {
            return Defaults.WeightSetCount;
        }

        if (weights.Noise is null)
        {
            Problem("weights.sets", nameof(Messages.UncertaintySetsNeedNoise));
        }

        return sets;
    }

    private ImmutableArray<ImmutableDictionary<string, double>> WeightSets(IReadOnlyList<IReadOnlyDictionary<string, double>> sets, bool withNoise)
    {
        if (withNoise)
        {
            Problem("weights", nameof(Messages.UncertaintyNoiseOrExplicit));
        }

        // The schema checks that there is a set, that codes are not blank and that weights are greater than 0.
        return [.. sets.Select(set => set.ToImmutableDictionary(StringComparer.Ordinal))];
    }

    private static ImmutableArray<int> MaxWinsorised(IReadOnlyList<int> values) => [.. values];

    private static ImmutableArray<bool> OutlierSwitches(IReadOnlyList<JsonElement> values)
    {
        // The schema allows only true, false, "on" and "off".
        var result = ImmutableArray.CreateBuilder<bool>(values.Count);
        foreach (var value in values)
        {
            result.Add(value.ValueKind == JsonValueKind.True
                || value.ValueKind == JsonValueKind.String && UncertaintyNames.OutlierSwitch.TryParse(value.GetString()!, out var on) && on);
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Reads each alternative of a construction step with the method-file reader (as a method file holding only that
    /// step) and moves its problems to the alternative's place in this file.
    /// </summary>
    private ImmutableArray<T> Steps<TDocument, T>(
        IReadOnlyList<TDocument> items,
        string step,
        Func<TDocument, MethodDocument> asMethodFile,
        Func<Methodology, T> pick)
    {
        var path = JsonPaths.Append("alternatives", step);
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var json = JsonSerializer.Serialize(asMethodFile(items[i]), SerializationContext.Default.MethodDocument);
            var alternative = MethodologyJson.ReadText(json, _input.Source);
            foreach (var problem in alternative.Problems)
            {
                Relocated(Relocate(problem.Where.JsonPath, step, JsonPaths.Append(path, i)), problem);
            }

            result.Add(pick(alternative.TryGetValue(out var methodology) ? methodology : Methodology.Default));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The whole-stage alternatives (denominate, transform, screen, ranking), each an input named after its key.</summary>
    private ImmutableArray<StageAlternatives> WholeStages(UncertaintyAlternativesDocument? alternatives)
    {
        if (alternatives is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<StageAlternatives>();
        void Add<TDocument>(IReadOnlyList<TDocument>? items, string step, Func<TDocument, MethodDocument> asMethodFile, Func<Methodology, StageSpec> pick)
        {
            // The schema refuses an empty list.
            if (items is not null && items.Count > 0)
            {
                result.Add(new StageAlternatives(step, Steps(items, step, asMethodFile, pick)));
            }
        }

        Add(alternatives.Denominate, "denominate", item => new MethodDocument { Denominate = item }, m => m.Denomination);
        Add(alternatives.Transform, "transform", item => new MethodDocument { Transform = item }, m => m.Transform);
        Add(alternatives.Screen, "screen", item => new MethodDocument { Screen = item }, m => m.Screening);
        Add(alternatives.Ranking, "ranking", item => new MethodDocument { Ranking = item }, m => m.Ranking);
        return result.ToImmutable();
    }

    private static ImmutableArray<ImmutableArray<string>> Exclusions(IReadOnlyList<IReadOnlyList<string>> sets) =>
        [.. sets.Select(set => ImmutableArray.CreateRange(set))];

    private static int Bootstrap(int? bootstrap) => bootstrap ?? Defaults.BootstrapSamples;

    private static T Name<T>(NameTable<T> table, string name, T fallback)
        where T : notnull
    {
        // An unknown name is the schema's problem (its enum lists the same names).
        return table.TryParse(name, out var value) ? value : fallback;
    }

    /// <summary>
    /// The spec-file path of a location the method-file reader gave for one alternative: <c>normalise.lower</c> of
    /// alternative 1 becomes <c>alternatives.normalise[1].lower</c>.
    /// </summary>
    private static string Relocate(string? path, string step, string itemPath) =>
        path is not null && path.StartsWith(step, StringComparison.Ordinal) ? itemPath + path[step.Length..] : itemPath;

    /// <summary>
    /// The spec-file path of a key used by <see cref="UncertaintySpecValidation"/>: explicit weight sets are
    /// <c>weights.explicit</c> in the file, a per-level aggregation problem sits directly under its alternative, and
    /// <c>outliers.maxWinsorised</c> is one property name.
    /// </summary>
    private static string FilePathOf(string key)
    {
        const string Sets = "weights.sets[";
        if (key.StartsWith(Sets, StringComparison.Ordinal) && key.IndexOf(']', Sets.Length) is var close and > 0
            && int.TryParse(key.AsSpan(Sets.Length, close - Sets.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            // weights.sets[1] (the set as a whole) or weights.sets[1].CODE (one of its weights).
            var set = JsonPaths.Append("weights.explicit", index);
            return close == key.Length - 1 ? set
                : key[close + 1] == '.' ? JsonPaths.Append(set, key[(close + 2)..])
                : set + key[(close + 1)..];
        }

        const string Aggregates = "alternatives.aggregate[";
        const string Inner = "].aggregate";
        if (key.StartsWith(Aggregates, StringComparison.Ordinal) && key.IndexOf(Inner, Aggregates.Length, StringComparison.Ordinal) is var end and > 0)
        {
            return key[..(end + 1)] + key[(end + Inner.Length)..];
        }

        return key == "alternatives.outliers.maxWinsorised" ? JsonPaths.Append("alternatives", "outliers.maxWinsorised") : key;
    }

    private object Found(string path) => _input.Outline.TryGet(path, out var entry) ? entry.Describe() : MessageText.Of(nameof(Messages.JsonFoundOther));

    /// <summary>Records a problem at the line of the path, or of its nearest enclosing value that the file holds.</summary>
    private void Problem(string path, string key, params object[] arguments) =>
        _problems.Add((path, ProblemMessages.Problem(_input.Where(path), key, arguments)));

    /// <summary>Records a problem found elsewhere (the method-file reader, the spec's own checks) at a place in this file, in its own words.</summary>
    private void Relocated(string path, ValidationProblem problem) => _problems.Add((path, problem with { Where = _input.Where(path) }));

    private Outcome<UncertaintySpec> Finish(UncertaintySpec spec)
    {
        var problems = _input.Finish(_problems);
        return problems.Count > 0 ? Outcome<UncertaintySpec>.Failure(problems) : Outcome<UncertaintySpec>.Success(spec);
    }

}
