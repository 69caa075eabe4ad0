namespace Nq52Metrics.Analysis;

/// <summary>The audit's problem lists: located problems collected as data, thrown together at the public boundary (internal helper).</summary>
internal static class AuditProblems
{
    /// <summary>Adds a problem at a location.</summary>
    public static void Add(this List<ValidationProblem> problems, string location, string message) =>
        problems.Add(new ValidationProblem(location, message));

    /// <summary>Throws one <see cref="Nq52ValidationException"/> carrying every problem, if there is any.</summary>
    public static void ThrowIfAny(List<ValidationProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems);
        }
    }
}
