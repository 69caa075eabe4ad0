namespace Nq52Metrics;

/// <summary>Collects validation problems and throws them together (internal helper).</summary>
internal sealed class ValidationProblems
{
    private readonly List<ValidationProblem> _problems = [];

    public int Count => _problems.Count;

    public void Add(string location, string message) => _problems.Add(new ValidationProblem(location, message));

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new Nq52ValidationException(_problems);
        }
    }
}
