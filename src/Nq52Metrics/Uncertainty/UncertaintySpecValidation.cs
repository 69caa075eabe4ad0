using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using static System.FormattableString;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Checks an <see cref="UncertaintySpec"/> against a framework and lists every problem with a structured location: the
/// JSON path of the offending key in the spec file's shape (<c>weights.noise.2</c>, <c>alternatives.normalise[1]</c>),
/// as <see cref="ProblemLocation.JsonPath"/>.
/// </summary>
internal static class UncertaintySpecValidation
{
    /// <summary>Checks the spec; every problem is added with the JSON path of its key.</summary>
    public static void Check(UncertaintySpec spec, IndexFramework framework, ValidationProblems problems)
    {
        static ProblemLocation At(string path) => new() { JsonPath = path };

        if (spec.Runs < 2)
        {
            problems.Add(At("runs"), $"{spec.Runs} runs: at least 2 are needed.");
        }

        if (!Enum.IsDefined(spec.Type))
        {
            problems.Add(At("type"), $"unknown analysis type {spec.Type}.");
        }

        if (spec.BootstrapSamples < 0)
        {
            problems.Add(At("bootstrap"), $"{spec.BootstrapSamples} bootstrap samples is negative.");
        }

        if (spec.MaxDegreeOfParallelism is < 1)
        {
            problems.Add(At("threads"), $"{spec.MaxDegreeOfParallelism} threads: at least 1 is needed.");
        }

        if (spec.Target is { } target && !framework.Contains(target))
        {
            problems.Add(At("target"), $"\"{target}\" is not a node of the framework.");
        }

        foreach (var (level, phi) in spec.WeightNoise.OrderBy(p => p.Key))
        {
            if (level < 1 || level > framework.MaxLevel)
            {
                problems.Add(At($"weights.noise.{level}"), $"the framework has no level {level} (levels 1 to {framework.MaxLevel}).");
            }

            if (!(phi is >= 0 and < 1))
            {
                problems.Add(At($"weights.noise.{level}"), Invariant($"the noise factor {phi} must be in [0, 1), so weights stay positive."));
            }
        }

        if (spec.WeightSetCount is < 1)
        {
            problems.Add(At("weights.sets"), $"{spec.WeightSetCount} weight sets: at least 1 is needed.");
        }

        if (!spec.WeightSets.IsDefaultOrEmpty)
        {
            if (!spec.WeightNoise.IsEmpty)
            {
                problems.Add(At("weights"), "give either weight noise or explicit weight sets, not both.");
            }

            for (var s = 0; s < spec.WeightSets.Length; s++)
            {
                foreach (var (code, w) in spec.WeightSets[s].OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!framework.Contains(code))
                    {
                        problems.Add(At(Serialization.JsonPaths.Append(Invariant($"weights.sets[{s}]"), code)), "no node of the framework has this code.");
                    }

                    if (!double.IsFinite(w) || w <= 0)
                    {
                        problems.Add(At(Serialization.JsonPaths.Append(Invariant($"weights.sets[{s}]"), code)), Invariant($"weight {w} must be finite and greater than 0."));
                    }
                }
            }
        }

        foreach (var w in spec.MaxWinsorised.IsDefault ? [] : spec.MaxWinsorised)
        {
            if (w < 0)
            {
                problems.Add(At("alternatives.outliers.maxWinsorised"), $"{w} is negative.");
            }
        }

        var normalisations = spec.Normalisation.IsDefault ? [] : spec.Normalisation;
        for (var i = 0; i < normalisations.Length; i++)
        {
            if (normalisations[i] is null)
            {
                problems.Add(At($"alternatives.normalise[{i}]"), "the method is missing.");
            }
            else if (normalisations[i].Problem() is { } problem)
            {
                problems.Add(At($"alternatives.normalise[{i}]"), problem);
            }
            else
            {
                CheckOverrides(normalisations[i], $"alternatives.normalise[{i}]", framework, problems);
            }
        }

        var aggregations = spec.Aggregation.IsDefault ? [] : spec.Aggregation;
        for (var i = 0; i < aggregations.Length; i++)
        {
            var found = new ValidationProblems();
            Aggregation.MethodsByAggregate(aggregations[i], framework, found);
            foreach (var p in found.ToImmutable())
            {
                problems.Add(At($"alternatives.aggregate[{i}].{p.Location}"), p.Message);
            }
        }

        var imputations = spec.Imputation.IsDefault ? [] : spec.Imputation;
        for (var i = 0; i < imputations.Length; i++)
        {
            if (imputations[i]?.Method is null)
            {
                problems.Add(At($"alternatives.impute[{i}]"), "the alternative has no imputation method.");
            }
        }

        CheckStageAlternatives(spec, framework, problems);
        var exclusions = spec.Exclusions.IsDefault ? [] : spec.Exclusions;
        var targetCode = spec.Target;
        for (var i = 0; i < exclusions.Length; i++)
        {
            foreach (var code in exclusions[i])
            {
                if (!framework.TryGetNode(code, out var node))
                {
                    problems.Add(At($"alternatives.exclude[{i}]"), $"\"{code}\" is not a node of the framework.");
                }
                else if (node.Parent is null || code == targetCode)
                {
                    problems.Add(At($"alternatives.exclude[{i}]"), $"\"{code}\" is the analysed node or the top of the index; it cannot be left out.");
                }
            }
        }
    }

    /// <summary>Checks the general "stage + specs" alternatives: names, one stage per input, and each spec's own rules.</summary>
    /// <summary>Each override of a normalisation alternative names an indicator and is valid itself.</summary>
    private static void CheckOverrides(NormalisationMethod method, string path, IndexFramework framework, ValidationProblems problems)
    {
        foreach (var (code, over) in method.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var overridePath = Serialization.JsonPaths.Append($"{path}.overrides", code);
            if (Normalisation.OverrideTargetProblem(framework, code) is { } wrongTarget)
            {
                problems.Add(overridePath, wrongTarget);
            }
            else if (over.Problem() is { } problem)
            {
                problems.Add(overridePath, problem);
            }
        }
    }

    private static void CheckStageAlternatives(UncertaintySpec spec, IndexFramework framework, ValidationProblems problems)
    {
        static ProblemLocation At(string path) => new() { JsonPath = path };

        var names = new HashSet<string>(StringComparer.Ordinal);
        var alternatives = spec.Alternatives.IsDefault ? [] : spec.Alternatives;
        foreach (var input in alternatives)
        {
            var key = $"alternatives.{input.Name}";
            if (!names.Add(input.Name) || UncertaintyModel.BuiltInInputNames.Contains(input.Name))
            {
                problems.Add(At(key), "another uncertain input has this name.");
            }

            for (var i = 0; i < input.Specs.Length; i++)
            {
                var where = $"{key}[{i}]";
                switch (input.Specs[i])
                {
                    case NormalisationMethod n when n.Problem() is { } problem:
                        problems.Add(At(where), problem);
                        break;
                    case AggregationSpec a:
                        var found = new ValidationProblems();
                        Aggregation.MethodsByAggregate(a, framework, found);
                        foreach (var p in found.ToImmutable())
                        {
                            problems.Add(At($"{where}.{p.Location}"), p.Message);
                        }

                        break;
                    case Ranking.RankingSpec r when r.Problem() is { } problem:
                        problems.Add(At($"{where}.{problem.Path}"), problem.Message);
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
