using Nq52Metrics.Cli;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// <c>--out</c> never overwrites an input: naming the data, framework, method, weights or spec file (however spelled,
/// through symbolic links too) is refused with exit code 2, and the input is left as it was.
/// </summary>
public sealed class OutputOverwriteTests
{
    private const string Method = """{"normalise": {"method": "minMax", "lower": 0, "upper": 100}}""";

    private static (string Framework, string Data) Inputs(TempFolder folder)
    {
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        return (framework, data);
    }

    private static void AssertRefused(CliOutcome run, string option)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"error: --out: ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"would overwrite the input file of {option}", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--framework")]
    [InlineData("--method")]
    [InlineData("--weights")]
    public void Build_refuses_an_out_file_that_is_an_input(string option)
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);
        var method = folder.Write("method.json", Method);
        var weights = folder.Write("weights.csv", "iCode,Weight\nA1,2\n");
        var target = option switch { "--data" => data, "--framework" => framework, "--method" => method, _ => weights };
        var before = File.ReadAllText(target);
        var output = Path.ChangeExtension(target, ".csv") == target ? target : Path.ChangeExtension(target, ".json");
        Assert.Equal(target, output);

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--method", method, "--weights", weights, "--out", output);

        AssertRefused(run, option);
        Assert.Equal(before, File.ReadAllText(target));
    }

    [Fact]
    public void Another_spelling_of_the_same_path_is_the_same_file()
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);
        Directory.CreateDirectory(folder.PathOf("sub"));
        var spelled = Path.Combine(folder.Root, "sub", "..", ".", "data.csv");

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", spelled);

        AssertRefused(run, "--data");
        Assert.Equal(SampleIndex.DataCsvText, File.ReadAllText(data));
    }

    [Fact]
    public void A_symbolic_link_to_an_input_is_the_input()
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);
        var link = folder.PathOf("results.csv");
        File.CreateSymbolicLink(link, data);

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", link);

        AssertRefused(run, "--data");
        Assert.Equal(SampleIndex.DataCsvText, File.ReadAllText(data));
    }

    [Fact]
    public void A_symbolic_link_to_the_folder_of_an_input_is_seen_through()
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);
        var linkedFolder = folder.PathOf("linked");
        Directory.CreateSymbolicLink(linkedFolder, folder.Root);

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", Path.Combine(linkedFolder, "framework.json"));

        AssertRefused(run, "--framework");
        Assert.Equal(SampleIndex.FrameworkJsonText, File.ReadAllText(framework));
    }

    [Fact]
    public void A_different_file_is_written()
    {
        using var folder = new TempFolder();
        var (framework, data) = Inputs(folder);

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--out", folder.PathOf("results.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder.PathOf("results.csv")));
    }

    [Fact]
    public void Pii_build_refuses_an_out_file_that_is_its_data()
    {
        using var folder = new TempFolder();
        var data = folder.Write("pii.csv", Nq52Metrics.Vietnam.PiiSample.Files().DataCsv);
        var before = File.ReadAllText(data);

        var run = CliRun.Run("pii", "build", "--data", data, "--out", data);

        AssertRefused(run, "--data");
        Assert.Equal(before, File.ReadAllText(data));
    }

    [Theory]
    [InlineData("runs.csv", "--spec")]
    [InlineData("rankstats.csv", "--data")]
    [InlineData("sensitivity.csv", "--framework")]
    public void Uncertainty_refuses_an_out_folder_whose_files_would_replace_an_input(string fileName, string option)
    {
        using var folder = new TempFolder();
        var framework = folder.Write(option == "--framework" ? fileName : "framework.json", SampleIndex.FrameworkJsonText);
        var data = folder.Write(option == "--data" ? fileName : "data.csv", SampleIndex.DataCsvText);
        var spec = folder.Write(option == "--spec" ? fileName : "spec.json", """{"runs": 20, "seed": 1}""");

        var run = CliRun.Run("uncertainty", "--framework", framework, "--data", data, "--spec", spec, "--out", folder.Root);

        AssertRefused(run, option);
        Assert.Equal(3, folder.FileNames().Count);
    }
}
