namespace Nq52Metrics;

/// <summary>Collects validation problems and throws them together (internal helper).</summary>
internal sealed class ValidationProblems
{
    private readonly List<ValidationProblem> _problems = [];

    public int Count => _problems.Count;

    public bool IsEmpty => _problems.Count == 0;

    public IReadOnlyList<ValidationProblem> Items => _problems;

    /// <summary>Adds a problem at a named place given as text (kept as the location's parameter).</summary>
    public void Add(string location, string message) => _problems.Add(new ValidationProblem(location, message));

    public void Add(ProblemLocation where, string message) => _problems.Add(new ValidationProblem(where, message));

    public void Add(ValidationProblem problem) => _problems.Add(problem);

    /// <summary>Adds a problem at <paramref name="where"/> whose message is translated (see <see cref="Localization.MessageText"/>).</summary>
    public void Add(ProblemLocation where, Localization.MessageText message) => _problems.Add(message.At(where));

    /// <summary>Adds a translated problem at a named place given as text (kept as the location's parameter).</summary>
    public void Add(string location, Localization.MessageText message) => _problems.Add(message.At(location));

    /// <summary>Adds a problem whose message is the translation <paramref name="key"/> (<c>nameof(Messages.X)</c>) with its arguments.</summary>
    public void AddMessage(ProblemLocation where, string key, params object[] arguments) =>
        _problems.Add(Localization.ProblemMessages.Problem(where, key, arguments));

    /// <summary>Adds a translated problem at a named place given as text (kept as the location's parameter).</summary>
    public void AddMessage(string location, string key, params object[] arguments) =>
        AddMessage(ProblemLocation.OfParameter(location), key, arguments);

    public void AddRange(IEnumerable<ValidationProblem> problems) => _problems.AddRange(problems);

    /// <summary>The problems collected so far, in the order found.</summary>
    public System.Collections.Immutable.ImmutableArray<ValidationProblem> ToImmutable() => [.. _problems];

    /// <summary>Throws every problem, each read from <paramref name="source"/> (the file or folder read).</summary>
    public void ThrowIfAny(string source)
    {
        if (_problems.Count > 0)
        {
            throw new Nq52ValidationException(_problems.Select(p => p.From(source)));
        }
    }

    /// <summary>Throws every problem as one <see cref="Nq52ValidationException"/>, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new Nq52ValidationException(_problems);
        }
    }
}
