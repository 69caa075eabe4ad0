using FsCheck.Xunit;

namespace Nq52Metrics.Tests;

/// <summary>Invariants of the quoting of values in problem messages.</summary>
public sealed class ProblemTextProperties
{
    [Property]
    public bool A_cut_value_is_at_most_80_characters_and_starts_like_the_value(string? value)
    {
        var text = value ?? "";
        var cut = ProblemText.Cut(text);
        return cut.Length <= ProblemText.MaxQuoted
            && (cut == text || (cut.EndsWith('…') && text.StartsWith(cut[..^1], StringComparison.Ordinal)));
    }

    [Property]
    public bool A_value_of_80_characters_or_fewer_is_kept_whole(string? value)
    {
        var text = (value ?? "").Length > ProblemText.MaxQuoted ? value![..ProblemText.MaxQuoted] : value ?? "";
        return ProblemText.Quote(text) == $"\"{text}\"";
    }
}
