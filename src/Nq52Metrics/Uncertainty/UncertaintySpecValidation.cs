using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
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
            problems.AddMessage(At("runs"), nameof(Messages.UncertaintyRunsTooFew), spec.Runs);
        }

        if (!Enum.IsDefined(spec.Type))
        {
            problems.AddMessage(At("type"), nameof(Messages.UncertaintyTypeUnknown), spec.Type.ToString());
        }

        if (spec.BootstrapSamples < 0)
        {
            problems.AddMessage(At("bootstrap"), nameof(Messages.UncertaintyBootstrapNegative), spec.BootstrapSamples);
        }

        if (spec.MaxDegreeOfParallelism is < 1)
        {
            problems.AddMessage(At("threads"), nameof(Messages.UncertaintyThreadsTooFew), spec.MaxDegreeOfParallelism);
        }

        if (spec.Target is { } target && !framework.Contains(target))
        {
            problems.AddMessage(At("target"), nameof(Messages.UncertaintyNodeUnknown), ProblemText.Quote(target));
        }

        foreach (var (level, phi) in spec.WeightNoise.OrderBy(p => p.Key))
        {
            if (level < 1 || level > framework.MaxLevel)
            {
                problems.AddMessage(At(Invariant($"weights.noise.{level}")), nameof(Messages.UncertaintyNoiseLevelMissing), level, framework.MaxLevel);
            }

            if (!(phi is >= 0 and < 1))
            {
                problems.AddMessage(At(Invariant($"weights.noise.{level}")), nameof(Messages.UncertaintyNoiseFactor), phi);
            }
        }

        if (spec.WeightSetCount is < 1)
        {
            problems.AddMessage(At("weights.sets"), nameof(Messages.UncertaintyWeightSetsTooFew), spec.WeightSetCount);
        }

        if (!spec.WeightSets.IsDefaultOrEmpty)
        {
            if (!spec.WeightNoise.IsEmpty)
            {
                problems.AddMessage(At("weights"), nameof(Messages.UncertaintyNoiseOrExplicit));
            }

            for (var s = 0; s < spec.WeightSets.Length; s++)
            {
                foreach (var (code, w) in spec.WeightSets[s].OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!framework.Contains(code))
                    {
                        problems.AddMessage(At(Serialization.JsonPaths.Append(Invariant($"weights.sets[{s}]"), code)), nameof(Messages.FrameworkUnknownWeight));
                    }

                    if (!double.IsFinite(w) || w < 0)
                    {
                        problems.AddMessage(At(Serialization.JsonPaths.Append(Invariant($"weights.sets[{s}]"), code)), nameof(Messages.UncertaintyWeightInvalid), w);
                    }
                }

                var set = spec.WeightSets[s];
                var weighted = IndexFramework.ParentsOfWeightedChildren(framework.Nodes.Select(n => set.TryGetValue(n.Code, out var w) ? n with { Weight = w } : n));
                foreach (var aggregate in framework.Nodes.Where(n => !n.IsIndicator && !weighted.Contains(n.Code)))
                {
                    problems.AddMessage(At(Invariant($"weights.sets[{s}]")), nameof(Messages.UncertaintyWeightSetEveryChildZero), ProblemText.Quote(aggregate.Code));
                }
            }
        }

        foreach (var w in spec.MaxWinsorised.IsDefault ? [] : spec.MaxWinsorised)
        {
            if (w < 0)
            {
                problems.AddMessage(At("alternatives.outliers.maxWinsorised"), nameof(Messages.MethodMaxWinsorisedNegative), w);
            }
        }

        var normalisations = spec.Normalisation.IsDefault ? [] : spec.Normalisation;
        for (var i = 0; i < normalisations.Length; i++)
        {
            if (normalisations[i] is null)
            {
                problems.AddMessage(At(Invariant($"alternatives.normalise[{i}]")), nameof(Messages.UncertaintyNormalisationMissing));
            }
            else if (normalisations[i].Problem() is { } problem)
            {
                var where = At(Invariant($"alternatives.normalise[{i}]"));
                problems.Add(problem.At(where));
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
                var where = At(Invariant($"alternatives.aggregate[{i}].{p.Location}"));
                problems.Add(p with { Where = where });
            }
        }

        var imputations = spec.Imputation.IsDefault ? [] : spec.Imputation;
        for (var i = 0; i < imputations.Length; i++)
        {
            if (imputations[i]?.Method is null)
            {
                problems.AddMessage(At(Invariant($"alternatives.impute[{i}]")), nameof(Messages.UncertaintyImputationMissing));
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
                    problems.AddMessage(At(Invariant($"alternatives.exclude[{i}]")), nameof(Messages.UncertaintyNodeUnknown), ProblemText.Quote(code));
                }
                else if (node.Parent is null || code == targetCode)
                {
                    problems.AddMessage(At(Invariant($"alternatives.exclude[{i}]")), nameof(Messages.UncertaintyExcludeTop), ProblemText.Quote(code));
                }
            }
        }
    }

    /// <summary>Each override of a normalisation alternative names an indicator and is valid itself.</summary>
    private static void CheckOverrides(NormalisationMethod method, string path, IndexFramework framework, ValidationProblems problems)
    {
        foreach (var (code, over) in method.Overrides.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var overridePath = Serialization.JsonPaths.Append($"{path}.overrides", code);
            if (Normalisation.OverrideTargetProblem(framework, code) is { } wrongTarget)
            {
                problems.Add(wrongTarget.At(overridePath));
            }
            else if (over.Problem() is { } problem)
            {
                problems.Add(problem.At(overridePath));
            }
        }
    }

    /// <summary>Checks the general "stage + specs" alternatives: names, one stage per input, and each spec's own rules.</summary>
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
                problems.AddMessage(At(key), nameof(Messages.UncertaintyInputNameTaken));
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
                            var inside = At($"{where}.{p.Location}");
                            problems.Add(p with { Where = inside });
                        }

                        break;
                    case Ranking.RankingSpec r when r.Problem() is { } problem:
                        var setting = At($"{where}.{problem.Path}");
                        problems.Add(problem.Message.At(setting));
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
