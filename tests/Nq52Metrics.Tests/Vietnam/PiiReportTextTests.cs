using Nq52Metrics.Data;
using Nq52Metrics.Tests.Interactive;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

public sealed class PiiReportTextTests
{
    [Fact]
    public void A_row_reads_as_rank_name_and_the_three_scores()
    {
        var row = NotebookSamples.Pii.Rows[0];
        Assert.Equal($"1. {row.Unit.Name}  PII {row.Score:F2} (Input {row.Input:F2}, Output {row.Output:F2})", row.ToString());
    }

    [Fact]
    public void A_row_with_missing_values_shows_dashes()
    {
        var row = NotebookSamples.Pii.Rows[0] with { Rank = double.NaN, Score = double.NaN, Input = double.NaN };
        Assert.StartsWith("-. ", row.ToString(), StringComparison.Ordinal);
        Assert.Contains("PII - (Input -, Output ", row.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_names_the_edition_and_the_differences()
    {
        var report = NotebookSamples.Pii;
        Assert.Contains($"compared with PII {report.ComparedEdition} ({report.DifferenceCount} rows differ)", report.ToString(), StringComparison.Ordinal);
        Assert.Equal("1. X  -", new Nq52Metrics.Results.RankedUnit(1, new Unit("x", "X"), double.NaN).ToString());
    }
}
