using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// What is wrong with one setting of a method, before it is located: the setting's name (its method-file key, e.g.
/// <c>group</c>) and a translated message. The factories locate it at their parameter, the method-file reader at the
/// setting's JSON path.
/// </summary>
/// <param name="Setting">The setting's name in a method file.</param>
/// <param name="Parameter">The name of the factory parameter that sets it.</param>
/// <param name="Message">What is wrong, in either language.</param>
internal sealed record SettingProblem(string Setting, string Parameter, MessageText Message)
{
    /// <summary>The problem at <paramref name="where"/>.</summary>
    public ValidationProblem At(ProblemLocation where) => Message.At(where);
}
