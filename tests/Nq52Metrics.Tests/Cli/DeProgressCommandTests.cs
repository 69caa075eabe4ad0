using System.Globalization;
using Nq52Metrics.Tests.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 de progress</c>: each target against the latest value, with the edge cases the issue lists.</summary>
public sealed class DeProgressCommandTests
{
    private static string[] Row(CliOutcome run, string instrument, string year, string targetStart) =>
        PiiTables.Read(run.Output)[0].Rows.Single(r => r[0] == instrument && r[1] == year && r[2].StartsWith(targetStart, StringComparison.Ordinal));

    [Fact]
    public void The_2030_share_target_against_the_latest_GSO_value_read_from_the_file()
    {
        var gso = SeedCsv.Rows("digital_economy_share.csv").Where(r => r["unit_key"] == "national" && r["series"] == "gso" && !r["note"].StartsWith("revision:", StringComparison.Ordinal)).ToList();
        var latest = double.Parse(gso[^1]["share_percent"], CultureInfo.InvariantCulture);
        var year = int.Parse(gso[^1]["year"], CultureInfo.InvariantCulture);

        var run = CliRun.Run("de", "progress");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var row = Row(run, "res-52-nq-tw", "2030", "Digital economy share of GDP");
        Assert.Equal(["Instrument", "Year", "Target", "Current", "Progress", "Gap", "Status", "Required CAGR", "Required / year", "Observed CAGR", "Projected", "In time"], PiiTables.Read(run.Output)[0].Header);
        Assert.Equal("Digital economy share of GDP ≥ 30 % of GDP", row[2]);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{latest} ({year})"), row[3]);
        Assert.Equal((latest / 30 * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %", row[4]);
        Assert.Equal((30 - latest).ToString("0.##", CultureInfo.InvariantCulture), row[5]);
        Assert.Equal("not met", row[6]);
        Assert.Equal(((Math.Pow(30 / latest, 1.0 / (2030 - year)) - 1) * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %", row[7]);
        Assert.Equal("no", row[11]);
        Assert.Contains(run.OutputLines, l => l.StartsWith($"res-52-nq-tw de_share_gdp 2030: current = GSO national share {year} ({gso[^1]["source"].Replace(";", ", ", StringComparison.Ordinal)}); observed CAGR from {gso[0]["year"]}", StringComparison.Ordinal));
    }

    [Fact]
    public void Qualitative_targets_are_listed_without_a_number()
    {
        var run = CliRun.Run("de", "progress");

        var qualitative = PiiTables.Read(run.Output)[0].Rows.Where(r => r[6] == "qualitative").ToList();
        Assert.Equal(SeedCsv.Rows("targets.csv").Count(r => r["value"].Length == 0), qualitative.Count);
        Assert.All(qualitative, r => Assert.Equal(["–", "–", "–"], r[3..6]));
        Assert.Contains(run.OutputLines, l => l == "res-52-nq-tw digital_government 2030: qualitative target: no number to measure against.");
    }

    [Fact]
    public void At_the_target_year_itself_the_answer_is_met_or_not_with_nothing_required()
    {
        var run = CliRun.Run("de", "progress", "--year", "2023");

        var row = Row(run, "ncdt-action-plan-2023", "2023", "Digital economy share of GDP");
        Assert.Equal(["12.87 (2023)", "not met", "–", "–"], new[] { row[3], row[6], row[7], row[8] });
        Assert.Contains(run.OutputLines, l => l.StartsWith("ncdt-action-plan-2023 de_share_gdp 2023:", StringComparison.Ordinal) && l.EndsWith("the target year itself: no year left to grow in, and the target is not met.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_already_past_the_national_share_target_is_met_with_nothing_required()
    {
        var share = SeedCsv.Rows("digital_economy_share.csv").Single(r => r["unit_key"] == "bac-ninh" && r["series"] == "gso");

        var run = CliRun.Run("de", "progress", "--unit", "Bắc Ninh");

        Assert.Equal(0, run.ExitCode);
        var row = Row(run, "res-52-nq-tw", "2030", "Digital economy share of GDP");
        Assert.Equal($"{double.Parse(share["share_percent"], CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)} ({share["year"]})", row[3]);
        Assert.Equal("met", row[6]);
        Assert.Equal("–", row[7]);
        Assert.StartsWith("The national digital-economy share targets applied to \"Bắc Ninh\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_GII_rank_target_is_read_lower_is_better()
    {
        var run = CliRun.Run("de", "progress");

        var row = Row(run, "res-52-nq-tw", "2030", "GII ranking worldwide");
        Assert.Equal(["GII ranking worldwide ≤ 40 (rank)", "46 (2023)", (40.0 / 46 * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %", "6", "not met"], row[2..7]);
        Assert.StartsWith("-", row[8], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_exits_2_with_a_located_message()
    {
        var run = CliRun.Run("de", "progress", "--unit", "Atlantis");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unit \"Atlantis\": neither one of the 63 provinces", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
