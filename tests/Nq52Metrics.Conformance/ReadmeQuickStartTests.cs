using System.Text.RegularExpressions;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Conformance;

/// <summary>The README's C# quick starts: each compiles and runs, and the output it shows in comments stays true.</summary>
public sealed partial class ReadmeQuickStartTests
{
    [Fact]
    public void The_first_csharp_block_of_the_README_is_the_compiled_no_files_quick_start()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Nq52Metrics.Conformance", "NoFilesQuickStart.cs"));
        var usings = string.Join("\n", source.Split('\n').TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var body = Between(source, "        // README quick start: begin\n", "        // README quick start: end\n");
        var expected = usings + "\n\n" + string.Join("\n", body.TrimEnd('\n').Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var first = CsharpBlock().Match(readme);
        Assert.True(first.Success, "README.md has no ```csharp block.");
        Assert.Equal(expected, first.Groups[1].Value.TrimEnd('\n'));
        Assert.True(readme.IndexOf("```csharp", StringComparison.Ordinal) < readme.IndexOf("CoinrCsv.ReadMeta", StringComparison.Ordinal), "The no-files quick start comes before the file-based one.");
    }

    [Fact]
    public void The_no_files_quick_start_prints_what_its_comments_say()
    {
        using var console = new StringWriter();
        var (report, result) = NoFilesQuickStart.Run(console);
        var lines = console.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("SAMPLE PII report: 63 units, compared with PII 2023 (27 rows differ); top 3: 1. Hà Nội  PII 68.74", lines[0], StringComparison.Ordinal);
        Assert.True(report.IsSample);
        Assert.Equal("1. Hà Nội  PII 68.74 (Input 75.27, Output 62.20)", lines[1]);
        Assert.Equal(5, result.Units.Length);
        Assert.Equal(3, result.Framework.MaxLevel);
        Assert.Equal(["1. Unit A  91.67", "2. Unit C  71.55", "3. Unit E  50.71", "4. Unit B  20.63", "5. Unit D  0.00"], lines[2..]);
        Assert.True(double.IsNaN(result.Raw["E", "patents"]), "A value given as NaN stays missing.");
    }

    private static string Between(string text, string begin, string end)
    {
        var normalised = text.ReplaceLineEndings("\n");
        var from = normalised.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        return normalised[from..normalised.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Nq52Metrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Nq52Metrics.sln) was not found above the test folder.");
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [Fact]
    public void The_quick_start_prints_what_the_README_says()
    {
        var result = IndexBuilder.Build(AsemNominal.Framework, AsemNominal.Data, Methodology.CoinrAsemExample with
        {
            Normalisation = NormalisationMethod.MinMax(0, 100),
        });
        var top = result.Ranking().Take(3).Select(r => $"{r.Rank}. {r.Unit.Name}  {r.Score:F2}").ToArray();
        Assert.Equal(["1. Switzerland  68.38", "2. Netherlands  64.82", "3. Denmark  64.80"], top);

        var audit = UncertaintyAnalysis.Run(result, new UncertaintySpec(runs: 10_000, seed: 1)
            .WithWeightNoise(level: 2, factor: 0.25)
            .WithWeightNoise(level: 3, factor: 0.25)
            .WithNormalisations(NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("VNM: 36 [35, 37] (nominal 36)", audit.RankInterval("VNM"));
    }
}
