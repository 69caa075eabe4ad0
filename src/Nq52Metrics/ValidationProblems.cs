namespace Nq52Metrics;

/// <summary>Collects validation problems and throws them together (internal helper).</summary>
internal sealed class ValidationProblems
{
    private readonly List<ValidationProblem> _problems = [];

    public void Add(string location, string message) => _problems.Add(new ValidationProblem(location, message));

    public void AddRange(IEnumerable<ValidationProblem> problems) => _problems.AddRange(problems);

    /// <summary>How many problems were collected so far.</summary>
    public int Count => _problems.Count;

    /// <summary>The problems collected so far, in the order found.</summary>
    public System.Collections.Immutable.ImmutableArray<ValidationProblem> ToImmutable() => [.. _problems];

    /// <summary>Throws every problem with <paramref name="locationPrefix"/> put before its location (e.g. the file or folder read).</summary>
    public void ThrowIfAny(string locationPrefix)
    {
        if (_problems.Count > 0)
        {
            throw new Nq52ValidationException(_problems.Select(p => p with { Location = $"{locationPrefix}: {p.Location}" }));
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new Nq52ValidationException(_problems);
        }
    }
}
