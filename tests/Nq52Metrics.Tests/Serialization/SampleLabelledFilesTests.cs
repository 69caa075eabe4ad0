using Nq52Metrics.Analysis;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Charts;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// The files of <c>audit --out DIR</c> and <c>uncertainty --out DIR</c>: of sample data every file starts with a
/// <c>DataStatus</c> column holding <c>SAMPLE</c>; of real data the files are exactly the unlabelled tables.
/// </summary>
public sealed class SampleLabelledFilesTests
{
    private static string[] Lines(string path) => File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_audit_file_of_sample_data_starts_with_the_data_status_column()
    {
        using var folder = new TempFolder();

        var written = AuditResultWriter.WriteFiles(ChartSamples.Audit, folder.Root);

        Assert.Contains(written, p => Path.GetFileName(p) == AuditResultWriter.StatisticsFileName);
        Assert.All(written, path =>
        {
            var lines = Lines(path);
            Assert.StartsWith("DataStatus,", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal));
        });
        var unlabelled = new StringWriter();
        AuditResultWriter.WriteStatistics(ChartSamples.Audit, unlabelled);
        Assert.Equal(
            Lines(written[0]).Select(l => l["SAMPLE,".Length..]).Skip(1),
            unlabelled.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Fact]
    public void Every_uncertainty_file_of_sample_data_starts_with_the_data_status_column()
    {
        using var folder = new TempFolder();

        var written = UncertaintyResultWriter.WriteFiles(ChartSamples.Uncertainty, folder.Root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["rankstats.csv", "sensitivity.csv", "runs.csv"], written.Select(Path.GetFileName));
        Assert.Equal("DataStatus,input,si,sti,si_q5,si_q95,sti_q5,sti_q95", Lines(written[1])[0]);
        Assert.StartsWith("DataStatus,run,", Lines(written[2])[0], StringComparison.Ordinal);
        Assert.Equal(1 + ChartSamples.Uncertainty.RunCount, Lines(written[2]).Length);
        Assert.All(written, path => Assert.All(Lines(path).Skip(1), l => Assert.StartsWith("SAMPLE,", l, StringComparison.Ordinal)));
    }

    [Fact]
    public void Files_of_real_data_are_unchanged()
    {
        using var folder = new TempFolder();
        var result = SampleIndex.Build();
        var uncertainty = UncertaintyAnalysis.Run(result, new UncertaintySpec(runs: 16, seed: 1) { Type = AnalysisType.Sensitivity }.WithWeightNoise(2, 0.25), null, TestContext.Current.CancellationToken);

        var audit = AuditResultWriter.WriteFiles(StatisticalAudit.Run(result), Path.Combine(folder.Root, "audit"));
        var files = UncertaintyResultWriter.WriteFiles(uncertainty, Path.Combine(folder.Root, "ua"), cancellationToken: TestContext.Current.CancellationToken);
        var sensitivity = new StringWriter();
        UncertaintyResultWriter.WriteSensitivity(uncertainty, sensitivity);

        Assert.All(audit.Concat(files), path => Assert.DoesNotContain("SAMPLE", File.ReadAllText(path), StringComparison.Ordinal));
        Assert.Equal(sensitivity.ToString(), File.ReadAllText(files[1]));
    }
}
