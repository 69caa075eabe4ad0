using Json.Schema;

namespace Nq52Metrics.Serialization;

/// <summary>Which results of a schema evaluation are problems of the document, and which of them another explains.</summary>
internal sealed partial class JsonSchemas
{
    /// <summary>
    /// The failures that are problems of the document (not inside a <c>not</c>, nor inside a <c>oneOf</c> or
    /// <c>anyOf</c> that holds for the same value), and the <c>not</c>s whose subschema holds (refusals).
    /// </summary>
    private static (List<EvaluationResults> Failures, List<EvaluationResults> Refusals) Classify(IReadOnlyList<EvaluationResults> details)
    {
        var holding = details.Where(d => d.IsValid).Select(d => (Evaluation: d.EvaluationPath.ToString(), Instance: d.InstanceLocation.ToString())).ToList();
        var failures = details.Where(d => d.Errors is { Count: > 0 } && Counts(d.EvaluationPath.ToString(), d.InstanceLocation.ToString(), holding)).ToList();
        var refusals = details.Where(d => d.IsValid && d.EvaluationPath.ToString() is var e && e.EndsWith("/not", StringComparison.Ordinal)
            && Counts(e[..^"/not".Length], d.InstanceLocation.ToString(), holding)).ToList();
        return (failures, refusals);
    }

    /// <summary>
    /// Whether the failure of <paramref name="keyword"/> is better put by another result, so it gets no message: a wrong
    /// type in a branch of a <c>oneOf</c> when another branch has the value's type (its own rule explains the problem)
    /// or when it is not the first failing branch (the first one lists every branch's type); a name missing from an
    /// <c>enum</c> branch when another branch of the same <c>oneOf</c> failed on the value with a rule of its own (a
    /// number below its minimum).
    /// </summary>
    private static bool ExplainedElsewhere(EvaluationResults failure, string keyword, List<EvaluationResults> failures, List<EvaluationResults> refusals)
    {
        if (InOneOf(failure.EvaluationPath.ToString()) is not { } oneOf)
        {
            return false;
        }

        var instance = failure.InstanceLocation.ToString();
        var others = failures.Where(f => f != failure && f.EvaluationPath.ToString().StartsWith(oneOf, StringComparison.Ordinal));
        return keyword switch
        {
            "type" => refusals.Any(r => r.EvaluationPath.ToString().StartsWith(oneOf, StringComparison.Ordinal))
                || others.Any(f => !(f.Errors!.ContainsKey("type") && f.InstanceLocation.ToString() == instance))
                || failures.First(f => f.EvaluationPath.ToString().StartsWith(oneOf, StringComparison.Ordinal)) != failure,
            "enum" => others.Any(f => f.InstanceLocation.ToString() == instance && f.Errors!.Keys.Any(k => k is not ("type" or "enum"))),
            _ => false,
        };
    }

    private static bool IsBound(string keyword) => keyword is "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum";

    /// <summary>
    /// Whether a result at <paramref name="evaluation"/> for the value at <paramref name="instance"/> is a problem of
    /// the document: not inside a <c>not</c>, nor inside a <c>oneOf</c> or <c>anyOf</c> that holds for the same value
    /// (the same schema holds for one item of an array and fails for another).
    /// </summary>
    private static bool Counts(string evaluation, string instance, List<(string Evaluation, string Instance)> holding)
    {
        var segments = evaluation.Split('/');
        var prefix = segments[0];
        for (var k = 1; k < segments.Length; k++)
        {
            if (segments[k] == "not")
            {
                return false;
            }

            if (segments[k] is "oneOf" or "anyOf" && holding.Any(h => h.Evaluation == prefix
                && (instance == h.Instance || instance.StartsWith(h.Instance + "/", StringComparison.Ordinal))))
            {
                return false;
            }

            prefix += "/" + segments[k];
        }

        return true;
    }

    /// <summary>The evaluation path up to the innermost <c>oneOf</c> it passes through (ending in <c>/oneOf/</c>), or null.</summary>
    private static string? InOneOf(string evaluation)
    {
        var index = evaluation.LastIndexOf("/oneOf/", StringComparison.Ordinal);
        return index < 0 ? null : evaluation[..(index + "/oneOf/".Length)];
    }
}
