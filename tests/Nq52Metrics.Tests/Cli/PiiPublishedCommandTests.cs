using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 pii published</c>: the published PII table as known from the sources, with the sources.</summary>
public sealed class PiiPublishedCommandTests
{
    private static readonly VietnamSeeds Seeds = VietnamSeeds.Embedded;

    [Fact]
    public void Edition_2023_lists_every_unit_with_a_published_figure_best_rank_first_with_sources()
    {
        var expected = Seeds.Pii.Published(2023).Rows();

        var run = CliRun.Run("pii", "published", "--edition", "2023");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(["Rank", "Province", "Region", "PII", "Input", "Output", "Region rank", "Flags", "Sources"], table.Header);
        Assert.Equal(expected.Select(r => r.Unit.NameVi), table.Rows.Select(r => r[1]));
        var haNoi = table.Rows[0];
        Assert.Equal(["1", "Hà Nội", "RRD", "62.86"], haNoi[..4]);
        Assert.Equal(string.Join(", ", expected[0].Sources), haNoi[8]);
        Assert.Contains("nhandan-pii2023", haNoi[8], StringComparison.Ordinal);
        var nhandan = Seeds.Source("nhandan-pii2023");
        Assert.Null(nhandan.Date);
        Assert.Contains($"nhandan-pii2023: {nhandan.Title} — {nhandan.Publisher}, {nhandan.Address}", run.OutputLines);
        Assert.StartsWith("PII 2023 as published, ranking the 63 provinces before the 2025 merger:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_versions_are_all_shown_and_flagged()
    {
        var run = CliRun.Run("pii", "published", "--edition", "2023");

        var lamDong = PiiTables.Read(run.Output)[0].Rows.Single(r => r[1] == "Lâm Đồng");
        Assert.Equal("16 / 15", lamDong[0]);
        Assert.Contains("conflict", lamDong[7], StringComparison.Ordinal);
        Assert.Contains("unconfirmed", lamDong[7], StringComparison.Ordinal);
        Assert.Equal("article-seed, baomoi-c52288304", lamDong[8]);
        var regions = PiiTables.Read(run.Output)[1];
        Assert.Equal(["Region", "Name", "Mean PII", "Position", "Flags", "Sources"], regions.Header);
        Assert.Equal("45.17", regions.Rows.Single(r => r[0] == "RRD")[2]);
    }

    [Theory]
    [InlineData("NMM")]
    [InlineData("Trung du và miền núi phía Bắc")]
    [InlineData("northern midlands and mountains")]
    public void Region_keeps_only_the_provinces_of_the_region(string region)
    {
        var expected = Seeds.Pii.Published(2023).Rows("NMM");

        var run = CliRun.Run("pii", "published", "--edition", "2023", "--region", region);

        Assert.Equal(0, run.ExitCode);
        var tables = PiiTables.Read(run.Output);
        Assert.Equal(expected.Select(r => r.Unit.NameVi), tables[0].Rows.Select(r => r[1]));
        Assert.Contains("Thái Nguyên", tables[0].Rows.Select(r => r[1]));
        Assert.All(tables[0].Rows, r => Assert.Equal("NMM", r[2]));
        Assert.Equal(["NMM"], tables[1].Rows.Select(r => r[0]));
        Assert.Contains("region NMM (Trung du và miền núi phía Bắc, Northern Midlands and Mountains)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_edition_the_latest_is_shown_and_with_a_region_the_latest_that_has_regions()
    {
        var latest = Seeds.Pii.PublishedEditions[^1];
        var withRegions = Seeds.Pii.PublishedEditions.Last(e => Seeds.Pii.Results.UnitListOf(e) == UnitList.Provinces63);

        var all = CliRun.Run("pii", "published");
        var region = CliRun.Run("pii", "published", "--region", "CH");

        Assert.StartsWith($"PII {latest} (the latest published edition;", all.Output, StringComparison.Ordinal);
        Assert.Equal(Seeds.Pii.Published(latest).Rows().Select(r => r.Unit.NameVi), PiiTables.Read(all.Output)[0].Rows.Select(r => r[1]));
        Assert.StartsWith($"PII {withRegions} (the latest published edition with regions;", region.Output, StringComparison.Ordinal);
        Assert.Equal(0, region.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "--edition", "2019" }, "error: edition: there is no published PII edition 2019; the seeds know 2023, 2024, 2025.")]
    [InlineData(new[] { "--region", "Atlantis" }, "error: region \"Atlantis\": no region has this code or name; the regions are RRD (Red River Delta), NMM (Northern Midlands and Mountains), NCC (North Central and Central Coast), CH (Central Highlands), SE (Southeast), MRD (Mekong River Delta).")]
    [InlineData(new[] { "--edition", "2025", "--region", "SE" }, "error: region: the PII 2025 ranks the 34 units formed in 2025, and no source gives their regions.")]
    public void An_unknown_edition_or_region_exits_2_listing_the_known_values(string[] options, string message)
    {
        var run = CliRun.Run(["pii", "published", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.Trim());
        Assert.Equal("", run.Output);
        run.AssertNoStackTrace();
    }
}
