using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 audit</c> on the sample index: the files, the summary and the exit codes.</summary>
public sealed class AuditCommandTests
{
    private static CliOutcome Run(TempFolder folder, string? data, params string[] more)
    {
        var (framework, _, sample) = SampleIndex.WriteTo(folder);
        return CliRun.Run(["audit", "--framework", framework, "--data", data ?? sample, .. more]);
    }

    [Fact]
    public void Audit_writes_the_files_and_prints_the_summary()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "audit");

        var run = Run(folder, null, "--out", output, "--optimise", "infomax", "--level", "2", "--top", "2", "--skew", "0.5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Audit of Index: 6 units, 5 indicators, 3 aggregates.", run.Output, StringComparison.Ordinal);
        Assert.Contains("statistics.csv, correlations_1.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("Optimised weights at level 2 (infomax): objective ", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "weights_optimised.csv")));
        Assert.True(File.Exists(Path.Combine(output, "pca_P1_variances.csv")));
        // Two strengths and two weaknesses for each of the 6 units (U4, best everywhere, has no weakness-free ties to drop).
        var strengths = File.ReadAllLines(Path.Combine(output, "strengths_weaknesses.csv"));
        Assert.Equal("unit,code,rank,kind", strengths[0]);
        Assert.InRange(strengths.Length - 1, 6 * 2, 6 * 4);
        Assert.Contains(run.OutputLines, l => l == "Problems found:" || l.StartsWith("Problems found (", StringComparison.Ordinal) || l == "No problems found.");
    }

    [Fact]
    public void Optimise_without_a_level_and_a_bad_threshold_are_usage_errors()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "audit");

        var noLevel = Run(folder, null, "--out", output, "--optimise", "balance");
        var badNumber = Run(folder, null, "--out", output, "--alpha", "high");
        var badObjective = Run(folder, null, "--out", output, "--optimise", "best", "--level", "2");

        Assert.Equal(2, noLevel.ExitCode);
        Assert.Contains("error: --optimise: say which level's weights to optimise with --level L.", noLevel.Error, StringComparison.Ordinal);
        Assert.Equal(2, badNumber.ExitCode);
        Assert.Contains("--alpha must be a number such as 0.5, not \"high\".", badNumber.Error, StringComparison.Ordinal);
        Assert.Equal(2, badObjective.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_statistic_that_cannot_be_computed_exits_2_with_a_located_message_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "audit");
        // The sample data with B1 (the seventh field) set to 0.5 for every unit.
        var lines = SampleIndex.DataCsvText.Split('\n').Select((line, i) => i == 0 ? line : string.Join(',', line.Split(',').Select((f, j) => j == 6 ? "0.5" : f)));
        var constant = folder.Write("constant.csv", string.Join('\n', lines));
        var method = folder.Write("method.json", """{"normalise": {"method": "rank"}}""");

        var run = Run(folder, constant, "--out", output, "--method", method);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: correlations, level 1, column \"B1\": the values are all equal (a constant indicator)", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Out_is_required_and_must_not_be_a_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken.txt", "x");

        var missing = Run(folder, null);
        var taken = Run(folder, null, "--out", file);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--out", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, taken.ExitCode);
        Assert.Contains($"error: --out: \"{file}\" is a file", taken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ASEM_summary_names_the_incoherent_sustainability_pillar_and_the_treated_skewed_indicators()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "asem");

        // COINr's ASEM recipe (group-mean imputation by EurAsia_group, screening at 0.9), as its audit is read.
        var method = folder.Write("asem.json", """{"impute": {"method": "groupMean", "group": "EurAsia_group"}, "screen": {"minDataAvailability": 0.9}}""");

        var run = CliRun.Run("audit", "--framework", CoinrAsemFolder.DataFile("ASEM_iMeta.csv"), "--data", CoinrAsemFolder.DataFile("ASEM_iData.csv"), "--method", method, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sust: Cronbach's alpha -0.29, children negatively correlated", run.OutputLines);
        Assert.Contains("Flights: skew 2.1, kurtosis 4.51 → treated: 1 point winsorised", run.OutputLines);
        Assert.Contains("Instit: the first principal component's loadings have mixed signs: PCA weights would be negative for TBTs", run.OutputLines);
        Assert.Equal(3, Directory.GetFiles(output, "correlations_?.csv").Length);
    }
}
