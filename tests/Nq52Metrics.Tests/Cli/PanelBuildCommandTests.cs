using System.Globalization;
using Nq52Metrics.Cli;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 build</c> on panel data: the latest ranking, the change since the previous period, every period to --out.</summary>
public sealed class PanelBuildCommandTests
{
    /// <summary>The sample index in 2023 as it is, and in 2024 with U1's A1 up from 10 to 30 and U4's B1 down to 0.2.</summary>
    private static string PanelCsv()
    {
        var lines = SampleIndex.DataCsvText.ReplaceLineEndings("\n").Split('\n');
        var header = lines[0].Replace("Zone,", "Zone,Time,", StringComparison.Ordinal);
        string WithTime(string line, string year) => line.Replace(",East,", $",East,{year},", StringComparison.Ordinal).Replace(",West,", $",West,{year},", StringComparison.Ordinal);
        var later = lines[1..].Select(l => WithTime(l, "2024"))
            .Select(l => l.Replace("U1,Unit one,East,2024,10,", "U1,Unit one,East,2024,30,", StringComparison.Ordinal)
                .Replace(",0.66,4", ",0.2,4", StringComparison.Ordinal));
        return string.Join("\n", [header, .. lines[1..].Select(l => WithTime(l, "2023")), .. later]) + "\n";
    }

    private static PanelResult Expected(Methodology? methodology = null)
    {
        var framework = SampleIndex.Framework();
        return PanelBuilder.Build(framework, CoinrCsv.ParsePanelData(PanelCsv(), framework, "data.csv"), methodology);
    }

    [Fact]
    public void Build_plot_on_panel_data_draws_the_latest_period_s_charts()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write("data.csv", PanelCsv());
        var plots = folder.PathOf("charts");

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--plot", plots);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Charts written to {plots}: ranking, framework", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(plots, "ranking.png")));
    }

    [Fact]
    public void Build_prints_the_latest_ranking_and_the_change_since_the_previous_period()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write("data.csv", PanelCsv());
        var expected = Expected();
        var changes = expected.Changes(2023, 2024, "Index").ToDictionary(c => c.Unit.Code);

        var run = CliRun.Run("build", "-f", framework, "-d", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Panel data: 2 periods (2023, 2024); normalised period by period. Latest period 2024:", run.Output, StringComparison.Ordinal);
        var rows = run.TableRows().Take(SampleIndex.UnitCodes.Length).ToList();
        Assert.Equal(expected.Latest.Ranking().Select(r => r.Unit.Code), rows.Select(r => r[1]));
        var changeRows = run.Output.Split('\n').SkipWhile(l => !l.Contains("change from 2023 to 2024", StringComparison.Ordinal))
            .Where(l => l.Contains('│', StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(SampleIndex.UnitCodes.Length, changeRows.Count);
        foreach (var row in changeRows)
        {
            var change = changes[row[1]];
            Assert.Equal(RankingTable.FormatRank(change.RankA), row[0]);
            Assert.Equal(RankingTable.FormatRank(change.RankB), row[2]);
            var moved = change.RankB - change.RankA;
            Assert.Equal(moved == 0 ? "0" : moved.ToString("+0;-0", CultureInfo.InvariantCulture), row[3]);
            Assert.Equal(RankingTable.FormatScore(change.ScoreA), row[4]);
        }

        Assert.Contains(changeRows, r => r[3] != "0");
        Assert.Contains("set normalise.pooled for scores comparable over time", run.Output, StringComparison.Ordinal);
        Assert.Contains("2024: 6 units ranked", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_every_period_with_a_leading_period_column()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write("data.csv", PanelCsv());
        var method = folder.Write("method.json", """{"normalise": {"method": "minMax", "pooled": true}}""");
        var output = folder.PathOf("results.csv");
        using var expected = new StringWriter(CultureInfo.InvariantCulture);
        ResultWriter.WriteCsv(Expected(MethodologyJson.Parse("""{"normalise": {"method": "minMax", "pooled": true}}""")), expected);

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--method", method, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("normalised over all periods together (pooled)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("set normalise.pooled", run.Output, StringComparison.Ordinal);
        var written = File.ReadAllText(output);
        Assert.Equal(expected.ToString(), written);
        Assert.StartsWith("period,unit,node,level,score,rank\n2023,U1,A1,1,", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n2024,U6,Index,3,", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_value_that_is_not_a_whole_number_stops_the_build_with_its_line()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write("data.csv", PanelCsv().Replace(",East,2023,", ",East,2023.5,", StringComparison.Ordinal));

        var run = CliRun.Run("build", "-f", framework, "-d", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv line 2, column \"Time\": \"2023.5\" is not a whole number.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_period_missing_a_unit_stops_the_build_naming_both()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var text = string.Join("\n", PanelCsv().Split('\n').Where(l => !l.StartsWith("U3,Unit three,West,2024,", StringComparison.Ordinal)));
        var data = folder.Write("data.csv", text);

        var run = CliRun.Run("build", "-f", framework, "-d", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv: period 2024, unit \"U3\": the unit is in period 2023 but not in this period", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_period_command_refuses_panel_data_with_a_located_message()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write("data.csv", PanelCsv());

        var run = CliRun.Run("validate", "-f", framework, "-d", data);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("data.csv column \"Time\": the file holds 2 periods (2023, 2024)", run.Error + run.Output, StringComparison.Ordinal);
    }
}
