using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Turns an <see cref="UncertaintySpecDocument"/> into an <see cref="UncertaintySpec"/>: absent keys take the spec's
/// defaults, names are looked up, values are checked, and every problem is collected with its line and JSON path
/// before one exception reports them all, in the order of the file. The <c>impute</c>, <c>normalise</c> and
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
            Type = document.Type is { } type ? Name(UncertaintyNames.Type, type, "type", Defaults.Type) : Defaults.Type,
            Target = Target(document.Target),
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
            MaxDegreeOfParallelism = Threads(document.Threads),
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
            Problem(FilePathOf(problem.Where.JsonPath ?? problem.Where.Parameter ?? ""), problem.Message);
        }

        return Finish(spec);
    }

    private int Runs(int? runs)
    {
        if (runs is not { } value)
        {
            return Defaults.Runs;
        }

        if (value < 2)
        {
            Problem("runs", Invariant($"{value} runs: at least 2 are needed (and at most {int.MaxValue:N0})."));
        }

        return value;
    }

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

        Problem("seed", $"expected a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, found {Found("seed")}.");
        return Defaults.Seed;
    }

    private string? Target(string? target)
    {
        if (target is not null && string.IsNullOrWhiteSpace(target))
        {
            Problem("target", "the node code is empty (leave the key out to analyse the index).");
        }

        return target;
    }

    private ImmutableDictionary<int, double> Noise(IReadOnlyDictionary<string, double> noise)
    {
        var builder = ImmutableDictionary.CreateBuilder<int, double>();
        foreach (var (key, phi) in noise)
        {
            var path = JsonPaths.Append("weights.noise", key);
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
            {
                Problem(path, $"{ProblemText.Quote(key)} is not a level; use a whole number of 1 or more (1 = indicators, 2 = the first aggregate level).");
                continue;
            }

            if (!builder.TryAdd(level, phi))
            {
                Problem(path, Invariant($"level {level} is given more than once."));
            }

            if (!(phi is >= 0 and < 1))
            {
                Problem(path, Invariant($"the noise factor {phi:R} must be in [0, 1), so weights stay positive."));
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
            Problem("weights.sets", "the number of noisy weight sets needs weights.noise (explicit sets are counted by themselves).");
        }

        if (sets < 1)
        {
            Problem("weights.sets", Invariant($"{sets} weight sets: at least 1 is needed."));
        }

        return sets;
    }

    private ImmutableArray<ImmutableDictionary<string, double>> WeightSets(IReadOnlyList<IReadOnlyDictionary<string, double>> sets, bool withNoise)
    {
        if (withNoise)
        {
            Problem("weights", "give either weight noise or explicit weight sets, not both.");
        }

        if (sets.Count == 0)
        {
            Problem("weights.explicit", "give at least one weight set, or leave the key out.");
        }

        var result = ImmutableArray.CreateBuilder<ImmutableDictionary<string, double>>(sets.Count);
        for (var s = 0; s < sets.Count; s++)
        {
            var setPath = JsonPaths.Append("weights.explicit", s);
            foreach (var (code, weight) in sets[s])
            {
                var path = JsonPaths.Append(setPath, code);
                if (string.IsNullOrWhiteSpace(code))
                {
                    Problem(path, "the node code is empty.");
                }

                if (!(weight > 0))
                {
                    Problem(path, Invariant($"weight {weight:R} must be greater than 0 (leave a node out with alternatives.exclude)."));
                }
            }

            result.Add(sets[s].ToImmutableDictionary(StringComparer.Ordinal));
        }

        return result.MoveToImmutable();
    }

    private ImmutableArray<int> MaxWinsorised(IReadOnlyList<int> values)
    {
        var path = JsonPaths.Append("alternatives", "outliers.maxWinsorised");
        NotEmpty(values.Count, path);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < 0)
            {
                Problem(JsonPaths.Append(path, i), Invariant($"{values[i]} is negative; it is a number of points (0 or more)."));
            }
        }

        return [.. values];
    }

    private ImmutableArray<bool> OutlierSwitches(IReadOnlyList<JsonElement> values)
    {
        const string path = "alternatives.outliers";
        NotEmpty(values.Count, path);
        var result = ImmutableArray.CreateBuilder<bool>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var itemPath = JsonPaths.Append(path, i);
            var value = values[i];
            switch (value.ValueKind)
            {
                case JsonValueKind.True or JsonValueKind.False:
                    result.Add(value.GetBoolean());
                    break;
                case JsonValueKind.String:
                    result.Add(Name(UncertaintyNames.OutlierSwitch, value.GetString()!, itemPath, false));
                    break;
                default:
                    Problem(itemPath, $"expected true, false, \"on\" or \"off\", found {Found(itemPath)}.");
                    result.Add(false);
                    break;
            }
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
        NotEmpty(items.Count, path);
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var json = JsonSerializer.Serialize(asMethodFile(items[i]), SerializationContext.Default.MethodDocument);
            var alternative = MethodologyJson.ReadText(json, _input.Source);
            foreach (var problem in alternative.Problems)
            {
                Problem(Relocate(problem.Where.JsonPath, step, JsonPaths.Append(path, i)), problem.Message);
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
            if (items is not null && items.Count > 0)
            {
                result.Add(new StageAlternatives(step, Steps(items, step, asMethodFile, pick)));
            }
            else if (items is not null)
            {
                NotEmpty(0, JsonPaths.Append("alternatives", step));
            }
        }

        Add(alternatives.Denominate, "denominate", item => new MethodDocument { Denominate = item }, m => m.Denomination);
        Add(alternatives.Transform, "transform", item => new MethodDocument { Transform = item }, m => m.Transform);
        Add(alternatives.Screen, "screen", item => new MethodDocument { Screen = item }, m => m.Screening);
        Add(alternatives.Ranking, "ranking", item => new MethodDocument { Ranking = item }, m => m.Ranking);
        return result.ToImmutable();
    }

    private ImmutableArray<ImmutableArray<string>> Exclusions(IReadOnlyList<IReadOnlyList<string>> sets)
    {
        const string path = "alternatives.exclude";
        NotEmpty(sets.Count, path);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>(sets.Count);
        for (var s = 0; s < sets.Count; s++)
        {
            for (var k = 0; k < sets[s].Count; k++)
            {
                if (string.IsNullOrWhiteSpace(sets[s][k]))
                {
                    Problem(JsonPaths.Append(JsonPaths.Append(path, s), k), "the node code is empty.");
                }
            }

            result.Add([.. sets[s]]);
        }

        return result.MoveToImmutable();
    }

    private int Bootstrap(int? bootstrap)
    {
        if (bootstrap is not { } value)
        {
            return Defaults.BootstrapSamples;
        }

        if (value < 0)
        {
            Problem("bootstrap", Invariant($"{value} bootstrap samples is negative (0 = no intervals)."));
        }

        return value;
    }

    private int? Threads(int? threads)
    {
        if (threads is < 1)
        {
            Problem("threads", Invariant($"{threads} threads: at least 1 is needed (leave the key out to use every core)."));
        }

        return threads;
    }

    private void NotEmpty(int count, string path)
    {
        if (count == 0)
        {
            Problem(path, "give at least one alternative, or leave the key out to keep the nominal choice.");
        }
    }

    private T Name<T>(NameTable<T> table, string name, string path, T fallback)
        where T : notnull
    {
        if (table.TryParse(name, out var value))
        {
            return value;
        }

        Problem(path, table.Unknown(name));
        return fallback;
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
        if (key.StartsWith(Sets, StringComparison.Ordinal) && key.IndexOf("].", Sets.Length, StringComparison.Ordinal) is var close and > 0
            && int.TryParse(key.AsSpan(Sets.Length, close - Sets.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return JsonPaths.Append(JsonPaths.Append("weights.explicit", index), key[(close + 2)..]);
        }

        const string Aggregates = "alternatives.aggregate[";
        const string Inner = "].aggregate";
        if (key.StartsWith(Aggregates, StringComparison.Ordinal) && key.IndexOf(Inner, Aggregates.Length, StringComparison.Ordinal) is var end and > 0)
        {
            return key[..(end + 1)] + key[(end + Inner.Length)..];
        }

        return key == "alternatives.outliers.maxWinsorised" ? JsonPaths.Append("alternatives", "outliers.maxWinsorised") : key;
    }

    private string Found(string path) => _input.Outline.TryGet(path, out var entry) ? entry.Describe() : "another value";

    /// <summary>Records a problem at the line of the path, or of its nearest enclosing value that the file holds.</summary>
    private void Problem(string path, string message) => _problems.Add((path, new ValidationProblem(_input.Where(path), message)));

    private Outcome<UncertaintySpec> Finish(UncertaintySpec spec)
    {
        var problems = _input.Finish(_problems);
        return problems.Count > 0 ? Outcome<UncertaintySpec>.Failure(problems) : Outcome<UncertaintySpec>.Success(spec);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
