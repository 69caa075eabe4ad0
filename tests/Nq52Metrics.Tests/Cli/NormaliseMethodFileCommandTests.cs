using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 build --method</c> with the new normalisations, a reference unit and per-indicator overrides.</summary>
public sealed class NormaliseMethodFileCommandTests
{
    private const string Method = """
        {
          "outliers": {"method": "none"},
          "normalise": {
            "method": "ratio",
            "reference": {"unit": "U1"},
            "overrides": {
              "A3": {"method": "borda"},
              "B1": {"method": "scaled", "centre": 0.5, "scale": 0.1},
              "B2": {"method": "relativeDifference", "reference": "median"}
            }
          }
        }
        """;

    [Fact]
    public void Build_with_a_method_file_uses_each_indicator_s_method()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var method = folder.Write("method.json", Method);
        var expected = SampleIndex.Build(Methodology.Default with
        {
            OutlierTreatment = OutlierTreatmentSpec.None,
            Normalisation = NormalisationMethod.Ratio(NormalisationReference.OfUnit("U1")).WithOverrides(new Dictionary<string, NormalisationMethod>
            {
                ["A3"] = NormalisationMethod.Borda,
                ["B1"] = NormalisationMethod.Scaled(0.5, 0.1),
                ["B2"] = NormalisationMethod.RelativeDifference(NormalisationReference.Median),
            }),
        });

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--method", method);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        // U1 is the reference of A1 and A2, so its ratio there is exactly 1.
        Assert.Equal(1, expected.Normalised["U1", "A1"]);
        Assert.Equal(expected.Ranking().Select(r => r.Unit.Code), run.TableRows().Select(r => r[1]));
        foreach (var row in run.TableRows())
        {
            Assert.Equal(expected.Scores[row[1], "Index"].ToString("F2", CultureInfo.InvariantCulture), row[3]);
        }
    }

    [Fact]
    public void An_override_for_an_unknown_indicator_and_an_unknown_reference_unit_exit_2_with_located_messages()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var method = folder.Write("method.json", """{"normalise": {"method": "ratio", "reference": {"unit": "VNM"}, "overrides": {"NOPE": {"method": "rank"}}}}""");

        var run = CliRun.Run("build", "--framework", framework, "--data", data, "--method", method);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("normalise.overrides.NOPE: no indicator has this code.", run.Error, StringComparison.Ordinal);
        Assert.Contains("normalise: the reference unit \"VNM\" is not among the units being normalised", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_reference_in_the_data_exits_2_naming_the_indicator_in_either_language()
    {
        using var folder = new TempFolder();
        var (framework, _, data) = SampleIndex.WriteTo(folder);
        var zeroAtU1 = folder.Write("zero.csv", File.ReadAllText(data).Replace("U1,Unit one,East,10,", "U1,Unit one,East,0,", StringComparison.Ordinal));
        var method = folder.Write("method.json", """{"outliers": {"method": "none"}, "normalise": {"method": "ratio", "reference": {"unit": "U1"}}}""");

        var run = CliRun.Run("build", "--framework", framework, "--data", zeroAtU1, "--method", method);
        var vi = CliRun.Run("build", "--framework", framework, "--data", zeroAtU1, "--method", method, "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("indicator \"A1\": the reference (the value of unit \"U1\") is 0", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, vi.ExitCode);
        Assert.Contains(
            "indicator \"A1\": giá trị tham chiếu (giá trị của đơn vị \"U1\") là 0; nó phải lớn hơn 0 (tỉ số với 0 không xác định, còn với một số âm sẽ đảo ngược thứ tự các đơn vị).",
            vi.Error,
            StringComparison.Ordinal);
    }
}
