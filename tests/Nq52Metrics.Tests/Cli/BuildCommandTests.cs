using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

public sealed class BuildCommandTests
{
    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_prints_the_ranking_best_first_from_a_json_or_csv_framework(bool json)
    {
        using var folder = new TempFolder();
        var (frameworkJson, metaCsv, dataCsv) = SampleIndex.WriteTo(folder);
        var expected = SampleIndex.Build();

        var run = CliRun.Run("build", "--framework", json ? frameworkJson : metaCsv, "--data", dataCsv);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(["Rank", "Code", "Name", "Index", "P1", "P2"], run.TableHeader());
        var rows = run.TableRows();
        Assert.Equal(SampleIndex.UnitCodes.Length, rows.Count);
        Assert.Equal(["1", SampleIndex.TopUnit, "Unit four"], rows[0][..3]);
        Assert.Equal(expected.Ranking().Select(r => r.Unit.Code), rows.Select(r => r[1]));
        foreach (var row in rows)
        {
            Assert.Equal(F2(expected.Scores[row[1], "Index"]), row[3]);
            Assert.Equal(F2(expected.Scores[row[1], "P1"]), row[4]);
            Assert.Equal(F2(expected.Scores[row[1], "P2"]), row[5]);
        }

        Assert.Contains("Sample index (Index): 6 units", run.Output, StringComparison.Ordinal);
        Assert.Contains("6 units ranked, 0 units dropped by screening; 0 values imputed;", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_limits_the_rows_and_node_ranks_by_another_node_with_its_children_as_columns()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var expected = SampleIndex.Build().Ranking("P2");

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--node", "P2", "--top", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Rank", "Code", "Name", "P2", "B1", "B2"], run.TableHeader());
        Assert.Equal(expected.Take(2).Select(r => r.Unit.Code), run.TableRows().Select(r => r[1]));
        Assert.Contains("Pillar two (P2): top 2 of 6 units", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_csv_writes_a_tidy_row_for_every_unit_and_node()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var output = folder.PathOf("results.csv");
        var expected = SampleIndex.Build();

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Results written to {output}.", run.Output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("unit,node,level,score,rank", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var nodes = expected.Framework.Nodes;
        Assert.Equal(SampleIndex.UnitCodes.Length * nodes.Length, rows.Count);
        Assert.Equal(
            SampleIndex.UnitCodes.SelectMany(u => nodes.Select(n => $"{u},{n.Code},{n.Level}")),
            rows.Select(r => string.Join(',', r[..3])));
        foreach (var row in rows)
        {
            Assert.Equal(expected.Scores[row[0], row[1]], double.Parse(row[3], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Ranks[row[0], row[1]], double.Parse(row[4], CultureInfo.InvariantCulture));
        }

        Assert.Equal(["data.csv", "framework.json", "meta.csv", "results.csv"], folder.FileNames());
    }

    [Fact]
    public void Out_json_parses_back_with_the_scores_and_ranks_of_the_build()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var output = folder.PathOf("results.json");
        var expected = SampleIndex.Build();

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var document = JsonSerializer.Deserialize(File.ReadAllText(output), SerializationContext.Default.ResultDocument)!;
        Assert.Equal("Index", document.Index);
        Assert.Equal(SampleIndex.UnitCodes, document.Units.Select(u => u.Code));
        var top = document.Units.Single(u => u.Ranks["Index"] == 1);
        Assert.Equal(SampleIndex.TopUnit, top.Code);
        Assert.All(document.Units, u => Assert.Equal(expected.Scores[u.Code, "Index"], u.Scores["Index"]));
        Assert.Equal("competition", document.Methodology.Ranking!.Ties);
    }

    [Fact]
    public void Method_and_weights_files_change_the_build_as_the_library_says()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var method = folder.Write("method.json", """{"normalise": {"method": "zScore", "mean": 10, "sd": 2}, "ranking": {"ties": "dense"}}""");
        var weights = folder.Write("weights.csv", "iCode,Weight\nP2,3\nA2,1\n");
        var expectedFramework = SampleIndex.Framework().WithWeights(new Dictionary<string, double> { ["P2"] = 3, ["A2"] = 1 });
        var expected = SampleIndex.Build(
            Methodology.CoinrAsemExample with { Normalisation = NormalisationMethod.ZScore(10, 2), Ranking = TieMethod.Dense },
            expectedFramework);

        var run = CliRun.Run("build", "-f", framework, "-d", data, "-m", method, "-w", weights);

        Assert.Equal(0, run.ExitCode);
        var rows = run.TableRows();
        Assert.Equal(expected.Ranking().Select(r => r.Unit.Code), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal(F2(expected.Scores[r[1], "Index"]), r[3]));
        Assert.NotEqual(F2(SampleIndex.Build().Scores["U1", "Index"]), rows.Single(r => r[1] == "U1")[3]);
    }

    [Fact]
    public void Console_output_does_not_depend_on_the_current_culture()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var invariant = CliRun.Run("build", "-f", framework, "-d", data);

        CliOutcome odd;
        using (new CultureScope())
        {
            odd = CliRun.Run("build", "-f", framework, "-d", data);
        }

        Assert.Equal(invariant, odd);
        Assert.Matches(@"\d+\.\d\d", odd.Output);
    }

    [Fact]
    public void An_unknown_node_is_invalid_input()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);

        var run = CliRun.Run("build", "-f", framework, "-d", data, "--node", "P9");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --node: \"P9\" is not a node of the framework.\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Average_ties_show_fractional_ranks()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        var tied = folder.Write("tied.csv", SampleIndex.DataCsvText.Replace("U5,Unit five,East,12,1.5,150,0.3,20", "U5,Unit five,East,10,3.5,200,0.41,12", StringComparison.Ordinal));
        var method = folder.Write("method.json", """{"ranking": {"ties": "average"}}""");

        var run = CliRun.Run("build", "-f", framework, "-d", tied, "-m", method);

        Assert.Equal(0, run.ExitCode);
        var ranks = run.TableRows().Where(r => r[1] is "U1" or "U5").Select(r => r[0]).Distinct().ToList();
        var rank = Assert.Single(ranks);
        Assert.EndsWith(".5", rank, StringComparison.Ordinal);
    }
}
