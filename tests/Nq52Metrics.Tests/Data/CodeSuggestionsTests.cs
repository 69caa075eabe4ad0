using Nq52Metrics.Data;

namespace Nq52Metrics.Tests.Data;

/// <summary>Suggestions for a code that matches nothing: diacritic-insensitive, by edit distance or a run of whole words.</summary>
public sealed class CodeSuggestionsTests
{
    [Theory]
    [InlineData("Thừa Thiên Huế", "thua-thien-hue")]
    [InlineData("Đắk Lắk", "dak-lak")]
    [InlineData("  legal_env ", "legal-env")]
    [InlineData("Thu\u0300a", "thua")]
    [InlineData("--", "")]
    public void Fold_drops_case_diacritics_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, CodeSuggestions.Fold(text));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("legal-evn", "legal-env", 2)]
    public void Levenshtein_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, CodeSuggestions.Levenshtein(a, b));
        Assert.Equal(expected, CodeSuggestions.Levenshtein(b, a));
    }

    [Fact]
    public void The_last_word_of_a_name_finds_it_and_nothing_far_is_suggested()
    {
        string[] codes = ["ha-noi", "hau-giang", "thua-thien-hue", "hung-yen"];

        Assert.Equal(["thua-thien-hue"], CodeSuggestions.Closest("Huế", codes));
        Assert.Equal(["ha-noi"], CodeSuggestions.Closest("Hà Nộii", codes));
        Assert.Empty(CodeSuggestions.Closest("Atlantis", codes));
        Assert.Empty(CodeSuggestions.Closest("!!", codes));
    }

    [Fact]
    public void Names_count_as_well_as_codes_and_the_closest_come_first()
    {
        var candidates = new (string, IReadOnlyList<string>)[] { ("P1", ["Institutions"]), ("P2", ["Human capital"]), ("P3", ["Infrastructure"]) };

        Assert.Equal(["P3"], CodeSuggestions.ClosestByName("infrastructur", candidates));
        Assert.Equal(["P1", "P2", "P3"], CodeSuggestions.ClosestByName("P4", candidates, count: 5));
        Assert.Equal(["P1"], CodeSuggestions.ClosestByName("P4", candidates, count: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CodeSuggestions.ClosestByName("P4", candidates, count: 0));
    }
}
