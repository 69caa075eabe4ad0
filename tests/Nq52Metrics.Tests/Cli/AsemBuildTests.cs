using System.Text.Json;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// <c>nq52 build</c> on COINr's own ASEM example files with the default method reproduces COINr's headline
/// result: Switzerland, the Netherlands and Denmark lead the index.
/// </summary>
public sealed class AsemBuildTests
{
    [Fact]
    public void Build_on_the_coinr_asem_files_puts_che_nld_dnk_on_top()
    {
        var meta = CoinrAsemFolder.DataFile("ASEM_iMeta.csv");
        var data = CoinrAsemFolder.DataFile("ASEM_iData.csv");
        using var folder = new TempFolder();
        var output = folder.PathOf("asem.json");

        var run = CliRun.Run("build", "--framework", meta, "--data", data, "--top", "3", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(["CHE", "NLD", "DNK"], run.TableRows().Select(r => r[1]));
        Assert.Equal(["1", "2", "3"], run.TableRows().Select(r => r[0]));
        Assert.Equal(["Rank", "Code", "Name", "Index", "Conn", "Sust"], run.TableHeader());
        var document = JsonSerializer.Deserialize(File.ReadAllText(output), SerializationContext.Default.ResultDocument)!;
        Assert.Equal(51, document.Units.Count);
        Assert.Equal(
            ["CHE", "NLD", "DNK"],
            document.Units.Where(u => u.Ranks["Index"] <= 3).OrderBy(u => u.Ranks["Index"]).Select(u => u.Code));
    }
}
