using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>The statement checker on the seed article's claims and on short text claims, with every error path.</summary>
public sealed class StatementCheckerTests
{
    private static readonly StatementChecker Checker = new();

    private static ClaimCheck Article(string id) => Checker.CheckArticle().Single(c => c.Claim.Id == id);

    [Fact]
    public void Thai_Nguyen_47_75_in_PII_2023_is_confirmed_by_sources_other_than_the_article()
    {
        var check = Article("C17");

        Assert.Equal(Verdict.Confirmed, check.Verdict);
        Assert.False(check.IsDisputed);
        var evidence = Assert.Single(check.Supporting);
        Assert.Equal(47.75m, evidence.Value);
        Assert.Contains("nhandan-pii2023", evidence.Sources);
        Assert.DoesNotContain("article-seed", evidence.Sources);
    }

    [Fact]
    public void Thai_Nguyen_10th_nationally_and_first_in_its_region_are_confirmed()
    {
        Assert.Equal(Verdict.Confirmed, Article("C18").Verdict);
        Assert.Equal(Verdict.Confirmed, Article("C19").Verdict);
        Assert.Contains("thainguyentv-pii2023", Article("C19").Supporting.Single().Sources);
    }

    [Fact]
    public void Lam_Dong_16th_is_contradicted_by_the_15th_that_baomoi_implies()
    {
        var check = Article("C15");

        Assert.Equal(Verdict.Contradicted, check.Verdict);
        var conflict = Assert.Single(check.Conflicting);
        Assert.Equal(15m, conflict.Value);
        Assert.Equal(["baomoi-c52288304"], conflict.Sources);
        Assert.True(conflict.Note.IsConflict);
        Assert.Contains("baomoi-c52288304 gives 15", check.Reason, StringComparison.Ordinal);
        Assert.Contains(check.Context, e => e.Value == 16m && e.Sources.IsEmpty);
    }

    [Fact]
    public void Lam_Dong_first_in_the_Central_Highlands_is_confirmed_but_its_43_58_is_only_the_articles_own()
    {
        Assert.Equal(Verdict.Confirmed, Article("C14").Verdict);
        var score = Article("C13");
        Assert.Equal(Verdict.Unknown, score.Verdict);
        Assert.Contains("only the claim's own source (article-seed)", score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_articles_digital_economy_share_cannot_be_told_and_the_other_years_are_shown()
    {
        var share = Article("C26");

        Assert.Equal(Verdict.Unknown, share.Verdict);
        Assert.Contains("42.92 in 2022 (mic)", share.Reason, StringComparison.Ordinal);
        Assert.Contains("29.53 in 2025 (gso)", share.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Unknown, Article("C27").Verdict);
    }

    [Fact]
    public void Claims_on_measures_the_seeds_do_not_cover_are_unknown_with_the_reason()
    {
        var checks = Checker.CheckArticle();

        Assert.Equal(29, checks.Length);
        Assert.Equal(["C14", "C17", "C18", "C19"], checks.Where(c => c.Verdict == Verdict.Confirmed).Select(c => c.Claim.Id));
        Assert.Equal(["C15"], checks.Where(c => c.Verdict == Verdict.Contradicted).Select(c => c.Claim.Id));
        Assert.Equal(24, checks.Count(c => c.Verdict == Verdict.Unknown));
        Assert.Contains("no data on \"res52_issue_date\"", Article("C01").Reason, StringComparison.Ordinal);
        Assert.Contains("names no edition", Checker.Check(new Claim { Unit = "thai-nguyen", Measure = "score", Value = "47.75" }).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thai-nguyen 2023 score 47.75", Verdict.Confirmed)]
    [InlineData("Thái Nguyên 2023 rank 10", Verdict.Confirmed)]
    [InlineData("lam-dong 2023 region_rank 1", Verdict.Confirmed)]
    [InlineData("Lâm Đồng 2023 region-rank 1", Verdict.Confirmed)]
    [InlineData("thai-nguyen 2023 score 47.8", Verdict.Confirmed)]
    [InlineData("da-nang 2023 score 50.7", Verdict.Confirmed)]
    [InlineData("thai-nguyen 2023 score 47.70", Verdict.Contradicted)]
    [InlineData("Hanoi 2024 score 60.76", Verdict.Confirmed)]
    [InlineData("Huế 2025 input 51.50", Verdict.Confirmed)]
    [InlineData("hai-phong 2023 region_rank 2", Verdict.Unknown)]
    [InlineData("dti Đà Nẵng 2022 rank 1", Verdict.Confirmed)]
    [InlineData("DTI thanh-hoa 2022 rank 15", Verdict.Confirmed)]
    [InlineData("national 2023 de_share_gdp_percent 12.33", Verdict.Confirmed)]
    [InlineData("dti National 2024 score 0.7955", Verdict.Confirmed)]
    [InlineData("Quảng Trị 2023 de_share_grdp_percent 7.09", Verdict.Confirmed)]
    public void Text_claims_are_parsed_and_checked(string text, Verdict verdict) => Assert.Equal(verdict, Checker.Check(text).Verdict);

    [Fact]
    public void A_value_confirmed_by_one_source_and_contradicted_by_another_is_disputed()
    {
        var check = Checker.Check("nghe-an 2024 score 32.69");

        Assert.Equal(Verdict.Confirmed, check.Verdict);
        Assert.True(check.IsDisputed);
        Assert.Equal(36.52m, check.Conflicting.Single().Value);
        Assert.Contains("vneconomy-2025 gives 36.52", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claims_own_source_can_be_excluded_from_a_text_claim()
    {
        var withArticle = Checker.Check("lam-dong 2023 rank 16");
        var without = Checker.Check("lam-dong 2023 rank 16", ["article-seed"]);

        Assert.Equal(Verdict.Confirmed, withArticle.Verdict);
        Assert.True(withArticle.IsDisputed);
        Assert.Equal(Verdict.Contradicted, without.Verdict);
    }

    [Fact]
    public void A_rank_claim_is_judged_against_a_published_rank_band()
    {
        var outside = Checker.Check("dong-thap 2023 rank 40");
        var inside = Checker.Check("dong-thap 2023 rank 20");

        Assert.Equal(Verdict.Contradicted, outside.Verdict);
        Assert.Contains("within ranks 11–30", outside.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Unknown, inside.Verdict);
        Assert.Contains("includes 20", inside.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_units_published_at_the_claimed_rank_are_shown_as_context()
    {
        var check = Checker.Check("dti thai-nguyen 2023 rank 8");

        Assert.Equal(Verdict.Confirmed, check.Verdict);
        Assert.Contains("conflict", check.Reason, StringComparison.Ordinal);
        Assert.Contains(check.Context, e => e.UnitKey == "hai-phong" && e.Value == 8m);
    }

    [Fact]
    public void An_unknown_province_an_unknown_edition_or_a_non_numeric_value_is_an_error()
    {
        Problems.AssertSingle(() => Checker.Check("atlantis 2023 rank 1"), "claim \"atlantis 2023 rank 1\"", "none of the 63 provinces");
        Problems.AssertSingle(() => Checker.Check("thai-nguyen 2019 rank 1"), "claim \"thai-nguyen 2019 rank 1\"", "no published PII edition 2019");
        Problems.AssertSingle(() => Checker.Check("thai-nguyen 2023 rank ten"), "claim \"thai-nguyen 2023 rank ten\"", "not a number");
        Problems.AssertSingle(() => Checker.Check("hue 2023 score 44"), "claim \"hue 2023 score 44\"", "a unit formed in 2025");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("thai-nguyen score 47.75", "no edition")]
    [InlineData("2023 score 47.75", "unit is missing")]
    [InlineData("thai-nguyen 2023 score", "exactly two words")]
    [InlineData("thai-nguyen 2023 score 47.75 points", "exactly two words")]
    public void A_malformed_claim_is_an_error_that_shows_the_expected_form(string text, string fragment)
    {
        var e = Problems.Thrown(() => Checker.Check(text));

        Assert.Contains(fragment, e.Problems.Single().Message, StringComparison.Ordinal);
        Assert.Contains("thai-nguyen 2023 score 47.75", e.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_many_claims_reports_every_invalid_one_first()
    {
        var claims = ClaimParser.ParseFile("thai-nguyen 2023 rank 10\natlantis 2023 rank 1\nthai-nguyen 2023 rank x\n", "claims.txt");

        var e = Problems.Thrown(() => Checker.CheckAll(claims));

        Assert.Equal(2, e.Problems.Length);
        Assert.StartsWith("claims.txt line 2", e.Problems[0].Location, StringComparison.Ordinal);
        Assert.StartsWith("claims.txt line 3", e.Problems[1].Location, StringComparison.Ordinal);
    }
}
