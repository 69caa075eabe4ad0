namespace Nq52Metrics;

/// <summary>
/// One problem found while validating an input: where it is (a file, row and column, a node code or a
/// parameter name) and what is wrong with it.
/// </summary>
/// <param name="Location">Where the problem is, e.g. <c>iData.csv row 4, column "LPI"</c> or <c>node "Conn"</c>.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ValidationProblem(string Location, string Message)
{
    /// <summary>Formats the problem as <c>location: message</c>.</summary>
    /// <returns>The location and message on one line.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
