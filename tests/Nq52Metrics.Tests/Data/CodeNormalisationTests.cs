using System.Text;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Cli;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Data;

/// <summary>
/// Unit and node codes are compared in Unicode normalisation form C: "Huế" typed with a precomposed letter and "Huế"
/// typed with combining marks are one code, wherever it is created or looked up.
/// </summary>
public sealed class CodeNormalisationTests
{
    /// <summary>"Huế" with U+1EBF (form C).</summary>
    private const string Composed = "Hu\u1EBF";

    /// <summary>"Huế" as e + U+0302 + U+0301 (form D).</summary>
    private const string Decomposed = "Hue\u0302\u0301";

    [Fact]
    public void The_two_spellings_differ_as_strings()
    {
        Assert.NotEqual(Composed, Decomposed, StringComparer.Ordinal);
        Assert.Equal(Composed, Decomposed.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void A_unit_keeps_its_code_in_form_C_also_when_copied_with_a_new_code()
    {
        var unit = new Unit(Decomposed, "name");
        var copy = new Unit("x", "name") with { Code = Decomposed };

        Assert.Equal(Composed, unit.Code);
        Assert.Equal(Composed, copy.Code);
        Assert.Equal(new Unit(Composed, "name"), unit);
    }

    [Fact]
    public void Node_codes_and_parents_are_kept_in_form_C_and_found_by_either_spelling()
    {
        var framework = IndexFramework.Create([Nodes.Indicator(Decomposed, "P"), Nodes.Indicator("B", "P"), Nodes.Aggregate("P", 2, null)]);

        Assert.Equal(Composed, framework.Indicators[0].Code);
        Assert.True(framework.Contains(Composed));
        Assert.True(framework.Contains(Decomposed));
        Assert.True(framework.TryGetNode(Decomposed, out var node));
        Assert.Equal(Composed, node.Code);
        Assert.Equal(2, framework.ChildrenOf("P").Length);
    }

    [Fact]
    public void A_parent_typed_the_other_way_is_the_same_node()
    {
        var framework = IndexFramework.Create([Nodes.Indicator("A", Decomposed), Nodes.Aggregate(Composed, 2, null)]);

        Assert.Equal(Composed, Assert.Single(framework.ChildrenOf(Decomposed)).Parent);
    }

    [Fact]
    public void Two_nodes_whose_codes_differ_only_in_form_are_a_duplicate()
    {
        FrameworkNode[] nodes = [Nodes.Indicator(Composed, "P"), Nodes.Indicator(Decomposed, "P"), Nodes.Aggregate("P", 2, null)];

        Problems.AssertSingle(() => IndexFramework.Create(nodes), $"node \"{Composed}\"", "more than one node");
    }

    [Fact]
    public void Weights_and_exclusions_by_either_spelling_reach_the_node()
    {
        var framework = IndexFramework.Create([Nodes.Indicator(Composed, "P"), Nodes.Indicator("B", "P"), Nodes.Aggregate("P", 2, null)]);

        Assert.Equal(3.0, framework.WithWeights(new Dictionary<string, double> { [Decomposed] = 3 })[Composed].Weight);
        Assert.False(framework.Without([Decomposed]).Contains(Composed));
    }

    [Fact]
    public void A_table_finds_units_and_columns_by_either_spelling()
    {
        var table = UnitTable.FromRows([new Unit(Decomposed, "Huế")], [Decomposed], [[7.0]]);

        Assert.Equal(7.0, table[Composed, Composed]);
        Assert.Equal(7.0, table[Decomposed, Decomposed]);
        Assert.True(table.HasUnit(Decomposed) && table.HasColumn(Decomposed));
        Assert.Equal([Composed], table.Columns);
    }

    [Fact]
    public void A_data_file_typed_in_form_D_fits_a_framework_typed_in_form_C()
    {
        var meta = $"""
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,{Composed},Indicator,1,1,Index,Indicator
            1,B,Other,1,1,Index,Indicator
            2,Index,Index,1,1,NA,Aggregate
            """;
        var data = $"""
            uCode,uName,{Decomposed},B
            {Decomposed},Huế,1,2
            Hanoi,Hà Nội,3,4
            """;

        var framework = CoinrCsv.ParseMeta(meta, "iMeta.csv");
        var dataset = CoinrCsv.ParseData(data, framework, "iData.csv");

        Assert.Equal(1.0, dataset.Indicators[Composed, Composed]);
        Assert.Equal(Composed, dataset.Units[0].Code);
    }

    [Fact]
    public void Two_units_whose_codes_differ_only_in_form_are_reported_with_their_lines()
    {
        var framework = CoinrCsv.ParseMeta(SampleIndex.MetaCsvText, "iMeta.csv");
        var data = SampleIndex.DataCsvText
            .Replace("U1,Unit one", $"{Composed},Unit one", StringComparison.Ordinal)
            .Replace("U2,Unit two", $"{Decomposed},Unit two", StringComparison.Ordinal);

        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseData(data, framework, "iData.csv"));

        Problems.AssertHas(e, "iData.csv line 3, column \"uCode\"", $"unit \"{Composed}\" already appears on line 2");
    }

    [Fact]
    public void The_cli_ranks_by_a_node_typed_the_other_way()
    {
        using var folder = new TempFolder();
        var framework = folder.Write("framework.json", SampleIndex.FrameworkJsonText.Replace("\"P1\"", $"\"{Composed}\"", StringComparison.Ordinal));
        var data = folder.Write("data.csv", SampleIndex.DataCsvText);

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--node", Decomposed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Rank", "Code", "Name", Composed, "A1", "A2", "A3"], run.TableHeader());
    }

    [Fact]
    public void The_cli_finds_a_unit_typed_the_other_way()
    {
        // Codes no seed knows, so only the code comparison can find the unit.
        var data = Dataset.Create(UnitTable.FromRows([new Unit("Q" + Composed, "Q" + Composed), new Unit("Q1", "Q1")], ["X"], [[1.0], [2.0]]));

        var (unit, known) = Nq52Metrics.Cli.PiiUnitLookup.Find("Q" + Decomposed, data, Nq52Metrics.Vietnam.VietnamSeeds.Embedded);

        Assert.Equal("Q" + Composed, unit.Code);
        Assert.Null(known);
    }
}
