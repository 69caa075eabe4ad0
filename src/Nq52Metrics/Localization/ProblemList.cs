using System.Collections.Immutable;

namespace Nq52Metrics.Localization;

/// <summary>
/// Problems as one translatable text (internal): each written <c>location: message</c> in the outer message's language,
/// joined by spaces. Used as the argument of a message, e.g. why a stage failed in an uncertainty run.
/// </summary>
/// <param name="Problems">The problems, in order.</param>
internal sealed record ProblemList(ImmutableArray<ValidationProblem> Problems) : IFormattable
{
    /// <summary>The problems in the language whose culture <paramref name="formatProvider"/> is (English for any other).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = DisplayLanguage.Of(formatProvider);
        return string.Join(" ", Problems.Select(p => p.ToString(language)));
    }

    /// <summary>The problems in English.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>Equal when the problems (in order) are.</summary>
    public bool Equals(ProblemList? other) => other is not null && Problems.SequenceEqual(other.Problems);

    /// <summary>A hash of the number of problems.</summary>
    public override int GetHashCode() => Problems.Length;
}
