using System.Collections.Immutable;

namespace Nq52Metrics;

/// <summary>
/// Thrown when an input (framework, dataset, methodology, file) is invalid. It carries <b>every</b> problem
/// found, each with its location, so a user can fix them all at once.
/// </summary>
public sealed class Nq52ValidationException : Exception
{
    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    /// <param name="problems">The problems found; must not be empty.</param>
    public Nq52ValidationException(IEnumerable<ValidationProblem> problems)
        : this(problems.ToImmutableArray())
    {
    }

    /// <summary>Creates the exception for a single problem.</summary>
    /// <param name="location">Where the problem is: a named place given as text (see <see cref="ProblemLocation.Parameter"/>).</param>
    /// <param name="message">What is wrong.</param>
    public Nq52ValidationException(string location, string message)
        : this(ImmutableArray.Create(new ValidationProblem(location, message)))
    {
    }

    /// <summary>Creates the exception for a single problem at a structured location.</summary>
    /// <param name="where">Where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    public Nq52ValidationException(ProblemLocation where, string message)
        : this(ImmutableArray.Create(new ValidationProblem(where, message)))
    {
    }

    private Nq52ValidationException(ImmutableArray<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order they were detected.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string Describe(ImmutableArray<ValidationProblem> problems)
    {
        if (problems.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        }

        return problems.Length == 1
            ? problems[0].ToString()
            : $"{problems.Length} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems);
    }
}
