using System.Collections.Immutable;

namespace Nq52Metrics.Cli;

/// <summary>A reading step in the library's <c>Try…</c> form: the value, or the problems that prevented it.</summary>
/// <typeparam name="T">What the step reads.</typeparam>
/// <param name="value">The value, when there is no problem.</param>
/// <param name="problems">The problems (empty when there is a value).</param>
/// <returns>True when there is a value.</returns>
internal delegate bool TryRead<T>(out T? value, out ImmutableArray<ValidationProblem> problems)
    where T : class;

/// <summary>
/// Runs one reading step of a command and, when it finds problems, keeps them and goes on, so that the problems of
/// every input are reported together.
/// </summary>
internal static class ValidationAttempt
{
    /// <summary>What <paramref name="read"/> reads; or null, after adding its problems to <paramref name="problems"/>.</summary>
    /// <typeparam name="T">What the step reads.</typeparam>
    /// <param name="read">The step.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <returns>The value read, or null when the step found problems.</returns>
    public static T? Run<T>(TryRead<T> read, ImmutableArray<ValidationProblem>.Builder problems)
        where T : class
    {
        if (read(out var value, out var found))
        {
            return value;
        }

        problems.AddRange(found);
        return null;
    }
}
