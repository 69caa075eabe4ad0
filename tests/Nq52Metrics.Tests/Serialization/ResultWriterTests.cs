using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

public sealed class ResultWriterTests
{
    /// <summary>The sample with a missing value and no imputation, so some scores and ranks are missing.</summary>
    private static IndexResult ResultWithMissingValues()
    {
        var framework = SampleIndex.Framework();
        var data = CoinrCsv.ParseData(SampleIndex.DataCsvText.Replace("U2,Unit two,East,14,", "U2,Unit two,East,NA,", StringComparison.Ordinal), framework);
        return IndexBuilder.Build(framework, data, Methodology.CoinrAsemExample with { Imputation = ImputationSpec.None, Screening = ScreeningSpec.None });
    }

    private static List<string[]> ReadCsv(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();

    [Fact]
    public void Csv_has_one_tidy_row_per_unit_and_node_with_exact_scores_and_ranks()
    {
        var result = ResultWithMissingValues();
        using var folder = new TempFolder();
        var path = folder.PathOf("results.csv");

        ResultWriter.WriteCsv(result, path);

        var rows = ReadCsv(File.ReadAllText(path));
        Assert.Equal(["unit", "node", "level", "score", "rank"], rows[0]);
        var body = rows.Skip(1).ToList();
        Assert.Equal(result.Units.Length * result.Framework.Nodes.Length, body.Count);
        var expectedKeys = result.Units.SelectMany(u => result.Framework.Nodes.Select(n => (u.Code, n.Code)));
        Assert.Equal(expectedKeys, body.Select(r => (r[0], r[1])));
        foreach (var row in body)
        {
            var node = result.Framework[row[1]];
            Assert.Equal(node.Level.ToString(CultureInfo.InvariantCulture), row[2]);
            AssertSameNumber(result.Scores[row[0], row[1]], row[3]);
            AssertSameNumber(result.Ranks[row[0], row[1]], row[4]);
        }

        Assert.Contains(body, r => r[0] == "U2" && r[1] == "A1" && r[3] == "NA" && r[4] == "NA");
        Assert.Equal(["results.csv"], folder.FileNames());
    }

    private static void AssertSameNumber(double expected, string text)
    {
        if (double.IsNaN(expected))
        {
            Assert.Equal("NA", text);
            return;
        }

        Assert.Equal(expected, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Csv_values_are_the_normalised_indicators_and_the_aggregate_scores()
    {
        var result = SampleIndex.Build();
        using var text = new StringWriter();

        ResultWriter.WriteCsv(result, text);

        var rows = ReadCsv(text.ToString()).Skip(1).ToList();
        var u4a1 = rows.Single(r => r[0] == "U4" && r[1] == "A1");
        Assert.Equal(result.Normalised["U4", "A1"], double.Parse(u4a1[3], CultureInfo.InvariantCulture));
        var u4index = rows.Single(r => r[0] == "U4" && r[1] == "Index");
        Assert.Equal(["U4", "Index", "3", result.Scores["U4", "Index"].ToString("R", CultureInfo.InvariantCulture), "1"], u4index);
    }

    [Fact]
    public void Csv_quotes_codes_that_contain_commas_or_quotes()
    {
        var framework = SampleIndex.Framework();
        var data = CoinrCsv.ParseData(SampleIndex.DataCsvText.Replace("U1,Unit one", "\"U1,x\"\"\",Unit one", StringComparison.Ordinal), framework);
        using var text = new StringWriter();

        ResultWriter.WriteCsv(IndexBuilder.Build(framework, data), text);

        Assert.Contains("\n\"U1,x\"\"\",A1,1,", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_does_not_depend_on_the_current_culture()
    {
        var result = ResultWithMissingValues();
        using var invariant = new StringWriter(CultureInfo.InvariantCulture);
        ResultWriter.WriteCsv(result, invariant);

        string odd;
        using (new CultureScope())
        {
            using var writer = new StringWriter(CultureInfo.CurrentCulture);
            ResultWriter.WriteCsv(result, writer);
            odd = writer.ToString();
        }

        Assert.Equal(invariant.ToString(), odd);
        Assert.Contains('.', odd);
    }

    [Fact]
    public void Json_holds_the_index_code_methodology_framework_and_every_score_and_rank()
    {
        var result = ResultWithMissingValues();
        using var folder = new TempFolder();
        var path = folder.PathOf("results.json");

        ResultWriter.WriteJson(result, path);

        var document = JsonSerializer.Deserialize(File.ReadAllText(path), SerializationContext.Default.ResultDocument)!;
        Assert.Equal("Index", document.Index);
        MethodologyAssert.Equal(result.Methodology, MethodologyJson.Parse(JsonSerializer.Serialize(document.Methodology, SerializationContext.Default.MethodDocument)));
        Assert.Equal(result.Framework.Nodes, FrameworkJson.Parse(JsonSerializer.Serialize(document.Framework, SerializationContext.Default.FrameworkDocument)).Nodes);
        Assert.Equal(result.Units.Select(u => u.Code), document.Units.Select(u => u.Code));
        foreach (var unit in document.Units)
        {
            Assert.Equal(result.Framework.Nodes.Select(n => n.Code), unit.Scores.Keys);
            Assert.Equal(result.Framework.Nodes.Select(n => n.Code), unit.Ranks.Keys);
            foreach (var node in result.Framework.Nodes)
            {
                Assert.Equal(Nullable(result.Scores[unit.Code, node.Code]), unit.Scores[node.Code]);
                Assert.Equal(Nullable(result.Ranks[unit.Code, node.Code]), unit.Ranks[node.Code]);
            }
        }

        Assert.Null(document.Units.Single(u => u.Code == "U2").Scores["A1"]);
        Assert.Equal("East", document.Units[0].Groups!["Zone"]);
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    [Fact]
    public void Json_keeps_non_ascii_names_readable()
    {
        var framework = SampleIndex.Framework();
        var data = CoinrCsv.ParseData(SampleIndex.DataCsvText.Replace("Unit one", "Đà Nẵng", StringComparison.Ordinal), framework);

        var json = ResultWriter.SerializeJson(IndexBuilder.Build(framework, data));

        Assert.Contains("\"name\": \"Đà Nẵng\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_into_a_missing_folder_fails_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "absent", "results.csv");

        var e = Assert.Throws<Nq52ValidationException>(() => ResultWriter.WriteCsv(SampleIndex.Build(), path));

        Assert.Equal(path, Assert.Single(e.Problems).Location);
        Assert.Contains("does not exist", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Root));
    }
}
