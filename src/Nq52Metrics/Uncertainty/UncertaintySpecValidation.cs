using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using static System.FormattableString;

namespace Nq52Metrics.Uncertainty;

/// <summary>Checks an <see cref="UncertaintySpec"/> against a framework and lists every problem with its key.</summary>
internal static class UncertaintySpecValidation
{
    public static void Check(UncertaintySpec spec, IndexFramework framework, ValidationProblems problems)
    {
        if (spec.Runs < 2)
        {
            problems.Add("runs", $"{spec.Runs} runs: at least 2 are needed.");
        }

        if (!Enum.IsDefined(spec.Type))
        {
            problems.Add("type", $"unknown analysis type {spec.Type}.");
        }

        if (spec.BootstrapSamples < 0)
        {
            problems.Add("bootstrap", $"{spec.BootstrapSamples} bootstrap samples is negative.");
        }

        if (spec.MaxDegreeOfParallelism is < 1)
        {
            problems.Add("threads", $"{spec.MaxDegreeOfParallelism} threads: at least 1 is needed.");
        }

        if (spec.Target is { } target && !framework.Contains(target))
        {
            problems.Add("target", $"\"{target}\" is not a node of the framework.");
        }

        foreach (var (level, phi) in spec.WeightNoise.OrderBy(p => p.Key))
        {
            if (level < 1 || level > framework.MaxLevel)
            {
                problems.Add($"weights.noise.{level}", $"the framework has no level {level} (levels 1 to {framework.MaxLevel}).");
            }

            if (!(phi is >= 0 and < 1))
            {
                problems.Add($"weights.noise.{level}", Invariant($"the noise factor {phi} must be in [0, 1), so weights stay positive."));
            }
        }

        if (spec.WeightSetCount is < 1)
        {
            problems.Add("weights.sets", $"{spec.WeightSetCount} weight sets: at least 1 is needed.");
        }

        if (!spec.WeightSets.IsDefaultOrEmpty)
        {
            if (!spec.WeightNoise.IsEmpty)
            {
                problems.Add("weights", "give either weight noise or explicit weight sets, not both.");
            }

            for (var s = 0; s < spec.WeightSets.Length; s++)
            {
                foreach (var (code, w) in spec.WeightSets[s].OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!framework.Contains(code))
                    {
                        problems.Add($"weights.sets[{s}].{code}", "no node of the framework has this code.");
                    }

                    if (!double.IsFinite(w) || w <= 0)
                    {
                        problems.Add($"weights.sets[{s}].{code}", Invariant($"weight {w} must be finite and greater than 0."));
                    }
                }
            }
        }

        foreach (var w in spec.MaxWinsorised.IsDefault ? [] : spec.MaxWinsorised)
        {
            if (w < 0)
            {
                problems.Add("alternatives.outliers.maxWinsorised", $"{w} is negative.");
            }
        }

        var normalisations = spec.Normalisation.IsDefault ? [] : spec.Normalisation;
        for (var i = 0; i < normalisations.Length; i++)
        {
            if (normalisations[i] is null)
            {
                problems.Add($"alternatives.normalise[{i}]", "the method is missing.");
            }
            else if (normalisations[i].Problem() is { } problem)
            {
                problems.Add($"alternatives.normalise[{i}]", problem);
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
                problems.Add($"alternatives.aggregate[{i}].{p.Location}", p.Message);
            }
        }

        var imputations = spec.Imputation.IsDefault ? [] : spec.Imputation;
        for (var i = 0; i < imputations.Length; i++)
        {
            if (imputations[i]?.Method is null)
            {
                problems.Add($"alternatives.impute[{i}]", "the alternative has no imputation method.");
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
                    problems.Add($"alternatives.exclude[{i}]", $"\"{code}\" is not a node of the framework.");
                }
                else if (node.Parent is null || code == targetCode)
                {
                    problems.Add($"alternatives.exclude[{i}]", $"\"{code}\" is the analysed node or the top of the index; it cannot be left out.");
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
            if (!framework.TryGetNode(code, out var node) || !node.IsIndicator)
            {
                problems.Add($"{path}.overrides.{code}", "no indicator has this code.");
            }
            else if (over.Problem() is { } problem)
            {
                problems.Add($"{path}.overrides.{code}", problem);
            }
        }
    }

    private static void CheckStageAlternatives(UncertaintySpec spec, IndexFramework framework, ValidationProblems problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var alternatives = spec.Alternatives.IsDefault ? [] : spec.Alternatives;
        foreach (var input in alternatives)
        {
            var key = $"alternatives.{input.Name}";
            if (!names.Add(input.Name) || UncertaintyModel.BuiltInInputNames.Contains(input.Name))
            {
                problems.Add(key, "another uncertain input has this name.");
            }

            for (var i = 0; i < input.Specs.Length; i++)
            {
                var where = $"{key}[{i}]";
                switch (input.Specs[i])
                {
                    case NormalisationMethod n when n.Problem() is { } problem:
                        problems.Add(where, problem);
                        break;
                    case AggregationSpec a:
                        var found = new ValidationProblems();
                        Aggregation.MethodsByAggregate(a, framework, found);
                        foreach (var p in found.ToImmutable())
                        {
                            problems.Add($"{where}.{p.Location}", p.Message);
                        }

                        break;
                    case Ranking.RankingSpec r when r.Problem() is { } problem:
                        problems.Add($"{where}.{problem.Path}", problem.Message);
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
