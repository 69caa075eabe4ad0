namespace Nq52Metrics.Analysis;

/// <summary>
/// A problem the audit found in the index (not in its input): a flagged indicator, a low or negative Cronbach's alpha,
/// a first principal component of mixed signs, a node negatively correlated with its parent, collinear siblings.
/// </summary>
/// <param name="Location">The node or indicator concerned, e.g. <c>Sust</c>.</param>
/// <param name="Message">What was found, e.g. <c>Cronbach's alpha -0.29, children negatively correlated</c>.</param>
public sealed record AuditFinding(string Location, string Message)
{
    /// <summary>Formats the finding as <c>location: message</c>.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
