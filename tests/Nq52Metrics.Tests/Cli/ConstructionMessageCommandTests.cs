using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>A problem found while building (not while reading a file) is shown in the chosen language on standard error.</summary>
public sealed class ConstructionMessageCommandTests
{
    [Fact]
    public void A_zero_reference_is_explained_in_vietnamese_with_the_location_literal()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var zeroAtU1 = folder.Write("zero.csv", File.ReadAllText(data).Replace("U1,Unit one,East,10,", "U1,Unit one,East,0,", StringComparison.Ordinal));
        var method = folder.Write("method.json", """{"outliers": {"method": "none"}, "normalise": {"method": "ratio", "reference": {"unit": "U1"}}}""");

        var run = CliRun.Run("build", "--framework", framework, "--data", zeroAtU1, "--method", method, "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains(
            "indicator \"A1\": giá trị tham chiếu (giá trị của đơn vị \"U1\") là 0; nó phải lớn hơn 0 (tỉ số với 0 không xác định, còn với một số âm sẽ đảo ngược thứ tự các đơn vị).",
            run.Error,
            StringComparison.Ordinal);
    }
}
