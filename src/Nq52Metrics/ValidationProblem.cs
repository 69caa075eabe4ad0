namespace Nq52Metrics;

/// <summary>
/// One problem found while validating an input: where it is (<see cref="Where"/>: a file, line and column or JSON
/// path, a unit, a node or a parameter) and what is wrong with it.
/// </summary>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem at a structured location.</summary>
    /// <param name="where">Where the problem is.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    public ValidationProblem(ProblemLocation where, string message)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(message);
        Where = where;
        Message = message;
    }

    /// <summary>Creates a problem whose location is a named place given as text (kept as <see cref="ProblemLocation.Parameter"/>).</summary>
    /// <param name="location">Where the problem is, e.g. <c>--runs</c> or <c>share band</c>.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    public ValidationProblem(string location, string message)
        : this(ProblemLocation.OfParameter(location), message)
    {
    }

    /// <summary>Where the problem is.</summary>
    public ProblemLocation Where { get; init; }

    /// <summary>What is wrong, in one sentence.</summary>
    public string Message { get; init; }

    /// <summary>The location as text, e.g. <c>iData.csv line 4, column "LPI"</c> or <c>node "Conn"</c> (see <see cref="ProblemLocation.ToString"/>).</summary>
    public string Location => Where.ToString();

    /// <summary>The same problem read from <paramref name="source"/> (see <see cref="ProblemLocation.From"/>).</summary>
    /// <param name="source">The file or folder name as given.</param>
    /// <returns>The problem with a source.</returns>
    public ValidationProblem From(string source) => this with { Where = Where.From(source) };

    /// <summary>Formats the problem as <c>location: message</c> (just the message when the location is empty).</summary>
    /// <returns>The location and message on one line.</returns>
    public override string ToString() => Location is { Length: > 0 } location ? $"{location}: {Message}" : Message;
}
