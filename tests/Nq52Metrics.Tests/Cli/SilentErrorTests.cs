using Nq52Metrics.Cli;
using Nq52Metrics.Tests.Serialization;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// What used to pass silently now stops <c>nq52 build</c> with exit code 2 and a located message (a NUL in a number,
/// a framework with two roots, an overflow), or is done and said (a unit alone in its imputation group).
/// </summary>
public sealed class SilentErrorTests
{
    private static CliOutcome Build(TempFolder folder, string framework, string data, params string[] more) =>
        CliRun.Run(["build", "--framework", folder.Write(framework.StartsWith('{') ? "framework.json" : "meta.csv", framework), "--data", folder.Write("data.csv", data), .. more]);

    private static void AssertLocatedError(CliOutcome run, string line)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(line, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_NUL_inside_a_number_is_a_located_error()
    {
        using var folder = new TempFolder();

        var run = Build(folder, SampleIndex.FrameworkJsonText, SampleIndex.DataCsvText.Replace("U2,Unit two,East,14,", "U2,Unit two,East,1\u0000,", StringComparison.Ordinal));

        AssertLocatedError(run, "error: data.csv line 3, column \"A1\": \"1<U+0000>\" contains the control character U+0000 at character 2");
    }

    [Fact]
    public void A_framework_with_two_roots_is_a_located_error_naming_both()
    {
        using var folder = new TempFolder();
        var meta = SampleIndex.MetaCsvText.Replace("2,P2,Pillar two,1,1,Index,Aggregate", "3,P2,Pillar two,1,1,NA,Aggregate", StringComparison.Ordinal)
            .Replace("1,B1,Beta one,1,1,P2,Indicator", "1,B1,Beta one,1,1,Q2,Indicator", StringComparison.Ordinal)
            .Replace("1,B2,Beta two,-1,1,P2,Indicator", "1,B2,Beta two,-1,1,Q2,Indicator\n2,Q2,Beta pillar,1,1,P2,Aggregate", StringComparison.Ordinal);

        var run = Build(folder, meta, SampleIndex.DataCsvText);

        AssertLocatedError(run, "error: meta.csv: framework: it has 2 top-level nodes (\"P2\", \"Index\") at level 3");
    }

    [Fact]
    public void An_overflow_is_a_located_error_not_a_ranking()
    {
        using var folder = new TempFolder();
        var data = SampleIndex.DataCsvText
            .Replace("U1,Unit one,East,10,", "U1,Unit one,East,-1.7e308,", StringComparison.Ordinal)
            .Replace("U2,Unit two,East,14,", "U2,Unit two,East,1.7e308,", StringComparison.Ordinal);

        var run = Build(folder, SampleIndex.FrameworkJsonText, data);

        AssertLocatedError(run, "error: indicator \"A1\": the range of the values is too large");
    }

    [Fact]
    public void A_unit_alone_in_its_group_is_imputed_from_all_units_and_the_summary_says_so()
    {
        using var folder = new TempFolder();
        var data = SampleIndex.DataCsvText.Replace("U6,Unit six,West,9,", "U6,Unit six,North,NA,", StringComparison.Ordinal);
        var method = folder.Write("method.json", """{"impute": {"method": "groupMean", "group": "Zone"}}""");

        var run = Build(folder, SampleIndex.FrameworkJsonText, data, "--method", method);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(6, run.TableRows().Count);
        Assert.Contains("1 value imputed (1 from all units: its group had no value);", run.Output, StringComparison.Ordinal);
    }
}
