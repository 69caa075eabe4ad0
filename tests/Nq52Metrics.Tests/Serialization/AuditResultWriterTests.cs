using Nq52Metrics.Analysis;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>The audit's files: names, headers, round-trip numbers, and all-or-nothing writing.</summary>
public sealed class AuditResultWriterTests
{
    private static readonly AuditResult Audit = StatisticalAudit.Run(
        SampleIndex.Build(),
        new AuditOptions { Optimise = OptimisationObjective.Balance, OptimiseLevel = 2 });

    private static string[] Lines(string path) => File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_file_is_written_with_its_header_and_no_NaN()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "audit");

        var written = AuditResultWriter.WriteFiles(Audit, output);

        Assert.Equal(
        [
            "statistics.csv", "correlations_1.csv", "correlations_2.csv", "correlations_parent.csv", "cronbach.csv",
            "pca_P1.csv", "pca_P1_variances.csv", "pca_P2.csv", "pca_P2_variances.csv", "pca_Index.csv", "pca_Index_variances.csv",
            "weights_effective.csv", "weights_optimised.csv", "strengths_weaknesses.csv",
        ],
            written.Select(Path.GetFileName));
        Assert.Equal(written.Order(StringComparer.Ordinal), Directory.GetFiles(output).Order(StringComparer.Ordinal));
        Assert.All(written, path => Assert.DoesNotContain("NaN", File.ReadAllText(path), StringComparison.Ordinal));
        Assert.Equal("step,code,n,missing_share,min,max,mean,median,sd,skew,kurtosis,zeros_share,unique_share,flags", Lines(written[0])[0]);
        Assert.Equal(1 + (3 * 5), Lines(written[0]).Length);
        Assert.Equal("code,A1,A2,A3,B1,B2", Lines(written[1])[0]);
        Assert.Equal("code,P1,P2", Lines(written[2])[0]);
        Assert.Equal("code,parent,r", Lines(written[3])[0]);
        Assert.Equal("node,alpha,items", Lines(written[4])[0]);
        Assert.Equal("P1", Lines(written[4])[1].Split(',')[0]);
        Assert.Equal("3", Lines(written[4])[1].Split(',')[2]);
        Assert.Equal("code,PC1,PC2,PC3", Lines(written[5])[0]);
        Assert.Equal("component,eigenvalue,share,cumulative", Lines(written[6])[0]);
        Assert.Equal("code,level,weight,effective", Lines(written[11])[0]);
        Assert.Equal("code,level,nominal,weight,r_nominal,r,objective,iterations", Lines(written[12])[0]);
        Assert.Equal("unit,code,rank,kind", Lines(written[13])[0]);
    }

    [Fact]
    public void Numbers_round_trip_exactly()
    {
        using var writer = new StringWriter();

        AuditResultWriter.WriteCorrelations(Audit.Correlations[1], writer);

        var row = writer.ToString().Split('\n')[1].Split(',');
        Assert.Equal("A1", row[0]);
        Assert.Equal(Audit.Correlations[1][0, 1], double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_a_problem_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken", "x");

        var e = Assert.Throws<Nq52ValidationException>(() => AuditResultWriter.WriteFiles(Audit, file));

        Assert.Equal($"{file}: this is a file, not a folder.", e.Message);
        Assert.Equal(["taken"], folder.FileNames());
    }
}
