using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Claims from short texts and from claims files (CSV in the article format, or one claim per line).</summary>
public sealed class ClaimParserTests
{
    [Fact]
    public void A_text_claim_has_a_unit_of_any_length_an_edition_a_measure_and_a_value()
    {
        var claim = ClaimParser.Parse("  Bà Rịa - Vũng Tàu  2023  Region-Rank 2 ");

        Assert.Equal("Bà Rịa - Vũng Tàu", claim.Unit);
        Assert.Equal(2023, claim.Edition);
        Assert.Equal("region_rank", claim.Measure);
        Assert.Equal("2", claim.Value);
        Assert.Equal(IndexKind.Pii, claim.Index);
        Assert.Equal(IndexKind.Dti, ClaimParser.Parse("dti da-nang 2022 rank 1").Index);
        Assert.Equal("da-nang 2022 rank 1", ClaimParser.Parse("pii da-nang 2022 rank 1").ToString());
    }

    [Fact]
    public void A_text_file_has_one_claim_per_line_with_comments_and_blank_lines()
    {
        var claims = ClaimParser.ParseFile("# checked on 2024-06-01\n\nthai-nguyen 2023 score 47.75\r\nlam-dong 2023 rank 16\n", "claims.txt");

        Assert.Equal(2, claims.Length);
        Assert.Equal("claims.txt line 3", claims[0].Origin);
        Assert.Equal("lam-dong", claims[1].Unit);
    }

    [Fact]
    public void A_csv_file_in_the_article_format_needs_only_unit_edition_measure_and_value()
    {
        var claims = ClaimParser.ParseFile("unit_key,edition,measure,value,source\nthai-nguyen,2023,rank,10,my-report\nnational,,res52_issue_date,2019-09-27,\n", "claims.csv");

        Assert.Equal(2, claims.Length);
        Assert.Equal(["my-report"], claims[0].Sources);
        Assert.Null(claims[1].Edition);
        Assert.Equal("claims.csv line 2", claims[0].Origin);
    }

    [Fact]
    public void Malformed_lines_and_files_are_reported_with_their_lines()
    {
        var e = Problems.Thrown(() => ClaimParser.ParseFile("thai-nguyen 2023 rank 10\nnonsense\nalso 2023 nonsense\n", "claims.txt"));

        Assert.Equal(["claims.txt line 2", "claims.txt line 3"], e.Problems.Select(p => p.Location));
        Problems.AssertSingle(() => ClaimParser.ParseFile("# nothing\n", "empty.txt"), "empty.txt", "no claim");
        Problems.AssertSingle(() => ClaimParser.ParseFile("unit_key,measure,value\nx,rank,1\n", "claims.csv"), "claims.csv line 1", "\"edition\"");
        Problems.AssertSingle(() => ClaimParser.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-claims.txt")), Path.Combine(Path.GetTempPath(), "no-such-claims.txt"), "does not exist");
    }

    [Fact]
    public void A_claims_file_is_read_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nq52-claims-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "thai-nguyen 2023 rank 10\n");
        try
        {
            var claim = Assert.Single(ClaimParser.ReadFile(path));
            Assert.StartsWith("nq52-claims-", claim.Origin, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_article_claims_file_is_read_with_its_ids_quotes_scopes_and_sources()
    {
        var claim = VietnamSeeds.Embedded.ArticleClaims.Single(c => c.Id == "C18");

        Assert.Equal("đứng thứ 10 cả nước", claim.Text);
        Assert.Equal(ClaimScope.National, claim.Scope);
        Assert.Equal(["article-seed"], claim.Sources);
        Assert.Equal("article_claims.csv line 19", claim.Origin);
    }

    [Theory]
    [InlineData("Thái Nguyên 2023 điểm 47.75", "Thái Nguyên", "score", "47.75")]
    [InlineData("Thái Nguyên 2023 hạng 10", "Thái Nguyên", "rank", "10")]
    [InlineData("Thái Nguyên 2023 thứ 10", "Thái Nguyên", "rank", "10")]
    [InlineData("Thái Nguyên năm 2023 xếp thứ 10", "Thái Nguyên", "rank", "10")]
    [InlineData("Thái Nguyên 2023 Xếp Hạng 10", "Thái Nguyên", "rank", "10")]
    [InlineData("thai-nguyen 2023 xep thu 10", "thai-nguyen", "rank", "10")]
    [InlineData("dti Đà Nẵng 2023 xe\u0301p thu\u031b\u0301 1", "Đà Nẵng", "rank", "1")]
    public void Vietnamese_measure_words_are_understood(string text, string unit, string measure, string value)
    {
        var claim = ClaimParser.Parse(text);

        Assert.Equal(unit, claim.Unit);
        Assert.Equal(2023, claim.Edition);
        Assert.Equal(measure, claim.Measure);
        Assert.Equal(value, claim.Value);
    }

    [Fact]
    public void Vietnamese_measure_words_are_understood_in_claims_files_too()
    {
        var claims = ClaimParser.ParseFile("unit_key,edition,measure,value\nthai-nguyen,2023,xếp thứ,10\nthai-nguyen,2023,điểm,47.75\n", "claims.csv");

        Assert.Equal(["rank", "score"], claims.Select(c => ClaimParser.NormaliseMeasure(c.Measure)));
    }

    [Fact]
    public void A_claim_with_a_measure_but_no_value_says_what_comes_after_the_edition()
    {
        var problem = Assert.Throws<Nq52ValidationException>(() => ClaimParser.Parse("Thái Nguyên 2023 hạng"));

        Assert.Contains("after the edition come exactly two words", problem.Message, StringComparison.Ordinal);
        Assert.Contains("after the edition come exactly two words", Assert.Throws<Nq52ValidationException>(() => ClaimParser.Parse("Thái Nguyên 2023 điểm 47.75 điểm")).Message, StringComparison.Ordinal);
    }
}
