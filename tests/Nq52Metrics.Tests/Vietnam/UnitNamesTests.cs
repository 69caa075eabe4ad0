using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Folding Vietnamese names to ASCII keys without culture data.</summary>
public sealed class UnitNamesTests
{
    [Theory]
    [InlineData("Thái Nguyên", "thai-nguyen")]
    [InlineData("Đắk Lắk", "dak-lak")]
    [InlineData("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau")]
    [InlineData("  Hải   Phòng ", "hai-phong")]
    [InlineData("QUẢNG NGÃI", "quang-ngai")]
    [InlineData("Thành phố Hồ Chí Minh", "thanh-pho-ho-chi-minh")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void ToKey_folds_diacritics_case_and_punctuation(string name, string key) => Assert.Equal(key, UnitNames.ToKey(name));

    [Fact]
    public void Decomposed_letters_fold_like_precomposed_ones()
    {
        var decomposed = "Tha\u0301i Nguye\u0302\u0300n";

        Assert.Equal("thai-nguyen", UnitNames.ToKey(decomposed));
    }

    [Fact]
    public void Every_Vietnamese_vowel_with_every_tone_folds_to_its_base_letter()
    {
        Assert.Equal("aaaaaaaaaaaaaaaaa", UnitNames.ToKey("àáảãạăằắẳẵặâầấẩẫậ"));
        Assert.Equal("eeeeeeeeeee", UnitNames.ToKey("èéẻẽẹêềếểễệ"));
        Assert.Equal("ooooooooooooooooo", UnitNames.ToKey("òóỏõọôồốổỗộơờớởỡợ"));
        Assert.Equal("uuuuuuuuuuu", UnitNames.ToKey("ùúủũụưừứửữự"));
        Assert.Equal("iiiiiyyyyyd", UnitNames.ToKey("ìíỉĩịỳýỷỹỵđ"));
    }

    [Fact]
    public void Candidate_keys_drop_administrative_words_and_hyphens()
    {
        Assert.Equal(["thanh-pho-ho-chi-minh", "ho-chi-minh", "thanhphohochiminh", "hochiminh"], UnitNames.CandidateKeys("Thành phố Hồ Chí Minh"));
        Assert.Contains("ho-chi-minh", UnitNames.CandidateKeys("Ho Chi Minh City"));
        Assert.Contains("hanoi", UnitNames.CandidateKeys("Hà Nội"));
        Assert.Empty(UnitNames.CandidateKeys("  "));
    }
}
