using System.Collections.Frozen;
using System.Text;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Turns the ways people write a provincial unit (<c>Thái Nguyên</c>, <c>thai-nguyen</c>, <c>THAI NGUYEN</c>,
/// <c>TP. Hồ Chí Minh</c>, <c>Ho Chi Minh City</c>, <c>Hanoi</c>) into comparable keys. Works without culture data:
/// Vietnamese letters are folded with a table (đ → d, ắ → a, …), and combining marks are dropped.
/// </summary>
public static class UnitNames
{
    private const string Plain = "aeiouyd";

    // Each row: the plain letter, then every Vietnamese letter (lower case) that folds to it.
    private static readonly string[] FoldRows =
    [
        "aàáảãạăằắẳẵặâầấẩẫậ",
        "eèéẻẽẹêềếểễệ",
        "iìíỉĩị",
        "oòóỏõọôồốổỗộơờớởỡợ",
        "uùúủũụưừứửữự",
        "yỳýỷỹỵ",
        "dđ",
    ];

    private static readonly FrozenDictionary<char, char> Fold = BuildFold();

    private static readonly string[] Prefixes = ["thanh-pho-", "tp-", "tinh-", "city-of-"];

    private static readonly string[] Suffixes = ["-city", "-province", "-thanh-pho", "-tinh"];

    /// <summary>
    /// Folds a name to lower-case ASCII without diacritics, with runs of anything other than letters and digits
    /// turned into single hyphens: <c>Bà Rịa - Vũng Tàu</c> → <c>ba-ria-vung-tau</c>. Empty for an empty or
    /// all-punctuation name.
    /// </summary>
    /// <param name="name">Any spelling of a name.</param>
    /// <returns>The folded key.</returns>
    public static string ToKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var raw in name.ToLowerInvariant())
        {
            if (raw is >= '\u0300' and <= '\u036F')
            {
                continue; // a combining mark of a decomposed letter
            }

            var c = Fold.TryGetValue(raw, out var plain) ? plain : raw;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The keys a written name may match, most specific first: the folded key, the key without administrative
    /// words (<c>thanh-pho-</c>, <c>tp-</c>, <c>tinh-</c>, <c>-city</c>, <c>-province</c>), and both without hyphens
    /// (so <c>Hanoi</c> matches <c>ha-noi</c>).
    /// </summary>
    /// <param name="name">Any spelling of a name.</param>
    /// <returns>The candidate keys (distinct, non-empty).</returns>
    public static IReadOnlyList<string> CandidateKeys(string name)
    {
        var key = ToKey(name);
        var stripped = key;
        foreach (var prefix in Prefixes)
        {
            if (stripped.StartsWith(prefix, StringComparison.Ordinal))
            {
                stripped = stripped[prefix.Length..];
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (stripped.EndsWith(suffix, StringComparison.Ordinal))
            {
                stripped = stripped[..^suffix.Length];
            }
        }

        return new[] { key, stripped, Compact(key), Compact(stripped) }
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A key without its hyphens (<c>ha-noi</c> → <c>hanoi</c>).</summary>
    /// <param name="key">A folded key.</param>
    /// <returns>The key with every hyphen removed.</returns>
    public static string Compact(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace("-", "", StringComparison.Ordinal);
    }

    private static FrozenDictionary<char, char> BuildFold()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < FoldRows.Length; i++)
        {
            foreach (var c in FoldRows[i])
            {
                map[c] = Plain[i];
            }
        }

        return map.ToFrozenDictionary();
    }
}
