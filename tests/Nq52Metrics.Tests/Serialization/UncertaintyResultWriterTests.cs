using System.Globalization;
using System.Text;
using Nq52Metrics.Construction;
using Nq52Metrics.Serialization;
using Nq52Metrics.Uncertainty;

using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Serialization;

public sealed class UncertaintyResultWriterTests
{
    /// <summary>Min-max to [0, 100] gives the worst unit a 0, which a geometric mean cannot take; [1, 100] does not.</summary>
    private static readonly UncertaintySpec FailingHalf = new UncertaintySpec(runs: 120, seed: 3)
    {
        Normalisation = [NormalisationMethod.MinMax(1, 100), NormalisationMethod.MinMax(0, 100)],
        Aggregation = [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)],
    };

    private static UncertaintyResult Run(UncertaintySpec spec) =>
        UncertaintyAnalysis.Run(SampleIndex.Build(), spec, null, TestContext.Current.CancellationToken);

    private static string Write(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        return text.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string R(double value) => double.IsNaN(value) ? "NA" : value.ToString("R", CultureInfo.InvariantCulture);

    private static List<string> Fields(string line) => CsvFields.Split(line);

    [Fact]
    public void Rank_statistics_are_one_row_per_unit_in_unit_order_with_exact_numbers()
    {
        var result = Run(UncertaintySpecJsonTests.IssueSpec with { Runs = 60 });

        var lines = Lines(Write(w => UncertaintyResultWriter.WriteRankStatistics(result, w)));

        Assert.Equal("unit,nominal,mean,median,q5,q95,score_mean,score_sd", lines[0]);
        Assert.Equal(result.Units.Length + 1, lines.Length);
        foreach (var (line, s) in lines.Skip(1).Zip(result.RankStatistics))
        {
            Assert.Equal(string.Join(',', s.Unit.Code, R(s.NominalRank), R(s.MeanRank), R(s.MedianRank), R(s.Q5), R(s.Q95), R(s.MeanScore), R(s.ScoreSd)), line);
            Assert.Equal(s.MeanScore, double.Parse(line.Split(',')[6], CultureInfo.InvariantCulture));
        }

        Assert.Equal(SampleIndex.UnitCodes, lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void When_every_run_fails_the_statistics_are_NA_and_every_run_is_marked_failed()
    {
        var result = Run(new UncertaintySpec(runs: 10) { Aggregation = [new AggregationSpec(AggregationMethod.Geometric)] });

        var stats = Lines(Write(w => UncertaintyResultWriter.WriteRankStatistics(result, w)));
        var runs = Lines(Write(w => UncertaintyResultWriter.WriteRuns(result, w, cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Equal(10, result.FailedRuns);
        Assert.All(stats.Skip(1), l => Assert.EndsWith(",NA,NA,NA,NA,NA,NA", l, StringComparison.Ordinal));
        Assert.All(stats.Skip(1), l => Assert.NotEqual("NA", l.Split(',')[1]));
        Assert.Equal("run,failed", runs[0]);
        Assert.Equal(Enumerable.Range(0, 10).Select(r => $"{r},true"), runs.Skip(1));
    }

    [Fact]
    public void Runs_rows_hold_each_runs_alternative_labels_and_whether_it_failed()
    {
        var result = Run(FailingHalf);

        var lines = Lines(Write(w => UncertaintyResultWriter.WriteRuns(result, w, cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Equal("run,normalise,aggregate,failed", lines[0]);
        Assert.Equal(result.RunCount + 1, lines.Length);
        Assert.Contains("\"minMax(0,100)\"", lines[1..].First(l => l.Contains("(0,", StringComparison.Ordinal)), StringComparison.Ordinal);
        var rows = lines.Skip(1).Select(Fields).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var alternatives = result.RunAlternatives(r);
            Assert.Equal(r.ToString(CultureInfo.InvariantCulture), rows[r][0]);
            Assert.Equal(result.Inputs[0].Alternatives[alternatives[0]], rows[r][1]);
            Assert.Equal(result.Inputs[1].Alternatives[alternatives[1]], rows[r][2]);
            var zeroMeetsGeometric = rows[r][1] == "minMax(0,100)" && rows[r][2] == "geometric";
            Assert.Equal(zeroMeetsGeometric ? "true" : "false", rows[r][3]);
        }

        Assert.Equal(result.FailedRuns, rows.Count(r => r[3] == "true"));
        Assert.InRange(result.FailedRuns, 1, result.RunCount - 1);
    }

    [Fact]
    public void Sensitivity_rows_are_the_indices_per_input_and_runs_cover_the_whole_design()
    {
        var spec = UncertaintySpecJsonTests.IssueSpec with { Runs = 40, Type = AnalysisType.Sensitivity, BootstrapSamples = 50 };
        var result = Run(spec);

        var sensitivity = Lines(Write(w => UncertaintyResultWriter.WriteSensitivity(result, w)));
        var runs = Lines(Write(w => UncertaintyResultWriter.WriteRuns(result, w, cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Equal("input,si,sti,si_q5,si_q95,sti_q5,sti_q95", sensitivity[0]);
        Assert.Equal(result.Inputs.Select(i => i.Name), sensitivity.Skip(1).Select(l => l.Split(',')[0]));
        foreach (var (line, s) in sensitivity.Skip(1).Zip(result.Sensitivity))
        {
            Assert.Equal(string.Join(',', s.Input, R(s.FirstOrder), R(s.Total), R(s.FirstOrderQ5), R(s.FirstOrderQ95), R(s.TotalQ5), R(s.TotalQ95)), line);
        }

        Assert.Equal(4, result.Inputs.Length);
        Assert.Equal((40 * (4 + 2)) + 1, runs.Length);
    }

    [Fact]
    public void An_analysis_without_indices_writes_only_the_sensitivity_header()
    {
        var result = Run(new UncertaintySpec(runs: 5) { Type = AnalysisType.Sensitivity });

        Assert.Equal("input,si,sti,si_q5,si_q95,sti_q5,sti_q95\n", Write(w => UncertaintyResultWriter.WriteSensitivity(result, w)));
    }

    [Fact]
    public void The_files_do_not_depend_on_the_number_of_threads()
    {
        var spec = FailingHalf with { Type = AnalysisType.Sensitivity, WeightNoise = FailingHalf.WeightNoise.Add(2, 0.2), BootstrapSamples = 100 };
        string Files(int threads)
        {
            var result = Run(spec with { MaxDegreeOfParallelism = threads });
            return Write(w => UncertaintyResultWriter.WriteRankStatistics(result, w))
                + Write(w => UncertaintyResultWriter.WriteSensitivity(result, w))
                + Write(w => UncertaintyResultWriter.WriteRuns(result, w, cancellationToken: TestContext.Current.CancellationToken));
        }

        Assert.Equal(Files(1), Files(3));
    }

    [Fact]
    public void WriteFiles_creates_the_folder_and_writes_the_files_of_the_analysis_type()
    {
        using var folder = new TempFolder();
        var ua = Path.Combine(folder.Root, "a", "b");
        var sa = Path.Combine(folder.Root, "sa");
        var progress = new List<double>();

        var uaFiles = UncertaintyResultWriter.WriteFiles(Run(FailingHalf), ua, new Recorder(progress), TestContext.Current.CancellationToken);
        var saFiles = UncertaintyResultWriter.WriteFiles(Run(FailingHalf with { Type = AnalysisType.Sensitivity }), sa, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([Path.Combine(ua, "rankstats.csv"), Path.Combine(ua, "runs.csv")], uaFiles);
        Assert.Equal(["rankstats.csv", "runs.csv"], Directory.GetFiles(ua).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["rankstats.csv", "runs.csv", "sensitivity.csv"], Directory.GetFiles(sa).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["rankstats.csv", "sensitivity.csv", "runs.csv"], saFiles.Select(Path.GetFileName));
        Assert.Equal(1.0, progress[^1]);
    }

    [Fact]
    public void A_cancelled_write_leaves_existing_files_as_they_were_and_removes_a_folder_it_created()
    {
        using var folder = new TempFolder();
        var old = folder.Write("rankstats.csv", "old");
        var fresh = Path.Combine(folder.Root, "fresh");
        var result = Run(FailingHalf);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyResultWriter.WriteFiles(result, folder.Root, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyResultWriter.WriteFiles(result, fresh, cancellationToken: cancelled.Token));

        Assert.Equal(["rankstats.csv"], folder.FileNames());
        Assert.Equal("old", File.ReadAllText(old));
        Assert.False(Directory.Exists(fresh));
    }

    [Fact]
    public void A_folder_that_is_a_file_is_a_validation_problem()
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken", "x");

        var e = Assert.Throws<Nq52ValidationException>(() => UncertaintyResultWriter.WriteFiles(Run(FailingHalf), file, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal($"{file}: this is a file, not a folder.", Assert.Single(e.Problems).ToString());
    }

    /// <summary>Records progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
