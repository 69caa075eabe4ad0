using System.Collections.Immutable;

namespace Nq52Metrics.Cli;

/// <summary>
/// Runs one reading step of a command and, when it fails validation, keeps its problems and goes on, so that the
/// problems of every input are reported together.
/// </summary>
internal static class ValidationAttempt
{
    /// <summary>What <paramref name="read"/> returns; or null, after adding its problems to <paramref name="problems"/>.</summary>
    /// <typeparam name="T">What the step reads.</typeparam>
    /// <param name="read">The step; only <see cref="Nq52ValidationException"/> is caught, anything else propagates.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <returns>The value read, or null when the step found problems.</returns>
    public static T? Run<T>(Func<T> read, ImmutableArray<ValidationProblem>.Builder problems)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Nq52ValidationException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }
    }
}
