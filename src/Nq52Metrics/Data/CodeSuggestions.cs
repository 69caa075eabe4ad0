using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Nq52Metrics.Data;

/// <summary>
/// Suggests the codes closest to one a user typed that matches none (<c>Huế</c> → <c>thua-thien-hue</c>,
/// <c>legal_evn</c> → <c>legal_env</c>). Both sides are folded first: lower case, diacritics removed (<c>đ</c> → <c>d</c>),
/// every run of other characters than letters and digits a single hyphen. The distance of a candidate is the smallest
/// of the Levenshtein edit distance between the folded forms and, one more than it, the edit distance to any run of
/// whole words of the candidate with as many words as the typed text (so a province's last name finds it).
/// </summary>
public static class CodeSuggestions
{
    /// <summary>The closest candidates, best first (ties by code, ordinal).</summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="candidates">Each candidate's code and the other texts that name it (e.g. its name); the code is what is suggested.</param>
    /// <param name="count">At most this many suggestions (1 or more).</param>
    /// <returns>
    /// The codes within an edit distance of a third of the typed text's length (at least 2), closest first; empty when
    /// nothing is that close or when <paramref name="typed"/> folds to nothing.
    /// </returns>
    public static ImmutableArray<string> ClosestByName(string typed, IEnumerable<(string Code, IReadOnlyList<string> Names)> candidates, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var query = Fold(typed);
        if (query.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(2, query.Length / 3);
        var scored = new List<(string Code, int Distance)>();
        foreach (var (code, names) in candidates)
        {
            var best = Distance(query, Fold(code));
            foreach (var name in names)
            {
                best = Math.Min(best, Distance(query, Fold(name)));
            }

            if (best <= limit)
            {
                scored.Add((code, best));
            }
        }

        return scored
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => s.Code)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToImmutableArray();
    }

    /// <summary>The closest of plain codes (see <see cref="ClosestByName"/>).</summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="codes">The valid codes.</param>
    /// <param name="count">At most this many suggestions (1 or more).</param>
    /// <returns>The closest codes, best first; empty when none is close.</returns>
    public static ImmutableArray<string> Closest(string typed, IEnumerable<string> codes, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return ClosestByName(typed, codes.Select(c => (c, (IReadOnlyList<string>)[])), count);
    }

    /// <summary>
    /// Folds a text for comparison: lower case, diacritics removed (<c>đ</c> → <c>d</c>), runs of characters other than
    /// letters and digits as one hyphen, no hyphen at either end.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded form (empty for a text without letters or digits).</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letter = c == 'đ' ? 'd' : c;
            if (char.IsLetterOrDigit(letter))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(letter);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The distance of a folded query to a folded candidate: whole, or (plus one) to a run of its words.</summary>
    private static int Distance(string query, string candidate)
    {
        var best = Levenshtein(query, candidate);
        var queryWords = query.Split('-').Length;
        var words = candidate.Split('-');
        for (var start = 0; start + queryWords <= words.Length && words.Length > queryWords; start++)
        {
            best = Math.Min(best, 1 + Levenshtein(query, string.Join('-', words, start, queryWords)));
        }

        return best;
    }

    /// <summary>The Levenshtein edit distance (insertions, deletions, substitutions each cost 1).</summary>
    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
