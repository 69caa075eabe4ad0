using Nq52Metrics.Tests.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 pii trend</c>: published rank and score changes between editions, across the merger too.</summary>
public sealed class PiiTrendCommandTests
{
    [Fact]
    public void A_units_ranks_in_both_editions_are_those_of_the_file_with_the_places_gained()
    {
        var rows = SeedCsv.Rows("pii_published.csv").Where(r => r["unit_key"] == "ba-ria-vung-tau" && r["measure"] == "rank").ToList();
        var before = int.Parse(rows.Single(r => r["edition"] == "2023")["value"], System.Globalization.CultureInfo.InvariantCulture);
        var after = int.Parse(rows.Single(r => r["edition"] == "2024")["value"], System.Globalization.CultureInfo.InvariantCulture);

        var run = CliRun.Run("pii", "trend", "--unit", "Bà Rịa - Vũng Tàu");

        Assert.Equal(0, run.ExitCode);
        var table = PiiTables.Read(run.Output)[0];
        var row = table.Rows.Single(r => r[0] == "2023→2024");
        Assert.Equal([$"{before}", $"{after}", $"+{before - after}"], row[3..6]);
        Assert.Equal("same unit", row[9]);
        var merged = table.Rows.Single(r => r[0] == "2024→2025");
        Assert.Equal(["Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "not comparable one-to-one"], new[] { merged[1], merged[2], merged[9] });
    }

    [Fact]
    public void Conflicting_ranks_are_shown_with_no_change()
    {
        var run = CliRun.Run("pii", "trend", "--unit", "lam-dong");

        var row = Assert.Single(PiiTables.Read(run.Output)[0].Rows);
        Assert.Equal(["16 / 15", "21", "–"], row[3..6]);
        Assert.Contains("conflict", row[10], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_unit_every_pair_of_editions_is_listed()
    {
        var run = CliRun.Run("pii", "trend");

        var rows = PiiTables.Read(run.Output)[0].Rows;
        Assert.Equal(["2023→2024", "2024→2025"], rows.Select(r => r[0]).Distinct());
        Assert.Contains(rows, r => r[0] == "2024→2025" && r[1] == "Hà Nội" && r[9] == "same territory, 63→34 list");
    }

    [Fact]
    public void A_unit_without_figures_in_two_editions_gets_a_line_and_an_unknown_unit_exits_2()
    {
        var none = CliRun.Run("pii", "trend", "--unit", "Bắc Kạn");
        var unknown = CliRun.Run("pii", "trend", "--unit", "Atlantis");

        Assert.Equal(0, none.ExitCode);
        Assert.Contains("No published PII rank or score for \"Bắc Kạn\" in two consecutive editions.", none.OutputLines);
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("error: unit \"Atlantis\":", unknown.Error, StringComparison.Ordinal);
        unknown.AssertNoStackTrace();
    }
}
