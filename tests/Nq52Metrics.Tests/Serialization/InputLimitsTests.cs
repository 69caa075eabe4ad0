using System.Diagnostics;
using System.Text;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>Structured locations, size and element limits, directories given as files, quoting of long values.</summary>
public sealed class InputLimitsTests
{
    [Fact]
    public void A_location_reads_file_line_column_then_unit_node_and_parameter()
    {
        Assert.Equal("iData.csv line 7, column \"LPI\"", ProblemLocation.InCsv("iData.csv", 7, "LPI").ToString());
        Assert.Equal("m.json line 3, normalise.method", ProblemLocation.InJson("m.json", 3, "normalise.method").ToString());
        Assert.Equal("m.json normalise", ProblemLocation.InJson("m.json", null, "normalise").ToString());
        Assert.Equal("fw.json: node \"I1\"", ProblemLocation.OfNode("I1").From("fw.json").ToString());
        Assert.Equal("unit \"AUT\", node \"LPI\"", (ProblemLocation.OfUnit("AUT") with { Node = "LPI" }).ToString());
        Assert.Equal(Path.Join("seeds", "regions.csv") + " line 2", ProblemLocation.InFile("regions.csv", 2).From("seeds").ToString());
        Assert.Equal("", ProblemLocation.Nowhere.ToString());
        Assert.Equal(
            "iData.csv line 7, column \"LPI\": \"n/a\" is not a number",
            new ValidationProblem(ProblemLocation.InCsv("iData.csv", 7, "LPI"), "\"n/a\" is not a number").ToString());
    }

    [Fact]
    public void A_long_value_is_quoted_cut_to_80_characters()
    {
        var text = new string('x', 500);
        var e = Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ParseWeights($"iCode,Weight\nA,{text}\n", "w.csv"));

        var message = Assert.Single(e.Problems).Message;
        Assert.Contains("\"" + new string('x', 79) + "…\"", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 80), message, StringComparison.Ordinal);
        Assert.Equal("\"short\"", ProblemText.Quote("short"));
    }

    [Fact]
    public void A_directory_given_as_an_input_file_says_so()
    {
        using var folder = new TempFolder();
        var directory = folder.PathOf("inputs.json");
        Directory.CreateDirectory(directory);

        foreach (var read in new Action[]
        {
            () => FrameworkJson.Load(directory),
            () => MethodologyJson.Load(directory),
            () => UncertaintySpecJson.Load(directory),
            () => CoinrCsv.ReadMeta(directory),
            () => CoinrCsv.ReadWeights(directory),
            () => Nq52Metrics.Vietnam.ClaimParser.ReadFile(directory),
        })
        {
            var problem = Assert.Single(Assert.Throws<Nq52ValidationException>(read).Problems);
            Assert.Equal(directory, problem.Where.Source);
            Assert.StartsWith("is a directory", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_in_a_legacy_code_page_is_refused_at_the_line_of_its_first_invalid_byte()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("weights.csv");
        var utf8 = "iCode,Weight\nLPI,1\nFl\u00fcge,2\n"u8.ToArray();
        File.WriteAllBytes(path, [.. "iCode,Weight\nLPI,1\nFl"u8, 0xFC, .. "ge,2\n"u8]);

        var problem = Assert.Single(Assert.Throws<Nq52ValidationException>(() => CoinrCsv.ReadWeights(path)).Problems);

        Assert.Equal(3, problem.Where.Line);
        Assert.StartsWith("the file is not UTF-8 text: the byte 0xFC", problem.Message, StringComparison.Ordinal);
        Assert.Contains("byte 0xFC", problem.ToString(Nq52Metrics.Localization.DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        File.WriteAllBytes(path, utf8);
        Assert.Equal(2, CoinrCsv.ReadWeights(path).Count);
    }

    [Fact]
    public void A_repeated_column_name_is_a_located_problem_that_names_the_column()
    {
        var outcome = CsvTable.Parse("iCode,Weight,Weight\nLPI,1,2\n", "weights.csv");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(1, problem.Where.Line);
        Assert.Equal("column \"Weight\" appears more than once in the header.", problem.Message);
    }

    [Fact]
    public void A_file_over_16_MiB_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Load(path));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Contains("16,777,216 bytes", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_array_under_an_unknown_key_is_refused_while_streaming()
    {
        // 3 million elements in about 6 MB: under the size limit, over the element limit.
        var json = new StringBuilder("{\"normalise\": {\"method\": \"minMax\"}, \"junk\": [0");
        json.Insert(json.Length, ",0", 3_000_000).Append("]}");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json.ToString(), "m.json"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 400L * 1024 * 1024, "allocated too much");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("junk", problem.Where.JsonPath);
        Assert.Contains("200,000 values", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_refused()
    {
        var json = "{\"a\": " + new string('[', 100) + new string(']', 100) + "}";

        var problem = Assert.Single(Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json, "m.json")).Problems);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Where.Line);
    }

    [Fact]
    public void An_unknown_key_in_a_method_file_hides_none_of_its_other_problems()
    {
        var json = """
            {
              "colour": "blue",
              "normalise": {"method": "minmax"},
              "screen": {"minDataAvailability": 2}
            }
            """;

        var e = Assert.Throws<Nq52ValidationException>(() => MethodologyJson.Parse(json, "m.json"));

        Assert.Equal(["colour", "normalise.method", "screen.minDataAvailability"], e.Problems.Select(p => p.Where.JsonPath));
        Assert.Equal([2, 3, 4], e.Problems.Select(p => p.Where.Line ?? 0));
        Assert.All(e.Problems, p => Assert.Equal("m.json", p.Where.Source));
    }

    [Fact]
    public void The_runs_limit_is_stated_in_the_schema_and_the_message()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintySpecJson.Parse("{\"runs\": 3000000000}", "spec.json"));

        Assert.Contains("2147483647", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
        Assert.Contains("\"maximum\": 2147483647", RepositoryFiles.ReadText("schemas", "uncertainty.schema.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Try_forms_return_the_problems_instead_of_throwing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("fw.json", "{\"nodes\": [{\"code\": \"I\", \"level\": 1, \"parent\": \"X\"}], \"x\": 1}");

        Assert.False(FrameworkJson.TryLoad(path, out IndexFramework? framework, out var problems));
        Assert.Null(framework);
        Assert.Contains("unknown property \"x\"", Assert.Single(problems).Message, StringComparison.Ordinal);
        Assert.True(MethodologyJson.TryLoad(folder.Write("m.json", "{}"), out var methodology, out var none));
        Assert.NotNull(methodology);
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_method_file_read_through_a_pipe_is_read_like_a_file()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("nq52-pipe-").FullName;
        try
        {
            var fifo = Path.Join(folder, "m.json");
            using (var mkfifo = Process.Start("mkfifo", [fifo]))
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            // A pipe has no length: the writer fills it while the reader reads to its end.
            var writer = Task.Run(() => File.WriteAllText(fifo, "{\"normalise\": {\"method\": \"zScore\"}}"), TestContext.Current.CancellationToken);
            var read = MethodologyJson.TryLoad(fifo, out var methodology, out var problems);
            await writer;

            Assert.True(read, string.Join("; ", problems));
            Assert.Equal("zScore", methodology!.Normalisation.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
