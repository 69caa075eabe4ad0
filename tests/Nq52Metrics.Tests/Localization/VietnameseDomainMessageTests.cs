using Nq52Metrics.DigitalEconomy;
using Nq52Metrics.Localization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Localization;

/// <summary>
/// The statement checker's reasons and the problems of the Vietnam and digital-economy code in both languages: whole
/// sentences per key, numbers written the language's way, codes and locations literal.
/// </summary>
public sealed class VietnameseDomainMessageTests
{
    private static readonly StatementChecker Checker = new();

    [Fact]
    public void A_contradicted_claim_gives_its_reason_in_either_language()
    {
        var check = Checker.Check("thai-nguyen 2023 score 47.70");

        Assert.Equal(Verdict.Contradicted, check.Verdict);
        Assert.Equal("CheckContradicted", check.ReasonKey);
        Assert.Equal(check.Reason, check.ReasonIn(DisplayLanguage.English));
        Assert.EndsWith("article-seed give 47.75, and no other source gives 47.70.", check.Reason, StringComparison.Ordinal);
        Assert.StartsWith("các nguồn nhandan-pii2023", check.ReasonIn(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.EndsWith("article-seed nêu 47,75, và không nguồn nào khác nêu 47.70.", check.ReasonIn(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_that_lists_other_years_translates_every_item()
    {
        var share = Checker.CheckArticle().Single(c => c.Claim.Id == "C26");

        Assert.Contains("42.92 in 2022 (mic)", share.Reason, StringComparison.Ordinal);
        var vietnamese = share.ReasonIn(DisplayLanguage.Vietnamese);
        Assert.Contains("Các năm khác: ", vietnamese, StringComparison.Ordinal);
        Assert.Contains("42,92 năm 2022 (chuỗi mic)", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("Other years", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_band_reason_and_a_disputed_confirmation_read_in_vietnamese()
    {
        var outside = Checker.Check("dong-thap 2023 rank 40");
        var disputed = Checker.Check("nghe-an 2024 score 32.69");

        Assert.Equal("các nguồn xếp dong-thap trong khoảng hạng 11–30, khoảng này không có 40.", outside.ReasonIn(DisplayLanguage.Vietnamese));
        Assert.True(disputed.IsDisputed);
        Assert.Contains("nêu cùng giá trị, nhưng nguồn vneconomy-2025 nêu 36,52", disputed.ReasonIn(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_reason_reads_the_same_in_both_languages()
    {
        var check = Checker.Check("thai-nguyen 2023 score 47.75") with { Reason = "set by hand." };

        Assert.Null(check.ReasonKey);
        Assert.Equal("set by hand.", check.ReasonIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void An_unknown_unit_in_a_claim_is_reported_in_either_language_with_a_literal_location()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => Checker.Check("Atlantis 2023 score 40"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("CheckUnitProblem", problem.MessageKey);
        Assert.Equal("claim \"Atlantis 2023 score 40\": unit \"Atlantis\": none of the 63 provinces before the 2025 merger has this key, code or name.", problem.ToString());
        Assert.Equal("claim \"Atlantis 2023 score 40\": đơn vị \"Atlantis\": không tỉnh nào trong 63 tỉnh trước sáp nhập năm 2025 có khóa, mã hay tên này.", problem.ToString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void A_seed_message_reads_in_both_languages()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => VietnamSeeds.Embedded.Region("Atlantis"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("RegionUnknown", problem.MessageKey);
        Assert.StartsWith("region \"Atlantis\": no region has this code or name; the regions are RRD (", problem.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("region \"Atlantis\": không vùng nào có mã hay tên này; các vùng là RRD (", problem.ToString(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_seed_folder_is_reported_in_both_languages()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nq52-no-such-seeds-" + Guid.NewGuid().ToString("N"));

        var problem = Assert.Single(Assert.Throws<Nq52ValidationException>(() => VietnamSeeds.LoadDirectory(folder)).Problems);

        Assert.Equal("the seed folder does not exist.", problem.Message);
        Assert.Equal("thư mục dữ liệu gốc không tồn tại.", problem.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal(folder, problem.Location);
    }

    [Fact]
    public void A_digital_economy_message_writes_its_numbers_the_languages_way()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => DigitalEconomyShare.Create(-1.5m, 2m, 0m));

        Assert.Equal(
            ["core value added: -1.5 is negative; value added must be 0 or more.", "GRDP: 0 is not greater than 0, so no share can be computed."],
            e.Problems.Select(p => p.ToString()));
        Assert.Equal(
            ["core value added: -1,5 là số âm; giá trị gia tăng phải lớn hơn hoặc bằng 0.", "GRDP: 0 không lớn hơn 0, nên không tính được tỷ trọng."],
            e.Problems.Select(p => p.ToString(DisplayLanguage.Vietnamese)));
    }

    [Fact]
    public void A_targets_remark_reads_in_either_language()
    {
        var target = new Target("test", 2025, "de_share_gdp", "Digital economy share of GDP", 20, "percent_of_gdp", TargetComparator.AtLeast, ["src"], "");

        var (current, earlier) = (new TargetReading(2025, 14.02, ["src"], "test"), new TargetReading(2020, -1, ["src"], "test"));
        var inTargetYear = TargetOutlook.Assess(target, current, earlier);
        var onTrack = TargetOutlook.Assess(target, new TargetReading(2022, 12.1, ["src"], "test"), new TargetReading(2020, 10, ["src"], "test"));

        Assert.Equal("OutlookRemarkAndEarlierNotPositive", inTargetYear.RemarkKey);
        Assert.Equal("the target year itself: no year left to grow in, and the target is not met. The earlier value is 0 or less, so no observed CAGR can be computed.", inTargetYear.Remark);
        Assert.Equal(inTargetYear.Remark, inTargetYear.RemarkIn(DisplayLanguage.English));
        Assert.Equal("đúng năm mục tiêu: không còn năm nào để tăng trưởng, và mục tiêu chưa đạt. Giá trị trước đó bằng 0 hoặc nhỏ hơn, nên không tính được CAGR thực tế.", inTargetYear.RemarkIn(DisplayLanguage.Vietnamese));
        Assert.Null(onTrack.RemarkKey);
        Assert.Equal("", onTrack.RemarkIn(DisplayLanguage.Vietnamese));
        Assert.Equal(inTargetYear, TargetOutlook.Assess(target, current, earlier));
    }

    [Fact]
    public void Growth_and_band_problems_are_keyed()
    {
        var growth = Assert.Single(Assert.Throws<Nq52ValidationException>(() => Growth.Cagr(1, 2025, 2, 2020)).Problems);
        var band = Assert.Single(Assert.Throws<Nq52ValidationException>(() => new ShareBand(20m, 10.5m)).Problems);

        Assert.Equal("years: năm cuối 2020 không sau năm đầu 2025.", growth.ToString(DisplayLanguage.Vietnamese));
        Assert.Equal("share band: the lower bound 20 is not below the upper bound 10.5.", band.ToString());
        Assert.Equal("share band: cận dưới 20 không nhỏ hơn cận trên 10,5.", band.ToString(DisplayLanguage.Vietnamese));
    }
}
