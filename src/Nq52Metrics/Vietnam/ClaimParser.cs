using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

using Nq52Metrics.Serialization;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// Reads claims from a short text (<c>thai-nguyen 2023 score 47.75</c>, <c>Thái Nguyên 2023 rank 10</c>,
/// <c>dti Đà Nẵng 2023 rank 1</c>) and from claims files: a CSV in the format of <c>article_claims.csv</c> (at least
/// <c>unit_key,edition,measure,value</c>) or a text file with one claim per line (<c>#</c> starts a comment).
/// </summary>
public static class ClaimParser
{
    /// <summary>
    /// The Vietnamese measure words by their folded form (<see cref="UnitNames.ToKey"/>): <c>điểm</c> → <c>score</c>;
    /// <c>hạng</c>, <c>thứ</c>, <c>xếp thứ</c>, <c>xếp hạng</c> → <c>rank</c>.
    /// </summary>
    private static readonly FrozenDictionary<string, string> VietnameseMeasures =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["diem"] = "score",
            ["hang"] = "rank",
            ["thu"] = "rank",
            ["xep-thu"] = "rank",
            ["xep-hang"] = "rank",
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Parses <c>[pii|dti] &lt;unit&gt; &lt;edition&gt; &lt;measure&gt; &lt;value&gt;</c>: the unit is every word before the
    /// edition (a four-digit year), so names with spaces and diacritics work. Measures are written as in the published
    /// files (<c>score</c>, <c>rank</c>, <c>region_rank</c>, <c>input</c>, <c>pillar_4_rank</c>…; hyphens are read as
    /// underscores), or <c>de_share_grdp_percent</c> for a digital-economy share; the Vietnamese measure words
    /// <c>điểm</c> (score), <c>hạng</c>, <c>thứ</c>, <c>xếp thứ</c> and <c>xếp hạng</c> (rank) are understood too, with or
    /// without diacritics, and a <c>năm</c> ("year") before the edition is skipped: <c>Thái Nguyên năm 2023 xếp thứ 10</c>.
    /// </summary>
    /// <param name="text">The claim.</param>
    /// <returns>The claim (the unit is resolved later, against the edition's unit list).</returns>
    /// <exception cref="Nq52ValidationException">The text does not have that form (the message shows the expected form).</exception>
    public static Claim Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var claim, out var problem) ? claim : throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter($"claim \"{text}\""), problem)]);
    }

    /// <summary>Reads a claims file: CSV when its first line is a header naming <c>unit_key</c> and <c>measure</c>, else one text claim per line.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The claims, in file order.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, is a directory, is larger than 16 MiB or cannot be
    /// read, or some claims are malformed (every one is reported with its line).</exception>
    public static ImmutableArray<Claim> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParseFile(InputFile.ReadText(path).GetValueOrThrow(), Path.GetFileName(path));
    }

    /// <summary>Parses the text of a claims file (see <see cref="ReadFile"/>).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">A name for error locations.</param>
    /// <returns>The claims.</returns>
    /// <exception cref="Nq52ValidationException">Malformed claims (every one reported with its line), or no claim at all.</exception>
    public static ImmutableArray<Claim> ParseFile(string text, string source = "claims")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var header = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Split(',').Select(c => c.Trim()).ToList() ?? [];
        var claims = header.Contains("unit_key") && header.Contains("measure") ? ParseCsv(text, source) : ParseLines(lines, source);
        if (claims.IsEmpty)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(source), nameof(Messages.ClaimFileEmpty))]);
        }

        return claims;
    }

    private static ImmutableArray<Claim> ParseCsv(string text, string source)
    {
        var problems = new ValidationProblems();
        var table = SeedTable.Open(source, text, SeedParser.RequiredClaimColumns, problems, sourceKeys: null);
        var claims = SeedParser.ClaimFile(table, _ => true, requireSources: false);
        problems.ThrowIfAny();
        return claims;
    }

    private static ImmutableArray<Claim> ParseLines(string[] lines, string source)
    {
        var problems = new ValidationProblems();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var origin = string.Create(CultureInfo.InvariantCulture, $"{source} line {i + 1}");
            if (TryParse(line, out var claim, out var problem))
            {
                claims.Add(claim with { Origin = origin });
            }
            else
            {
                problems.AddMessage(origin, problem);
            }
        }

        problems.ThrowIfAny();
        return claims.ToImmutable();
    }

    /// <summary>Parses a text claim; on failure <paramref name="problem"/> is the key of the message saying why.</summary>
    private static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim, out string problem)
    {
        claim = null;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = IndexKind.Pii;
        if (words.Count > 0 && words[0].ToLowerInvariant() is "pii" or "dti")
        {
            index = words[0].Equals("dti", StringComparison.OrdinalIgnoreCase) ? IndexKind.Dti : IndexKind.Pii;
            words.RemoveAt(0);
        }

        var at = words.FindIndex(IsYear);
        if (words.Count == 0)
        {
            problem = nameof(Messages.ClaimEmpty);
            return false;
        }

        if (at < 0)
        {
            problem = nameof(Messages.ClaimNoEdition);
            return false;
        }

        if (at == 0)
        {
            problem = nameof(Messages.ClaimNoUnit);
            return false;
        }

        // The measure is one word, or two when they form a Vietnamese measure ("xếp thứ", "xếp hạng").
        var measureWords = words.Count - at == 4 && VietnameseMeasures.ContainsKey(UnitNames.ToKey($"{words[at + 1]} {words[at + 2]}")) ? 2 : 1;
        if (words.Count - at != 2 + measureWords)
        {
            problem = nameof(Messages.ClaimWordsAfterEdition);
            return false;
        }

        // "năm" (year) may stand before the edition: "Thái Nguyên năm 2023 …".
        var unitWords = words.Take(at).ToList();
        if (unitWords.Count > 1 && UnitNames.ToKey(unitWords[^1]) == "nam")
        {
            unitWords.RemoveAt(unitWords.Count - 1);
        }

        claim = new Claim
        {
            Unit = string.Join(' ', unitWords),
            Edition = int.Parse(words[at], CultureInfo.InvariantCulture),
            Measure = NormaliseMeasure(string.Join(' ', words.Skip(at + 1).SkipLast(1))),
            Value = words[^1],
            Index = index,
        };
        problem = "";
        return true;
    }

    /// <summary>
    /// Reads the value of a claim: invariant (<c>47.75</c>), or with a decimal comma as Vietnamese writes it
    /// (<c>47,75</c>). A comma followed by exactly three digits and no other separator (<c>1,234</c>) is refused as
    /// ambiguous (a thousands separator in English, a decimal comma in Vietnamese); so are values with both a comma and
    /// a dot, or several commas.
    /// </summary>
    /// <param name="text">The value as written.</param>
    /// <param name="where">Where the claim is, for the problem.</param>
    /// <returns>The number, or the problem.</returns>
    internal static Outcome<decimal> ParseValue(string text, ProblemLocation where)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0 && trimmed.IndexOf('.', StringComparison.Ordinal) < 0 && trimmed.LastIndexOf(',') == comma)
        {
            var after = trimmed.Length - comma - 1;
            if (after == 3 && !trimmed.AsSpan(comma + 1).ContainsAnyExceptInRange('0', '9'))
            {
                return Outcome<decimal>.Failure([ProblemMessages.Problem(
                    where, nameof(Messages.ClaimValueAmbiguous), text, trimmed.Replace(',', '.'), trimmed.Replace(",", "", StringComparison.Ordinal))]);
            }

            trimmed = trimmed.Replace(',', '.');
        }

        return decimal.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out var value)
            ? Outcome<decimal>.Success(value)
            : Outcome<decimal>.Failure([ProblemMessages.Problem(where, nameof(Messages.ClaimValueNotANumber), text)]);
    }

    /// <summary>
    /// A measure key as the files write it: a Vietnamese measure word (<see cref="VietnameseMeasures"/>, compared
    /// without diacritics) becomes its key; anything else is lower-cased with hyphens and spaces as underscores.
    /// </summary>
    internal static string NormaliseMeasure(string measure)
    {
        var text = measure.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        return VietnameseMeasures.TryGetValue(UnitNames.ToKey(text), out var key)
            ? key
            : string.Join('_', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('-', '_');
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsAsciiDigit) && int.Parse(word, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
}
