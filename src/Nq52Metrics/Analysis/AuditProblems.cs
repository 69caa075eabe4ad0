using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>The audit's problem lists: located problems collected as data, thrown together at the public boundary (internal helper).</summary>
internal static class AuditProblems
{
    /// <summary>Adds a problem at a named place given as text, its message the translation <paramref name="key"/> (<c>nameof(Messages.X)</c>) with its arguments.</summary>
    public static void AddMessage(this List<ValidationProblem> problems, string location, string key, params object[] arguments) =>
        problems.Add(ProblemMessages.Problem(ProblemLocation.OfParameter(location), key, arguments));

    /// <summary>Throws one <see cref="Nq52ValidationException"/> carrying every problem, if there is any.</summary>
    public static void ThrowIfAny(List<ValidationProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new Nq52ValidationException([.. problems]);
        }
    }
}
